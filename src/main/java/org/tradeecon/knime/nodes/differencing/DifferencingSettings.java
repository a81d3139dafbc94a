package org.tradeecon.knime.nodes.differencing;

import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;

/**
 * Keys (names in settings.xml and for flow variables), dialog labels (= option names in the node description)
 * and one factory per setting of the Differencing node; the shared ones are in
 * {@link org.tradeecon.knime.nodes.common.CommonSettings}.
 */
final class DifferencingSettings {
    static final String CFG_ORDER = "order";
    static final String CFG_SEASONAL_ORDER = "seasonal_order";
    static final String CFG_SEASONAL_PERIOD = "seasonal_period";
    static final String CFG_LOG = "log";
    static final String CFG_REMOVE_LEADING = "remove_leading_rows";

    static final String LABEL_ORDER = "Differences (d)";
    static final String LABEL_SEASONAL_ORDER = "Seasonal differences (D)";
    static final String LABEL_SEASONAL_PERIOD = "Seasonal period (s)";
    static final String LABEL_LOG = "Take natural logs first";
    static final String LABEL_REMOVE_LEADING = "Remove leading rows without a difference";

    /** The node can keep missing values (differences next to a gap become missing), so it offers all three. */
    static final MissingValuePolicy DEFAULT_MISSING = MissingValuePolicy.KEEP;

    private DifferencingSettings() {
    }

    static SettingsModelIntegerBounded createOrderModel() {
        return new SettingsModelIntegerBounded(CFG_ORDER, 1, 0, 10);
    }

    static SettingsModelIntegerBounded createSeasonalOrderModel() {
        return new SettingsModelIntegerBounded(CFG_SEASONAL_ORDER, 0, 0, 10);
    }

    static SettingsModelIntegerBounded createSeasonalPeriodModel() {
        return new SettingsModelIntegerBounded(CFG_SEASONAL_PERIOD, 12, 2, 10_000);
    }

    static SettingsModelBoolean createLogModel() {
        return new SettingsModelBoolean(CFG_LOG, false);
    }

    static SettingsModelBoolean createRemoveLeadingModel() {
        return new SettingsModelBoolean(CFG_REMOVE_LEADING, false);
    }

    /**
     * @return the new column's name: "D" + d if d &gt; 0, then "S" + D + "_" + s if D &gt; 0, then the source in
     *         parentheses, as "log(source)" with logs; e.g. D1(x), S1_12(x), D1S1_12(x), D1(log(x))
     */
    static String columnName(final String source, final int d, final int seasonalD, final int s, final boolean log) {
        String prefix = (d > 0 ? "D" + d : "") + (seasonalD > 0 ? "S" + seasonalD + "_" + s : "");
        return prefix + "(" + (log ? "log(" + source + ")" : source) + ")";
    }
}
