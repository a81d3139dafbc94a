package org.tradeecon.knime.replication.workflow;

import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.Config;

/**
 * Model settings ({@code <config key="model">}) of the standard KNIME nodes in the replication workflow, written
 * with the keys, entry types and value formats that each node's NodeModel reads in validateSettings /
 * loadValidatedSettingsFrom. KNIME itself is not on the build path, so the key lists were read from KNIME's public
 * source; {@link WorkflowLintTest} checks the written files against those lists and names the source of each.
 *
 * <p>Only values the nodes cannot default are chosen here; everything else is KNIME's own default.
 */
final class StandardNodeSettings {

    private StandardNodeSettings() {
    }

    /**
     * Rule-based Row Filter ({@code RuleEngineFilterNodeFactory}): keep the rows whose text {@code column} equals
     * {@code value} (the rule {@code $column$ = "value" => TRUE}; rows no rule matches are left out).
     * {@code new-column-name} is required by the node although the filter does not use it.
     */
    static NodeSettings ruleFilterEquals(final String column, final String value) {
        NodeSettings m = new NodeSettings("model");
        m.addStringArray("rules", "$" + column + "$ = \"" + value + "\" => TRUE");
        m.addString("new-column-name", "prediction");
        m.addString("replace-column-name", "");
        m.addBoolean("append-column", true);
        m.addBoolean("disallowLongOutputForCompatibility", false);
        m.addBoolean("include", true);
        return m;
    }

    /** Which rows a Joiner keeps. */
    enum JoinMode {
        /** Only rows with a match on both sides. */
        INNER,
        /**
         * Also the rows of either side without a match, the other side's columns missing there ("Left unmatched
         * rows" and "Right unmatched rows"); the join columns are merged, so a right-only row keeps its key.
         */
        FULL_OUTER
    }

    /**
     * Joiner ({@code Joiner3NodeFactory}): join on one column pair, all results in the first output port (matches
     * first, then the unmatched rows of the left and of the right table, each block in its table's order), only
     * the listed columns of each side in the output, right-hand duplicates renamed with {@code suffix}. With
     * merged join columns (knime-core {@code JoinSpecification}: a right unmatched row's key is written to the
     * left join column) the output has one {@code leftKey} column.
     */
    static NodeSettings joiner(final String leftKey, final String rightKey, final String[] leftColumns,
        final String[] rightColumns, final String suffix, final JoinMode mode) {
        boolean outer = mode == JoinMode.FULL_OUTER;
        NodeSettings m = new NodeSettings("model");
        m.addBoolean("includeMatchesInOutput", true);
        m.addBoolean("includeLeftUnmatchedInOutput", outer);
        m.addBoolean("includeRightUnmatchedInOutput", outer);
        m.addStringArray("leftTableJoinPredicate", leftKey);
        m.addStringArray("rightTableJoinPredicate", rightKey);
        m.addString("compositionMode", "MATCH_ALL");
        m.addBoolean("mergeJoinColumns", outer);
        m.addString("dataCellComparisonMode", "STRICT");
        m.addBoolean("outputUnmatchedRowsToSeparatePorts", false);
        m.addString("rowKeyFactory", "SEQUENTIAL");
        m.addString("rowKeySeparator", "_");
        m.addString("duplicateHandling", "APPEND_SUFFIX");
        m.addString("suffix", suffix);
        m.addString("outputRowOrder", "LEFT_RIGHT");
        m.addInt("maxOpenFiles", 200);
        m.addBoolean("enableHiliting", false);
        columnFilter(m, "leftColumnSelectionConfig", leftColumns);
        columnFilter(m, "rightColumnSelectionConfig", rightColumns);
        return m;
    }

    /**
     * Pivot ({@code Pivot2NodeFactory}): one row per {@code group} value, one column per {@code pivot} value named
     * by the pivot value only, holding the first non-missing {@code value} (a column of cell class
     * {@code valueCellClass}).
     */
    static NodeSettings pivot(final String group, final String pivot, final String value,
        final String valueCellClass) {
        NodeSettings m = new NodeSettings("model");
        filterString(m, "grouByColumns", group);
        m.addInt("maxNoneNumericalVals", 10000);
        m.addBoolean("enableHilite", false);
        m.addBoolean("sortInMemory", false);
        Config a = m.addConfig("aggregationColumn");
        a.addStringArray("columnNames", value);
        Config types = a.addConfig("columnTypes");
        types.addInt("array-size", 1);
        Config type = types.addConfig("0");
        type.addString("cell_class", valueCellClass);
        type.addBoolean("is_null", false);
        a.addStringArray("aggregationMethod", "First");
        Config missing = a.addConfig("inclMissingVals");
        missing.addInt("array-size", 1);
        missing.addBoolean("0", false);
        m.addString("columnNamePolicy", "Aggregation method (column name)");
        m.addBoolean("retainOrder", false);
        m.addBoolean("inMemory", false);
        m.addString("valueDelimiter", ", ");
        m.addInt("nodeVersion", 1);
        filterString(m, "pivotColumns", pivot);
        m.addBoolean("missing_values", true);
        m.addBoolean("total_aggregation", false);
        m.addBoolean("ignore_domain", true);
        m.addString("column_name_option", "Pivot name");
        return m;
    }

