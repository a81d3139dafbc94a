package org.tradeecon.knime.nodes.worldbank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.datasource.IndicatorObservation;
import org.tradeecon.knime.engine.datasource.IndicatorTable;
import org.tradeecon.knime.engine.datasource.Requests;
import org.tradeecon.knime.engine.datasource.WorldBankClient;
import org.tradeecon.knime.engine.datasource.WorldBankSnapshot;
import org.tradeecon.knime.nodes.common.Cells;
import org.tradeecon.knime.nodes.common.LabelledChoice;
import org.tradeecon.knime.nodes.common.NodeSettingsSet;
import org.tradeecon.knime.nodes.common.OnlineSourceReader;
import org.tradeecon.knime.nodes.common.StatelessNodeModel;

/**
 * Reads World Bank indicators into a tidy table (country, year, indicator, value), or wide (one column per
 * indicator) on request: from the bundled snapshot by
 * default, or live from the World Bank API v2 (see {@link WorldBankClient}).
 */
final class WorldBankReaderNodeModel extends StatelessNodeModel {
    static final String CFG_INDICATORS = "indicators";
    static final String CFG_COUNTRIES = "countries";
    static final String LABEL_INDICATORS = "Indicators";
    static final String LABEL_COUNTRIES = "Countries";
    static final String CFG_LAYOUT = "layout";
    static final String LABEL_LAYOUT = "Table layout";

    static final DataTableSpec SPEC = new DataTableSpec(new String[]{"Country", "Year", "Indicator", "Value"},
        new DataType[]{StringCell.TYPE, IntCell.TYPE, StringCell.TYPE, DoubleCell.TYPE});

    private final NodeSettingsSet m_settings = settings();
    private final SettingsModelString m_indicators = m_settings.add(createIndicatorsModel(), LABEL_INDICATORS);
    private final SettingsModelString m_countries = m_settings.add(createCountriesModel(), LABEL_COUNTRIES);
    private final SettingsModelString m_layout = m_settings.addChoice(
        m_settings.addLater(createLayoutModel(), CFG_LAYOUT, LABEL_LAYOUT), LABEL_LAYOUT, TableLayout.class);
    private final OnlineSourceReader m_source = new OnlineSourceReader(m_settings);

    WorldBankReaderNodeModel() {
        super(0, 1);
        m_settings.addCheck(s -> {
            codes(m_indicators.createCloneWithValidatedValue(s), LABEL_INDICATORS);
            codes(m_countries.createCloneWithValidatedValue(s), LABEL_COUNTRIES);
            m_source.checkYears(s);
        });
    }

    static SettingsModelString createIndicatorsModel() {
        return new SettingsModelString(CFG_INDICATORS, "IP.PAT.NRES, BX.KLT.DINV.WD.GD.ZS");
    }

    /** Long by default, so that workflows saved before the setting existed read the same table. */
    static SettingsModelString createLayoutModel() {
        return new SettingsModelString(CFG_LAYOUT, TableLayout.LONG.label());
    }

    static SettingsModelString createCountriesModel() {
        return new SettingsModelString(CFG_COUNTRIES, "CHN");
    }

    /** @return the codes of a comma- or space-separated list */
    static List<String> codes(final SettingsModelString model, final String label) throws InvalidSettingsException {
        List<String> codes = Arrays.stream(String.valueOf(model.getStringValue()).split("[,;\\s]+"))
            .filter(s -> !s.isEmpty()).toList();
        if (codes.isEmpty()) {
            throw new InvalidSettingsException("\"" + label + "\" is empty: give at least one code.");
        }
        boolean countries = label.equals(LABEL_COUNTRIES);
        if (new java.util.HashSet<>(codes).size() < codes.size()) {
            throw new InvalidSettingsException("\"" + label + "\" lists a code twice: give each code once.");
        }
        for (String c : codes) {
            if (!(countries ? Requests.isCountryCode(c) : Requests.isIndicatorCode(c))) {
                throw new InvalidSettingsException("\"" + label + "\": \"" + c + "\" is not a code ("
                    + Requests.codeRule(countries ? "country" : "indicator") + "; separate codes by commas).");
            }
        }
        return codes;
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        codes(m_indicators, LABEL_INDICATORS);
        codes(m_countries, LABEL_COUNTRIES);
        m_source.checkYears();
        return new DataTableSpec[]{spec(codes(m_indicators, LABEL_INDICATORS))};
    }

    /** @return the output spec: {@link #SPEC} in the long layout; Country, Year and one column per indicator wide */
    private DataTableSpec spec(final List<String> indicators) throws InvalidSettingsException {
        if (layout() == TableLayout.LONG) {
            return SPEC;
        }
        List<DataColumnSpec> columns = new ArrayList<>();
        columns.add(SPEC.getColumnSpec(0));
        columns.add(SPEC.getColumnSpec(1));
        for (String code : indicators) {
            columns.add(new DataColumnSpecCreator(code, DoubleCell.TYPE).createSpec());
        }
        return new DataTableSpec(columns.toArray(DataColumnSpec[]::new));
    }

    private TableLayout layout() throws InvalidSettingsException {
        return LabelledChoice.fromSetting(m_layout.getStringValue(), LABEL_LAYOUT, TableLayout.class);
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        List<String> indicators = codes(m_indicators, LABEL_INDICATORS);
        List<String> countries = codes(m_countries, LABEL_COUNTRIES);
        m_source.checkYears();
        IndicatorTable t = m_source.read(exec, "World Bank API",
            (fetcher, from, to) -> new WorldBankClient(fetcher, WorldBankClient.DEFAULT_BASE)
                .fetch(indicators, countries, from, to),
            (from, to) -> WorldBankSnapshot.read(indicators, countries, from, to));
        BufferedDataTable out = layout() == TableLayout.LONG
            ? OnlineSourceReader.table(exec, SPEC, t.rows(), o -> new DataCell[]{new StringCell(o.country()),
                new IntCell(o.year()), new StringCell(o.indicator()), Cells.ofDouble(o.value())})
            : wide(exec, spec(indicators), indicators, t.rows());
        setWarningMessage(m_source.warning(t.completeness(), t.source(), null));
        return new BufferedDataTable[]{out};
    }

    /**
     * @return one row per country (in the order asked for) and year (ascending) with one cell per indicator;
     *         a value the source does not have is a missing cell
     */
    private static BufferedDataTable wide(final ExecutionContext exec, final DataTableSpec spec,
        final List<String> indicators, final List<IndicatorObservation> rows) {
        Map<String, SortedMap<Integer, DataCell[]>> byCountry = new LinkedHashMap<>();
        for (IndicatorObservation o : rows) {
            DataCell[] cells = byCountry.computeIfAbsent(o.country(), c -> new TreeMap<>()).computeIfAbsent(o.year(),
                y -> {
                    DataCell[] c = new DataCell[spec.getNumColumns()];
                    Arrays.fill(c, DataType.getMissingCell());
                    c[0] = new StringCell(o.country());
                    c[1] = new IntCell(y);
                    return c;
                });
            cells[2 + indicators.indexOf(o.indicator())] = Cells.ofDouble(o.value());
        }
        List<DataCell[]> out = byCountry.values().stream().flatMap(m -> m.values().stream()).toList();
        return OnlineSourceReader.table(exec, spec, out, c -> c);
    }
}
