package org.tradeecon.knime.engine.unitroot.panel;

import java.util.ArrayList;
import java.util.List;

import org.tradeecon.knime.engine.timeseries.OptionChecks;
import org.tradeecon.knime.engine.unitroot.AdfBatch;
import org.tradeecon.knime.engine.unitroot.AdfOptions;

/**
 * The ADF test inside every panel unit, the first step of the Fisher and Im–Pesaran–Shin tests: the same options
 * (deterministic terms, lag rule) for every unit, on {@link AdfBatch}'s fast path. Missing values at a unit's
 * start or end are trimmed (an unbalanced panel); a unit that cannot be tested (too short, a gap, constant) keeps
 * its error message and is left out of the panel statistics.
 */
public final class PanelAdf {

    private PanelAdf() {
    }

    /**
     * @param panel the panel
     * @param options the ADF settings for every unit
     * @param threads worker threads (≥ 1)
     * @return one outcome per unit, in panel order, named by the unit
     * @throws IllegalArgumentException when an argument is null or threads &lt; 1
     */
    public static List<AdfBatch.Outcome> run(final Panel panel, final AdfOptions options, final int threads) {
        OptionChecks.notNull(panel, "the panel");
        List<double[]> series = new ArrayList<>(panel.unitCount());
        for (int i = 0; i < panel.unitCount(); i++) {
            series.add(panel.series(i));
        }
        return AdfBatch.run(series, panel.units(), options, threads);
    }
}
