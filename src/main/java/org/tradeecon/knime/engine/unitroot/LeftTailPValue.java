package org.tradeecon.knime.engine.unitroot;

import java.util.Locale;

/**
 * p-values of left-tailed unit-root statistics (reject for small values), shared by DF-GLS, Phillips–Perron
 * and Zivot–Andrews: MacKinnon's (1994) approximation for statistics with the Dickey–Fuller τ distribution, or
 * linear interpolation between the tabulated critical values of a published table, clipped at its ends.
 */
final class LeftTailPValue {

    private LeftTailPValue() {
    }

    /**
     * Sets the MacKinnon (1994) p-value of a statistic with the Dickey–Fuller τ distribution, and its kind and
     * a warning when the statistic is outside MacKinnon's range.
     */
    static void mackinnon(final UnitRootResult.Common c, final double tau, final Deterministic det,
        final String symbol) {
        c.pValue = MacKinnon.pValue(tau, det);
        if (MacKinnon.isOutsideTable(tau, det)) {
            boolean low = c.pValue == 0.0;
            c.pValueKind = low ? UnitRootResult.PValueKind.UPPER_BOUND : UnitRootResult.PValueKind.LOWER_BOUND;
            c.warnings.add(String.format(Locale.ROOT, "%s = %.4g is outside the range of MacKinnon's (1994)"
                + " approximation: p-value set to %s.", symbol, tau, low ? "0" : "1"));
        }
    }

    /**
     * Sets the p-value by linear interpolation between the table's levels (ascending, e.g. 0.01, 0.05, 0.10)
     * and their critical values (ascending too, left tail). Below the first critical value the p-value is the
     * first level as an upper bound, above the last one the last level as a lower bound, each with a warning.
     * Also puts the critical values into the result.
     */
    static void interpolate(final UnitRootResult.Common c, final double stat, final double[] levels,
        final double[] crit, final String table) {
        for (int i = 0; i < levels.length; i++) {
            c.criticalValues.put(levels[i], crit[i]);
        }
        int last = crit.length - 1;
        if (stat <= crit[0]) {
            c.pValue = levels[0];
            c.pValueKind = UnitRootResult.PValueKind.UPPER_BOUND;
            c.warnings.add(String.format(Locale.ROOT, "The statistic %.4g is below the %s critical value at %s"
                + " (%.3f): the p-value is at most %s.", stat, table, UnitRootResult.percent(levels[0]), crit[0],
                levels[0]));
        } else if (stat >= crit[last]) {
            c.pValue = levels[last];
            c.pValueKind = UnitRootResult.PValueKind.LOWER_BOUND;
            c.warnings.add(String.format(Locale.ROOT, "The statistic %.4g is above the %s critical value at %s"
                + " (%.3f): the p-value is at least %s.", stat, table, UnitRootResult.percent(levels[last]),
                crit[last], levels[last]));
        } else {
            int i = 0;
            while (stat > crit[i + 1]) {
                i++;
            }
            double w = (stat - crit[i]) / (crit[i + 1] - crit[i]);
            c.pValue = levels[i] + w * (levels[i + 1] - levels[i]);
        }
    }
}
