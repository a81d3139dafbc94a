package org.tradeecon.knime.replication;

import java.util.ArrayList;
import java.util.List;

/**
 * Table III of the paper: Granger causality F tests at lag 2 (the only lag order consistent with the printed
 * F and p), in both directions between lny and each of RATIO, PATENT and FDIGDP, each pair on its longest
 * common sample. The paper's rows read "X is the Granger cause of Y"; the tested null is "X does not
 * Granger-cause Y".
 */
public final class TableThree {

    /** Lag order of every test. */
    public static final int LAG = 2;
    /** Statistic of the bootstrap p cell (issue 15: the F test over-rejects at T ~ 13). */
    public static final String BOOTSTRAP_P =
        "p, residual bootstrap under the null at the test's sample size (10,000 replications, fixed seed)";

    private TableThree() {
    }

    /**
     * @param variables the paper's variables
     * @param engines the statistics engines
     * @param targets the paper's numbers
     * @return F, p and the degrees of freedom for the six tests, in the paper's row order
     */
    public static List<ComparedValue> compute(final PaperVariables variables, final Engines engines,
        final PaperTargets targets) {
        List<ComparedValue> cells = new ArrayList<>();
        PaperVariables.Variable lny = variables.get(PaperVariables.LNY);
        for (String other : EquationTwo.REGRESSORS) {
            PaperVariables.Variable x = variables.get(other);
            cells.addAll(test(x, lny, engines, targets));
            cells.addAll(test(lny, x, engines, targets));
        }
        return cells;
    }

    private static List<ComparedValue> test(final PaperVariables.Variable cause, final PaperVariables.Variable effect,
        final Engines engines, final PaperTargets targets) {
        String row = cause.name() + " -> " + effect.name();
        String reason = !cause.cellReason().isEmpty() ? cause.cellReason() : effect.cellReason();
        Outcome f;
        Outcome p;
        Outcome df2;
        Outcome bootstrap;
        if (reason.isEmpty()) {
            int first = Math.max(cause.firstYear(), effect.firstYear());
            int last = Math.min(cause.lastYear(), effect.lastYear());
            try {
                Engines.GrangerResult t = engines.granger(cause.name(), EquationTwo.slice(cause, first, last),
                    effect.name(), EquationTwo.slice(effect, first, last), LAG);
                f = Outcome.of(t.f());
                p = Outcome.of(t.pValue());
                df2 = Outcome.of(t.denominatorDf());
                bootstrap = Outcome.of(engines.bootstrapGrangerPValue(cause.name(),
                    EquationTwo.slice(cause, first, last), effect.name(), EquationTwo.slice(effect, first, last), LAG));
            } catch (IllegalArgumentException e) {
                f = Outcome.unavailable("not computable: " + e.getMessage());
                p = f;
                df2 = f;
                bootstrap = f;
            }
        } else {
            f = Outcome.unavailable(reason);
            p = f;
            df2 = f;
            bootstrap = f;
        }
        return List.of(ComparedValue.of(targets, "III", row, "F", f, 2),
            ComparedValue.of(targets, "III", row, "p", p, 3),
            ComparedValue.of(targets, "III", row, "denominator df", df2, 0),
            ComparedValue.of(targets, "III", row, "p", BOOTSTRAP_P, bootstrap, 4));
    }
}