    /**
     * Statistics ({@code ExtendedStatisticsNodeFactory}): moments of every numeric column (N via the missing count,
     * mean, standard deviation, min, max), no median, no nominal columns.
     */
    static NodeSettings statistics() {
        NodeSettings m = new NodeSettings("model");
        m.addBoolean("compute_median", false);
        m.addInt("num_nominal-values", 20);
        m.addInt("num_nominal-values_output", 1000);
        columnFilter(m, "filter_nominal_columns", new String[0]);
        m.addString("image format", "SVG");
        m.addInt("histogram width", 200);
        m.addInt("histogram height", 100);
        m.addBoolean("enable HiLite", false);
        m.addBoolean("show min max", true);
        return m;
    }

    /**
     * Line Plot (JavaScript, {@code LinePlotNodeFactory}): {@code yColumns} against {@code xColumn}, gaps at
     * missing values, an SVG image at the first output; all other options at the node's defaults.
     */
    static NodeSettings linePlot(final String xColumn, final String[] yColumns, final String title,
        final String yLabel) {
        NodeSettings m = new NodeSettings("model");
        m.addBoolean("hideInWizard", false);
        m.addBoolean("generateImage", true);
        m.addBoolean("showLegend", true);
        m.addBoolean("autoRange", true);
        m.addBoolean("useDomainInformation", false);
        m.addBoolean("showGrid", true);
        m.addBoolean("showCrosshair", false);
        m.addBoolean("snapToPoints", false);
        m.addBoolean("resizeToWindow", true);
        for (String k : new String[] {"enableViewConfiguration", "enableTitleChange", "enableSubtitleChange",
            "enableXColumnChange", "enableYColumnChange", "enableXAxisLabelEdit", "enableYAxisLabelEdit"}) {
            m.addBoolean(k, true);
        }
        m.addBoolean("enableDotSizeChange", false);
        m.addBoolean("enableZooming", true);
        m.addBoolean("enableDragZooming", false);
        m.addBoolean("enablePanning", true);
        m.addBoolean("showZoomResetButton", false);
        m.addBoolean("enableSelection", true);
        m.addBoolean("enableRectangleSelection", true);
        m.addBoolean("enableLassoSelection", false);
        m.addString("chartTitle", title);
        m.addString("chartSubtitle", null);
        m.addString("xCol", xColumn);
        columnFilter(m, "yCols", yColumns);
        m.addInt("maxRows", 2500);
        m.addString("selectionColumnName", "Selected (Line Plot)");
        m.addString("xAxisLabel", xColumn);
        m.addString("yAxisLabel", yLabel);
        m.addString("xAxisMin", null);
        m.addString("xAxisMax", null);
        m.addString("yAxisMin", null);
        m.addString("yAxisMax", null);
        m.addString("dot_size", "3");
        // the node reads a config "dateTimeFormats" (or else a legacy string "date_format") and fails without
        Config dates = m.addConfig("dateTimeFormats");
        dates.addString("globalDateTimeLocale", "en");
        dates.addString("globalDateFormat", "YYYY-MM-DD");
        dates.addString("globalLocalDateFormat", "YYYY-MM-DD");
        dates.addString("globalLocalDateTimeFormat", "YYYY-MM-DD");
        dates.addString("globalLocalTimeFormat", "HH:mm:ss");
        dates.addString("globalZonedDateTimeFormat", "YYYY-MM-DD z");
        dates.addString("timezone", "UTC");
        m.addInt("imageWidth", 800);
        m.addInt("imageHeight", 600);
        m.addString("backgroundColor", "rgba(255,255,255,1.0)");
        m.addString("dataAreaColor", "rgba(230,230,230,1.0)");
        m.addString("gridColor", "rgba(255,255,255,1.0)");
        m.addBoolean("displayFullscreenButton", true);
        m.addString("missingValueMethod", "gap");
        m.addBoolean("showWarningInView", true);
        return m;
    }

    /**
     * A column filter in the format of DataColumnSpecFilterConfiguration / SettingsModelColumnFilter2: exactly
     * {@code included} (EnforceInclusion, so columns added later stay out).
     */
    private static void columnFilter(final Config parent, final String key, final String[] included) {
        Config c = parent.addConfig(key);
        c.addString("filter-type", "STANDARD");
        c.addStringArray("included_names", included);
        c.addStringArray("excluded_names");
        c.addString("enforce_option", "EnforceInclusion");
        Config p = c.addConfig("name_pattern");
        p.addString("pattern", "");
        p.addString("type", "Wildcard");
        p.addBoolean("caseSensitive", true);
        p.addBoolean("excludeMatching", false);
        c.addConfig("datatype").addConfig("typelist");
    }

    /** A SettingsModelFilterString: include list, empty exclude list, not "keep all". */
    private static void filterString(final Config parent, final String key, final String... included) {
        Config c = parent.addConfig(key);
        c.addStringArray("InclList", included);
        c.addStringArray("ExclList");
        c.addBoolean("keep_all_columns_selected", false);
    }
}
