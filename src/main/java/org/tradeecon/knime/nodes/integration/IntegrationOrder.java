package org.tradeecon.knime.nodes.integration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

import org.tradeecon.knime.engine.timeseries.Differencing;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.AdfTest;
import org.tradeecon.knime.engine.unitroot.KpssResult;

/**
 * The order of integration d of a series: the smallest d = 0, 1, ..., max d for which the ADF test on the d-th
 * difference rejects a unit root at α (and, if asked, the KPSS test on it does not reject stationarity). Only
 * sequencing of engine calls ({@link Differencing}, {@link AdfTest}, a KPSS test); no statistics of its own.
 * (The engine has no order-of-integration routine yet; this could move to engine.unitroot.)
 */
final class IntegrationOrder {
    /**
     * One step: the tests on the d-th difference.
     *
     * @param kpss null when KPSS is not asked for
     * @param stationary whether this step ends the search
     */
    record Step(int d, AdfResult adf, KpssResult kpss, boolean stationary) {
    }

    /**
     * @param order d, or null when no d up to max d was found or a test could not be run
     * @param problem why the order is undetermined (null if found)
     */
    record Result(List<Step> steps, Integer order, String problem) {
        /** @return the last step run, null if none */
        Step last() {
            return steps.isEmpty() ? null : steps.get(steps.size() - 1);
        }
    }

    private IntegrationOrder() {
    }

    /**
     * @param x the series, gap-free
     * @param adf options of every ADF test (α decides)
     * @param kpss the KPSS test that must agree, or null
     * @param maxD the largest d tried (&ge; 0)
     * @param name series name for messages
     * @return the steps run and the order found; a test that cannot be run (e.g. too few observations left after
     *         differencing) ends the search with its message as the problem
     */
    static Result find(final double[] x, final AdfOptions adf, final BiFunction<double[], String, KpssResult> kpss,
        final int maxD, final String name) {
        List<Step> steps = new ArrayList<>();
        for (int d = 0; d <= maxD; d++) {
            double[] y = d == 0 ? x : Arrays.copyOfRange(Differencing.apply(x, d, 0, 2, false), d, x.length);
            String label = d == 0 ? name : name + " differenced " + d + (d == 1 ? " time" : " times");
            AdfResult a;
            KpssResult k;
            try {
                a = AdfTest.test(y, adf, label);
                k = kpss == null ? null : kpss.apply(y, label);
            } catch (IllegalArgumentException e) {
                return new Result(steps, null, "d = " + d + " could not be tested: " + e.getMessage());
            }
            boolean stationary = a.rejectsNull() && (k == null || !k.rejectsNull());
            steps.add(new Step(d, a, k, stationary));
            if (stationary) {
                return new Result(steps, d, null);
            }
        }
        return new Result(steps, null, "not stationary after " + maxD + " difference" + (maxD == 1 ? "" : "s")
            + " (the largest order tried): d > " + maxD + ".");
    }
}
