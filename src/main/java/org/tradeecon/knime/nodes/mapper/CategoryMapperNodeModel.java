package org.tradeecon.knime.nodes.mapper;

import static org.tradeecon.knime.nodes.mapper.CategoryMapperSettings.*;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.RowKey;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortType;
import org.tradeecon.knime.nodes.common.view.ChartsPort;
import org.tradeecon.knime.engine.mapping.Category;
import org.tradeecon.knime.engine.mapping.CategoryMapper;
import org.tradeecon.knime.engine.mapping.ClassificationScheme;
import org.tradeecon.knime.engine.mapping.ConcordanceRow;
import org.tradeecon.knime.engine.mapping.MatchType;
import org.tradeecon.knime.engine.mapping.TradeAggregation;
import org.tradeecon.knime.engine.mapping.TradeFlow;
import org.tradeecon.knime.engine.mapping.UnmappedReport;
import org.tradeecon.knime.nodes.common.Cells;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.NodeSettingsSet;
import org.tradeecon.knime.nodes.common.SpecChecks;
import org.tradeecon.knime.nodes.common.StatelessNodeModel;

/**
 * Maps product codes to the categories of the bundled US Census ATP scheme or of a custom concordance (second
 * input), see {@link CategoryMapper}. Output 1: the input with category code, name and match type appended, or,
 * with aggregation on, exports / imports / balance per year and category; output 2: the codes without category.
 */
final class CategoryMapperNodeModel extends StatelessNodeModel {
    static final String COL_CATEGORY = "Category code";
    static final String COL_NAME = "Category name";
    static final String COL_MATCH = "Match type";
    private static final String NO_YEAR_WARNING = "No year column: codes are mapped with the latest ATP code list ("
        + "ATP code lists exist for imports 2017–2022 only).";

    private final NodeSettingsSet m_settings = settings();
    private final SettingsModelString m_code = m_settings.add(createCodeModel(), LABEL_CODE);
    private final SettingsModelString m_year = m_settings.add(createYearModel(), LABEL_YEAR);
    private final SettingsModelString m_flow = m_settings.add(createFlowModel(), LABEL_FLOW);
    private final SettingsModelString m_fixedFlow = m_settings.add(createFixedFlowModel(), LABEL_FIXED_FLOW);
    private final SettingsModelString m_value = m_settings.add(createValueModel(), LABEL_VALUE);
    private final SettingsModelBoolean m_prefix = m_settings.add(createPrefixModel(), LABEL_PREFIX);
    private final SettingsModelIntegerBounded m_minPrefix = m_settings.add(createMinPrefixModel(), LABEL_MIN_PREFIX);
    private final SettingsModelBoolean m_aggregate = m_settings.add(createAggregateModel(), LABEL_AGGREGATE);
    private final SettingsModelString m_concCode = m_settings.add(createConcordanceCodeModel(), LABEL_CONC_CODE);
    private final SettingsModelString m_concCategory =
        m_settings.add(createConcordanceCategoryModel(), LABEL_CONC_CATEGORY);
    private final SettingsModelString m_concName = m_settings.add(createConcordanceNameModel(), LABEL_CONC_NAME);
    private final SettingsModelString m_concYear = m_settings.add(createConcordanceYearModel(), LABEL_CONC_YEAR);

    CategoryMapperNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            ChartsPort.withImage(2), true);
        m_settings.addCheck(m_fixedFlow,
            s -> fixedFlow(m_fixedFlow.<SettingsModelString>createCloneWithValidatedValue(s).getStringValue()));
    }

    /** Column indices and output specs, as configure and execute both need them. */
    private record Plan(int code, int year, int flow, int value, DataTableSpec out0, DataTableSpec out1) {
    }

    private Plan plan(final DataTableSpec in, final DataTableSpec concordance) throws InvalidSettingsException {
        SpecChecks.requireSpec(in);
        String code = CommonSettings.optionalColumn(m_code);
        if (code == null) {
            throw new InvalidSettingsException("Choose the \"" + LABEL_CODE + "\" (product codes as text).");
        }
        SpecChecks.optionalColumn(in, code, LABEL_CODE, StringValue.class);
        String year = CommonSettings.optionalColumn(m_year);
        String flow = CommonSettings.optionalColumn(m_flow);
        String value = CommonSettings.optionalColumn(m_value);
        SpecChecks.optionalColumn(in, year, LABEL_YEAR, IntValue.class, LongValue.class, StringValue.class);
        SpecChecks.optionalColumn(in, flow, LABEL_FLOW, StringValue.class);
        SpecChecks.optionalColumn(in, value, LABEL_VALUE, DoubleValue.class);
        fixedFlow(); // checks the setting
        if (m_aggregate.getBooleanValue()) {
            if (year == null || value == null) {
                throw new InvalidSettingsException("\"" + LABEL_AGGREGATE + "\" needs a \"" + LABEL_YEAR
                    + "\" and a \"" + LABEL_VALUE + "\".");
            }
            if (flow == null && fixedFlow() == null) {
                throw new InvalidSettingsException("\"" + LABEL_AGGREGATE + "\" needs the flow of each record: "
                    + "choose a \"" + LABEL_FLOW + "\" or set \"" + LABEL_FIXED_FLOW + "\" to export or import.");
            }
        }
        if (concordance != null) {
            concordanceColumns(concordance);
        }
        DataTableSpec out0;
        if (m_aggregate.getBooleanValue()) {
            out0 = new DataTableSpec(new String[]{"Year", COL_CATEGORY, COL_NAME, "Exports", "Imports",
                "Balance (exports - imports)"}, new DataType[]{IntCell.TYPE, StringCell.TYPE, StringCell.TYPE,
                    DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});
        } else {
            List<DataColumnSpec> cols = new ArrayList<>();
            in.forEach(cols::add);
            DataTableSpec sofar = in;
            for (String name : new String[]{COL_CATEGORY, COL_NAME, COL_MATCH}) {
                cols.add(new DataColumnSpecCreator(DataTableSpec.getUniqueColumnName(sofar, name), StringCell.TYPE)
                    .createSpec());
                sofar = new DataTableSpec(cols.toArray(DataColumnSpec[]::new));
            }
            out0 = sofar;
        }
        DataTableSpec out1 = new DataTableSpec(new String[]{"Code", COL_MATCH, "Reason", "Records", "Value",
            "Share of value"}, new DataType[]{StringCell.TYPE, StringCell.TYPE, StringCell.TYPE, LongCell.TYPE,
                DoubleCell.TYPE, DoubleCell.TYPE});
        return new Plan(in.findColumnIndex(code), index(in, year), index(in, flow), index(in, value), out0, out1);
    }

    private static int index(final DataTableSpec spec, final String column) {
        return column == null ? -1 : spec.findColumnIndex(column);
    }

    /** @return the concordance's code, category, name and year column indices (-1 = none) */
    private int[] concordanceColumns(final DataTableSpec spec) throws InvalidSettingsException {
        String code = CommonSettings.optionalColumn(m_concCode);
        String category = CommonSettings.optionalColumn(m_concCategory);
        if (code == null || category == null) {
            throw new InvalidSettingsException("A custom concordance is connected: choose its \"" + LABEL_CONC_CODE
                + "\" and \"" + LABEL_CONC_CATEGORY + "\".");
        }
        String name = CommonSettings.optionalColumn(m_concName);
        String year = CommonSettings.optionalColumn(m_concYear);
        SpecChecks.optionalColumn(spec, code, LABEL_CONC_CODE, StringValue.class);
        SpecChecks.optionalColumn(spec, category, LABEL_CONC_CATEGORY);
        SpecChecks.optionalColumn(spec, name, LABEL_CONC_NAME, StringValue.class);
        SpecChecks.optionalColumn(spec, year, LABEL_CONC_YEAR, IntValue.class, LongValue.class, StringValue.class);
        return new int[]{index(spec, code), index(spec, category), index(spec, name), index(spec, year)};
    }

    /** @return the flow of all records when there is no flow column, null for "not given" */
    private TradeFlow fixedFlow() throws InvalidSettingsException {
        return fixedFlow(m_fixedFlow.getStringValue());
    }

    private static TradeFlow fixedFlow(final String v) throws InvalidSettingsException {
        if (!FLOW_CHOICES.contains(v)) {
            throw new InvalidSettingsException("\"" + v + "\" is not a valid choice for \"" + LABEL_FIXED_FLOW
                + "\". Choose one of: " + String.join(", ", FLOW_CHOICES) + ".");
        }
        return FLOW_NOT_GIVEN.equals(v) ? null : TradeFlow.parse(v);
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        Plan p = plan(inSpecs[0], inSpecs[1]);
        if (inSpecs[1] == null && p.year() < 0) {
            setWarningMessage(NO_YEAR_WARNING);
        }
        return new DataTableSpec[]{p.out0(), p.out1()};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        BufferedDataTable in = inData[0];
        BufferedDataTable conc = inData.length > 1 ? inData[1] : null;
        Plan p = plan(in.getDataTableSpec(), conc == null ? null : conc.getDataTableSpec());
        ClassificationScheme scheme = conc == null ? ClassificationScheme.atp() : readConcordance(conc);
        CategoryMapper mapper = new CategoryMapper(scheme, m_prefix.getBooleanValue(), m_minPrefix.getIntValue());

        // One pass, row by row: each record is mapped, written (or added to the totals) and counted for the
        // report of the codes without category; nothing is held per row.
        boolean aggregate = m_aggregate.getBooleanValue();
        CategoryMapper.Records records = mapper.records();
        TradeAggregation.Builder totals = aggregate ? TradeAggregation.builder(scheme) : null;
        UnmappedReport.Builder report = UnmappedReport.builder(mapper, p.value() >= 0);
        BufferedDataContainer appended = aggregate ? null : exec.createDataContainer(p.out0());
        TradeFlow fixed = fixedFlow();
        ExecutionMonitor progress = exec.createSubProgress(0.9);
        long n = in.size();
        long i = 0;
        long malformed = 0;
        long ambiguous = 0;
        for (DataRow row : in) {
            String code = text(row.getCell(p.code()));
            int year = p.year() < 0 ? ClassificationScheme.NO_YEAR : year(row.getCell(p.year()), row.getKey());
            TradeFlow flow = p.flow() < 0 ? fixed : flow(row.getCell(p.flow()), row.getKey());
            DataCell v = p.value() < 0 ? null : row.getCell(p.value());
            double value = v == null || v.isMissing() ? Double.NaN : ((DoubleValue) v).getDoubleValue();
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException("\"" + m_value.getStringValue() + "\" is infinite in row \""
                    + row.getKey() + "\". Fix or filter that row.");
            }
            CategoryMapper.RecordMatch match = records.map(code, year, flow);
            if (aggregate) {
                totals.add(year, flow, match.categoryIndex(), value);
            } else {
                Category category = match.categoryIndex() < 0 ? null
                    : scheme.categories().get(match.categoryIndex());
                appended.addRowToTable(Cells.append(row,
                    category == null ? DataType.getMissingCell() : new StringCell(category.code()),
                    category == null ? DataType.getMissingCell() : new StringCell(category.name()),
                    new StringCell(match.type().label())));
            }
            report.add(code, year, flow, match.type(), value);
            malformed += match.type() == MatchType.MALFORMED ? 1 : 0;
            ambiguous += match.type() == MatchType.AMBIGUOUS ? 1 : 0;
            if (++i % 4096 == 0) {
                exec.checkCanceled();
                progress.setProgress((double) i / n);
            }
        }

        List<String> warnings = new ArrayList<>(records.warnings());
        BufferedDataTable out0;
        if (aggregate) {
            out0 = aggregated(exec, p, totals.build(), warnings);
        } else {
            appended.close();
            out0 = appended.getTable();
        }
        BufferedDataTable out1 = unmapped(exec, p, report.build());
        if (malformed + ambiguous > 0) {
            warnings.add(malformed + " record(s) with malformed codes and " + ambiguous + " with ambiguous prefixes "
                + "got no category; see the second output.");
        }
        if (p.year() < 0 && conc == null) {
            warnings.add(NO_YEAR_WARNING);
        }
        setWarningMessage(warnings.isEmpty() ? null : String.join("\n", warnings));
        MapperView.Unmapped unmapped = MapperView.Unmapped.of(out1, n);
        setViewContent(MapperView.of(out0, unmapped, m_aggregate.getBooleanValue()));
        // flow variables category_mapper.* (see the node description)
        flowVariables().number("category_mapper.records", unmapped.records());
        flowVariables().number("category_mapper.records_without_category", unmapped.withoutCategory());
        if (!Double.isNaN(unmapped.valueShare())) {
            flowVariables().number("category_mapper.value_share_without_category", unmapped.valueShare());
        }
        return new BufferedDataTable[]{out0, out1};
    }

    private ClassificationScheme readConcordance(final BufferedDataTable conc) throws InvalidSettingsException {
        int[] c = concordanceColumns(conc.getDataTableSpec());
        List<ConcordanceRow> rows = new ArrayList<>();
        for (DataRow r : conc) {
            String code = text(r.getCell(c[0]));
            DataCell cat = r.getCell(c[1]);
            if (code == null || cat.isMissing()) {
                throw new IllegalArgumentException("Concordance row \"" + r.getKey() + "\" has no "
                    + (code == null ? "code" : "category") + ". Fill or filter it.");
            }
            String name = c[2] < 0 ? null : text(r.getCell(c[2]));
            Integer year = c[3] < 0 ? null : year(r.getCell(c[3]), r.getKey());
            if (year != null && year == ClassificationScheme.NO_YEAR) {
                year = null;
            }
            rows.add(new ConcordanceRow(code, cat.toString(), name, year));
        }
        return ClassificationScheme.fromConcordance("Custom concordance", rows);
    }

    private static String text(final DataCell cell) {
        return cell.isMissing() ? null : ((StringValue) cell).getStringValue();
    }

    private int year(final DataCell cell, final RowKey key) {
        if (cell.isMissing()) {
            return ClassificationScheme.NO_YEAR;
        }
        if (cell instanceof LongValue l) {
            return (int) l.getLongValue();
        }
        String s = ((StringValue) cell).getStringValue().trim();
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The year \"" + s + "\" in row \"" + key + "\" is not a whole "
                + "number. Use a year column with values like 2017.", e);
        }
    }

    private static TradeFlow flow(final DataCell cell, final RowKey key) {
        if (cell.isMissing()) {
            return null;
        }
        try {
            return TradeFlow.parse(((StringValue) cell).getStringValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Row \"" + key + "\": " + e.getMessage(), e);
        }
    }

    private static BufferedDataTable aggregated(final ExecutionContext exec, final Plan p,
        final TradeAggregation agg, final List<String> warnings) {
        if (agg.recordsWithoutYear() + agg.recordsWithoutFlow() > 0) {
            warnings.add(agg.recordsWithoutYear() + " record(s) without year and " + agg.recordsWithoutFlow()
                + " without flow were left out of the totals.");
        }
        BufferedDataContainer out = exec.createDataContainer(p.out0());
        long k = 0;
        for (TradeAggregation.Row r : agg.rows()) {
            out.addRowToTable(new DefaultRow(RowKey.createRowKey(k++), new IntCell(r.year()),
                new StringCell(r.category().code()), new StringCell(r.category().name()), Cells.ofDouble(r.exports()),
                Cells.ofDouble(r.imports()), Cells.ofDouble(r.balance())));
        }
        out.close();
        return out.getTable();
    }

    private static BufferedDataTable unmapped(final ExecutionContext exec, final Plan p, final UnmappedReport report) {
        BufferedDataContainer out = exec.createDataContainer(p.out1());
        long k = 0;
        for (UnmappedReport.Entry e : report.entries()) {
            out.addRowToTable(new DefaultRow(RowKey.createRowKey(k++), new StringCell(e.code()),
                new StringCell(e.type().label()), new StringCell(e.reason()), new LongCell(e.count()),
                new DoubleCell(e.value()), Cells.ofDouble(e.share().orElse(Double.NaN))));
        }
        out.close();
        return out.getTable();
    }
}
