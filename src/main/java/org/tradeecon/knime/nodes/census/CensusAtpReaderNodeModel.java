package org.tradeecon.knime.nodes.census;


import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.datasource.AtpTradeTable;
import org.tradeecon.knime.engine.datasource.CensusAtpClient;
import org.tradeecon.knime.engine.datasource.CensusAtpSnapshot;
import org.tradeecon.knime.nodes.common.Cells;
import org.tradeecon.knime.nodes.common.NodeSettingsSet;
import org.tradeecon.knime.nodes.common.OnlineSourceReader;
import org.tradeecon.knime.nodes.common.StatelessNodeModel;

/**
 * Reads US exports to / imports from a partner of Advanced Technology Products by ATP group: from the bundled
 * snapshot by default, or live from the Census international trade API (see {@link CensusAtpClient}).
 */
final class CensusAtpReaderNodeModel extends StatelessNodeModel {
    static final String CFG_PARTNER = "partner";
    static final String CFG_API_KEY = "api_key";
    static final String LABEL_PARTNER = "Partner";
    static final String LABEL_API_KEY = "Census API key (optional, live only)";

    static final DataTableSpec SPEC = new DataTableSpec(new String[]{"Partner code", "Partner", "Year", "ATP group",
        "ATP group name", "US exports (USD)", "US imports (USD)", "Balance (USD)"},
        new DataType[]{StringCell.TYPE, StringCell.TYPE, IntCell.TYPE, StringCell.TYPE, StringCell.TYPE,
            DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});

    private final NodeSettingsSet m_settings = new NodeSettingsSet();
    private final SettingsModelString m_partner = m_settings.add(createPartnerModel(), LABEL_PARTNER);
    private final OnlineSourceReader m_source = new OnlineSourceReader(m_settings);
    private final SettingsModelString m_apiKey = m_settings.add(createApiKeyModel(), LABEL_API_KEY);

    CensusAtpReaderNodeModel() {
        super(0, 1);
    }

    static SettingsModelString createPartnerModel() {
        return new SettingsModelString(CFG_PARTNER, CensusAtpClient.CHINA);
    }

    static SettingsModelString createApiKeyModel() {
        return new SettingsModelString(CFG_API_KEY, "");
    }

    /** @return the partner code, trimmed and upper-cased */
    private static String partner(final SettingsModelString model, final boolean live)
        throws InvalidSettingsException {
        String p = String.valueOf(model.getStringValue()).strip().toUpperCase(java.util.Locale.ROOT);
        boolean valid = p.equals(CensusAtpClient.WORLD) || p.matches("\\d{4}");
        if (!valid || (!live && !p.equals(CensusAtpClient.WORLD) && !p.equals(CensusAtpClient.CHINA))) {
            throw new InvalidSettingsException("\"" + LABEL_PARTNER + "\" is \"" + p + "\": use a 4-digit Census "
                + "country code (China = " + CensusAtpClient.CHINA + ") or " + CensusAtpClient.WORLD
                + (live ? "." : "; the bundled snapshot has only " + CensusAtpClient.CHINA + " and "
                    + CensusAtpClient.WORLD + " (switch on live reading for other partners)."));
        }
        return p;
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        partner(m_partner, m_source.isLive());
        m_source.checkYears();
        return new DataTableSpec[]{SPEC};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        String partner = partner(m_partner, m_source.isLive());
        m_source.checkYears();
        AtpTradeTable t = m_source.read(exec, "Census international trade API",
            (fetcher, from, to) -> new CensusAtpClient(fetcher, CensusAtpClient.DEFAULT_BASE,
                m_apiKey.getStringValue()).fetch(partner, from, to),
            (from, to) -> CensusAtpSnapshot.read(partner, from, to));
        BufferedDataTable out = OnlineSourceReader.table(exec, SPEC, t.rows(), r -> new DataCell[]{
            new StringCell(r.partnerCode()), new StringCell(r.partnerName()), new IntCell(r.year()),
            new StringCell(r.group()), new StringCell(r.groupName()), Cells.ofDouble(r.exports()),
            Cells.ofDouble(r.imports()), Cells.ofDouble(r.balance())});
        setWarningMessage(OnlineSourceReader.completenessWarning(t.completeness(), t.source()));
        return new BufferedDataTable[]{out};
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO settings) {
        m_settings.saveTo(settings);
    }

    @Override
    protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.validate(settings);
        partner(m_partner.createCloneWithValidatedValue(settings), m_source.isLive(settings));
        m_source.checkYears(settings);
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.loadFrom(settings);
    }
}
