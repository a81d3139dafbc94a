package org.tradeecon.knime.nodes.worldbank;

import java.io.File;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.datasource.IndicatorObservation;
import org.tradeecon.knime.engine.datasource.IndicatorTable;
import org.tradeecon.knime.engine.datasource.WorldBankClient;
import org.tradeecon.knime.engine.datasource.WorldBankSnapshot;
import org.tradeecon.knime.nodes.common.Cells;
import org.tradeecon.knime.nodes.common.NodeSettingsSet;
import org.tradeecon.knime.nodes.common.OnlineSourceSettings;

/**
 * Reads World Bank indicators into a tidy table (country, year, indicator, value): from the bundled snapshot by
 * default, or live from the World Bank API v2 (see {@link WorldBankClient}).
 */
final class WorldBankReaderNodeModel extends NodeModel {
    static final String CFG_INDICATORS = "indicators";
    static final String CFG_COUNTRIES = "countries";
    static final String LABEL_INDICATORS = "Indicators";
    static final String LABEL_COUNTRIES = "Countries";

    static final DataTableSpec SPEC = new DataTableSpec(new String[]{"Country", "Year", "Indicator", "Value"},
        new DataType[]{StringCell.TYPE, IntCell.TYPE, StringCell.TYPE, DoubleCell.TYPE});

    private final NodeSettingsSet m_settings = new NodeSettingsSet();
    private final SettingsModelString m_indicators = m_settings.add(createIndicatorsModel(), LABEL_INDICATORS);
    private final SettingsModelString m_countries = m_settings.add(createCountriesModel(), LABEL_COUNTRIES);
    private final SettingsModelIntegerBounded m_from =
        m_settings.add(OnlineSourceSettings.createFromModel(), OnlineSourceSettings.LABEL_FROM);
    private final SettingsModelIntegerBounded m_to =
        m_settings.add(OnlineSourceSettings.createToModel(), OnlineSourceSettings.LABEL_TO);
    private final SettingsModelBoolean m_live =
        m_settings.add(OnlineSourceSettings.createLiveModel(), OnlineSourceSettings.LABEL_LIVE);
    private final SettingsModelIntegerBounded m_timeout =
        m_settings.add(OnlineSourceSettings.createTimeoutModel(), OnlineSourceSettings.LABEL_TIMEOUT);
    private final SettingsModelString m_cache =
        m_settings.add(OnlineSourceSettings.createCacheModel(), OnlineSourceSettings.LABEL_CACHE);

    WorldBankReaderNodeModel() {
        super(0, 1);
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
        for (String c : codes) {
            if (!c.matches("[A-Za-z0-9._]+")) {
                throw new InvalidSettingsException("\"" + label + "\": \"" + c + "\" is not a code (letters, digits,"
                    + " dots and underscores, separated by commas).");
            }
        }
        return codes;
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        codes(m_indicators, LABEL_INDICATORS);
        codes(m_countries, LABEL_COUNTRIES);
        OnlineSourceSettings.checkYears(m_from, m_to);
        return new DataTableSpec[]{SPEC};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        List<String> indicators = codes(m_indicators, LABEL_INDICATORS);
        List<String> countries = codes(m_countries, LABEL_COUNTRIES);
        OnlineSourceSettings.checkYears(m_from, m_to);
        IndicatorTable t;
        if (m_live.getBooleanValue()) {
            exec.setMessage("Reading from the World Bank API");
            t = new WorldBankClient(OnlineSourceSettings.fetcher(m_timeout, m_cache), WorldBankClient.DEFAULT_BASE)
                .fetch(indicators, countries, m_from.getIntValue(), m_to.getIntValue());
        } else {
            t = WorldBankSnapshot.read(indicators, countries, m_from.getIntValue(), m_to.getIntValue());
        }
        BufferedDataContainer out = exec.createDataContainer(SPEC);
        long k = 0;
        for (IndicatorObservation o : t.rows()) {
            out.addRowToTable(new DefaultRow(RowKey.createRowKey(k++), new StringCell(o.country()),
                new IntCell(o.year()), new StringCell(o.indicator()),
                Cells.ofDouble(o.value())));
        }
        out.close();
        setWarningMessage(t.completeness().isComplete() ? null : "Missing values (not filled) in "
            + t.source() + ": " + t.completeness().summary());
        return new BufferedDataTable[]{out.getTable()};
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO settings) {
        m_settings.saveTo(settings);
    }

    @Override
    protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.validate(settings);
        codes(m_indicators.createCloneWithValidatedValue(settings), LABEL_INDICATORS);
        codes(m_countries.createCloneWithValidatedValue(settings), LABEL_COUNTRIES);
        OnlineSourceSettings.checkYears(m_from.createCloneWithValidatedValue(settings),
            m_to.createCloneWithValidatedValue(settings));
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.loadFrom(settings);
    }

    @Override
    protected void reset() {
        // nothing cached in the model (the HTTP cache lives in the cache directory)
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // no internals
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // no internals
    }
}
