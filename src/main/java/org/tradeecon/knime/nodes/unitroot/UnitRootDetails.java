package org.tradeecon.knime.nodes.unitroot;

import static org.tradeecon.knime.nodes.common.ResultCells.of;

import org.tradeecon.knime.engine.unitroot.DfGlsResult;
import org.tradeecon.knime.engine.unitroot.PhillipsPerronResult;
import org.tradeecon.knime.engine.unitroot.ZivotAndrewsResult;
import org.tradeecon.knime.nodes.common.ResultCells;
import org.tradeecon.knime.nodes.common.ResultTableBuilder;
import org.tradeecon.knime.nodes.common.SeriesTestNodeModel.Series;

/** The rows of the details output that DF-GLS, Phillips-Perron and Zivot-Andrews add (columns as {@code DETAILS}). */
final class UnitRootDetails {
    static final String ITEM_DETRENDING = "GLS detrending";
    static final String ITEM_Z_ALPHA = "Z(alpha)";
    static final String ITEM_DF_TAU = "Dickey-Fuller tau (before correction)";
    static final String ITEM_SHORT_RUN_VARIANCE = "Short-run variance";
    static final String ITEM_BREAK = "Break candidate";

    private static final Double NO_NUMBER = null;
    private static final Integer NO_INT = null;
    private static final String NO_TEXT = null;

    private UnitRootDetails() {
    }

    /** @return row {@code row} of the series' group in words, e.g. "year 2008" */
    static String period(final Series s, final int row) {
        return ResultCells.period(s.group(), row);
    }

    /** A row with one number in "Estimate". */
    private static void value(final Series s, final String item, final String term, final double estimate,
        final ResultTableBuilder details) {
        details.add(s.group(), of(s.name()), of(item), of(term), of(estimate), of(NO_NUMBER), of(NO_NUMBER),
            of(NO_NUMBER), of(NO_NUMBER), of(NO_NUMBER), of(NO_INT), of(NO_TEXT), of(NO_NUMBER), of(NO_NUMBER),
            of((Boolean)null));
    }

    /** A row of a search: its lag (if any), criterion name and value, and whether it was chosen. */
    private static void candidate(final Series s, final String item, final String term, final Integer lag,
        final String criterion, final double value, final boolean chosen, final ResultTableBuilder details) {
        details.add(s.group(), of(s.name()), of(item), of(term), of(NO_NUMBER), of(NO_NUMBER), of(NO_NUMBER),
            of(NO_NUMBER), of(NO_NUMBER), of(NO_NUMBER), of(lag), of(criterion), of(value), of(NO_NUMBER),
            of(chosen));
    }

    /** The GLS estimates of the deterministic terms and, for MAIC, every lag tried. */
    static void addDfGls(final Series s, final DfGlsResult r, final String lagRule, final ResultTableBuilder details) {
        double[] psi = r.detrendingCoefficients();
        String[] names = {"constant", "trend"};
        for (int i = 0; i < psi.length; i++) {
            value(s, ITEM_DETRENDING, names[i] + " (c-bar = " + r.cBar() + ")", psi[i], details);
        }
        for (DfGlsResult.MaicCandidate k : r.maicCandidates()) {
            candidate(s, UnitRootNodeModel.ITEM_CANDIDATE, "lag " + k.lag(), k.lag(), lagRule, k.criterion(),
                k.lag() == r.lags(), details);
        }
    }

    /** Z(alpha), the uncorrected tau and the two variances behind the correction. */
    static void addPhillipsPerron(final Series s, final PhillipsPerronResult r, final ResultTableBuilder details) {
        value(s, ITEM_Z_ALPHA, "normalized bias, no p-value", r.zAlpha(), details);
        value(s, ITEM_DF_TAU, "y(t-1)", r.dickeyFullerTau(), details);
        value(s, ITEM_SHORT_RUN_VARIANCE, "residual variance SSR/T", r.shortRunVariance(), details);
        value(s, UnitRootNodeModel.ITEM_LONG_RUN_VARIANCE, "Bartlett, " + r.lags() + " lags", r.longRunVariance(),
            details);
    }

    /** The t statistic at every candidate break date (Term: the last period before the break). */
    static void addZivotAndrews(final Series s, final ZivotAndrewsResult r, final ResultTableBuilder details) {
        double[] t = r.breakStatistics();
        for (int i = 0; i < t.length; i++) {
            int index = r.firstCandidateIndex() + i;
            candidate(s, ITEM_BREAK, "break after " + period(s, s.selection().start() + index), NO_INT,
                "t of y(t-1)", t[i], index == r.breakIndex(), details);
        }
    }
}
