package org.tradeecon.knime.nodes.worldbank;

import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.datasource.IndicatorTable;
import org.tradeecon.knime.engine.datasource.Requests;
import org.tradeecon.knime.engine.datasource.WorldBankClient;
import org.tradeecon.knime.engine.datasource.WorldBankSnapshot;
import org.tradeecon.knime.nodes.common.Cells;
import org.tradeecon.knime.nodes.common.NodeSettingsSet;
import org.tradeecon.knime.nodes.common.OnlineSourceReader;
import org.tradeecon.knime.nodes.common.StatelessNodeModel;

/**
 * Reads World Bank indicators into a tidy table (country, year, indicator, value): from the bundled snapshot by
 * default, or live from the World Bank API v2 (see {@link WorldBankClient}).
 */
final class WorldBankReaderNodeModel extends StatelessNodeModel {
    static final String CFG_INDICATORS = "indicators";
    static final String CFG_COUNTRIES = "countries";
    static final String LABEL_INDICATORS = "Indicators";
    static final String LABEL_COUNTRIES = "Countries";

    static final DataTableSpec SPEC = new DataTableSpec(new String[]{"Country", "Year", "Indicator", "Value"},
        new DataType[]{StringCell.TYPE, IntCell.TYPE, StringCell.TYPE, DoubleCell.TYPE});

    private final NodeSettingsSet m_settings = settings();
    private final SettingsModelString m_indicators = m_settings.add(createIndicatorsModel(), LABEL_INDICATORS);
    private final SettingsModelString m_countries = m_settings.add(createCountriesModel(), LABEL_COUNTRIES);
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
        return new DataTableSpec[]{SPEC};
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
        BufferedDataTable out = OnlineSourceReader.table(exec, SPEC, t.rows(), o -> new DataCell[]{
            new StringCell(o.country()), new IntCell(o.year()), new StringCell(o.indicator()),
            Cells.ofDouble(o.value())});
        setWarningMessage(m_source.warning(t.completeness(), t.source(), null));
        return new BufferedDataTable[]{out};
    }
}
