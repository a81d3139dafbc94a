package org.tradeecon.knime.nodes.mapper;

import java.util.List;

import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.mapping.CategoryMapper;
import org.tradeecon.knime.engine.mapping.CodeKey;

/**
 * Keys (names in settings.xml and for flow variables), dialog labels (= option names in the node description) and
 * one factory per setting of the High-Tech Category Mapper node.
 */
final class CategoryMapperSettings {
    static final String CFG_CODE = "code_column";
    static final String CFG_YEAR = "year_column";
    static final String CFG_FLOW = "flow_column";
    static final String CFG_FIXED_FLOW = "flow_without_column";
    static final String CFG_VALUE = "value_column";
    static final String CFG_PREFIX = "prefix_matching";
    static final String CFG_MIN_PREFIX = "shortest_prefix";
    static final String CFG_AGGREGATE = "aggregate";
    static final String CFG_CONC_CODE = "concordance_code_column";
    static final String CFG_CONC_CATEGORY = "concordance_category_column";
    static final String CFG_CONC_NAME = "concordance_name_column";
    static final String CFG_CONC_YEAR = "concordance_year_column";

    static final String LABEL_CODE = "Code column";
    static final String LABEL_YEAR = "Year column";
    static final String LABEL_FLOW = "Flow column";
    static final String LABEL_FIXED_FLOW = "Flow of all records (without flow column)";
    static final String LABEL_VALUE = "Value column";
    static final String LABEL_PREFIX = "Match shorter codes by prefix (approximate)";
    static final String LABEL_MIN_PREFIX = "Shortest prefix";
    static final String LABEL_AGGREGATE = "Aggregate per year and category";
    static final String LABEL_CONC_CODE = "Concordance code column";
    static final String LABEL_CONC_CATEGORY = "Concordance category column";
    static final String LABEL_CONC_NAME = "Concordance category name column";
    static final String LABEL_CONC_YEAR = "Concordance year column";

    static final String FLOW_NOT_GIVEN = "not given";
    static final String FLOW_EXPORT = "export";
    static final String FLOW_IMPORT = "import";
    static final List<String> FLOW_CHOICES = List.of(FLOW_NOT_GIVEN, FLOW_EXPORT, FLOW_IMPORT);

    private CategoryMapperSettings() {
    }

    static SettingsModelString createCodeModel() {
        return new SettingsModelString(CFG_CODE, null);
    }

    static SettingsModelString createYearModel() {
        return new SettingsModelString(CFG_YEAR, null);
    }

    static SettingsModelString createFlowModel() {
        return new SettingsModelString(CFG_FLOW, null);
    }

    static SettingsModelString createFixedFlowModel() {
        return new SettingsModelString(CFG_FIXED_FLOW, FLOW_NOT_GIVEN);
    }

    static SettingsModelString createValueModel() {
        return new SettingsModelString(CFG_VALUE, null);
    }

    static SettingsModelBoolean createPrefixModel() {
        return new SettingsModelBoolean(CFG_PREFIX, false);
    }

    static SettingsModelIntegerBounded createMinPrefixModel() {
        return new SettingsModelIntegerBounded(CFG_MIN_PREFIX, CategoryMapper.DEFAULT_MIN_PREFIX_LENGTH, 2,
            CodeKey.MAX_LENGTH);
    }

    static SettingsModelBoolean createAggregateModel() {
        return new SettingsModelBoolean(CFG_AGGREGATE, false);
    }

    static SettingsModelString createConcordanceCodeModel() {
        return new SettingsModelString(CFG_CONC_CODE, null);
    }

    static SettingsModelString createConcordanceCategoryModel() {
        return new SettingsModelString(CFG_CONC_CATEGORY, null);
    }

    static SettingsModelString createConcordanceNameModel() {
        return new SettingsModelString(CFG_CONC_NAME, null);
    }

    static SettingsModelString createConcordanceYearModel() {
        return new SettingsModelString(CFG_CONC_YEAR, null);
    }
}
