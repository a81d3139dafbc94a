package org.tradeecon.knime.nodes.census;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

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
import org.knime.core.node.defaultnodesettings.SettingsModelPassword;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.datasource.AtpTradeTable;
import org.tradeecon.knime.engine.datasource.CensusAtpClient;
import org.tradeecon.knime.engine.datasource.CensusAtpFile;
import org.tradeecon.knime.engine.datasource.CensusAtpSnapshot;
import org.tradeecon.knime.engine.datasource.DataSourceException;
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
    /** The plain-text key of version 0.1: read once to migrate it, never written again. */
    static final String CFG_LEGACY_API_KEY = "api_key";
    /** Added in 0.2: name of a credentials flow variable whose password is the key. */
    static final String CFG_CREDENTIALS = "api_key_credentials";
    /** Added in 0.2: the key, saved encrypted ({@code xpassword}). */
    static final String CFG_API_KEY_ENCRYPTED = "api_key_encrypted";
    /**
     * Added in 0.3: path of a user's Census ATP file. Empty (the default, and what older workflows load): the
     * "live" switch chooses snapshot or API as before. Not empty: the file is read and the live switch is ignored.
     */
    static final String CFG_FILE = "census_file";
    static final String LABEL_FILE = "Census ATP file (overrides the live switch when given)";
    static final String LABEL_PARTNER = "Partner";
    static final String LABEL_CREDENTIALS = "Credentials flow variable with the Census API key as password";
    static final String LABEL_API_KEY = "Census API key (saved encrypted; used when no credentials are named)";
    /** KNIME's password settings are encrypted with a key string of the node. */
    private static final String ENCRYPTION_KEY = "org.tradeecon.knime.census.apikey";

    static final DataTableSpec SPEC = new DataTableSpec(new String[]{"Partner code", "Partner", "Year", "ATP group",
        "ATP group name", "US exports (USD)", "US imports (USD)", "Balance (USD)"},
        new DataType[]{StringCell.TYPE, StringCell.TYPE, IntCell.TYPE, StringCell.TYPE, StringCell.TYPE,
            DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});

    private final NodeSettingsSet m_settings = settings();
    private final SettingsModelString m_partner = m_settings.add(createPartnerModel(), LABEL_PARTNER);
    private final OnlineSourceReader m_source = new OnlineSourceReader(m_settings);
    private final SettingsModelString m_credentials =
        m_settings.addLater(createCredentialsModel(), CFG_CREDENTIALS, LABEL_CREDENTIALS);
    private final SettingsModelPassword m_apiKey =
        m_settings.addLater(createApiKeyModel(), CFG_API_KEY_ENCRYPTED, LABEL_API_KEY);
    private final SettingsModelString m_file = m_settings.addLater(createFileModel(), CFG_FILE, LABEL_FILE);
    /** Set when loaded settings held the old plain-text key. */
    private String m_legacyKeyWarning;

    CensusAtpReaderNodeModel() {
        super(0, 1);
        m_settings.addCheck(s -> {
            boolean noFile = !s.containsKey(CFG_FILE) || file(m_file.createCloneWithValidatedValue(s)) == null;
            partner(m_partner.createCloneWithValidatedValue(s), m_source.isLive(s) && noFile);
            m_source.checkYears(s);
        });
    }

    static SettingsModelString createPartnerModel() {
        return new SettingsModelString(CFG_PARTNER, CensusAtpClient.CHINA);
    }

    static SettingsModelString createFileModel() {
        return new SettingsModelString(CFG_FILE, "");
    }

    /** @return the file path of the setting, or null when none is given */
    private static Path file(final SettingsModelString model) {
        String f = String.valueOf(model.getStringValue()).strip();
        return f.isEmpty() || "null".equals(f) ? null : Path.of(f);
    }

    /**
     * Reads a user's file: China from the file only; the world from the file where it has the year, else from the
     * bundled world snapshot (as the replication command does).
     */
    private static AtpTradeTable readFile(final Path path, final String partner, final int from, final int to)
        throws DataSourceException, InvalidSettingsException {
        if (!partner.equals(CensusAtpClient.CHINA) && !partner.equals(CensusAtpClient.WORLD)) {
            throw new InvalidSettingsException("\"" + LABEL_PARTNER + "\" is \"" + partner + "\": a Census ATP file"
                + " has only " + CensusAtpClient.CHINA + " and " + CensusAtpClient.WORLD + ".");
        }
        CensusAtpFile file = CensusAtpFile.read(path);
        AtpTradeTable own = file.table(partner, from, to);
        if (partner.equals(CensusAtpClient.CHINA)) {
            return own;
        }
        return AtpTradeTable.combineByYear(own, CensusAtpSnapshot.read(partner, from, to), from, to,
            file.source() + " (world years the file lacks: " + CensusAtpSnapshot.SOURCE + ")", new TreeSet<>());
    }

    static SettingsModelString createCredentialsModel() {
        return new SettingsModelString(CFG_CREDENTIALS, "");
    }

    static SettingsModelPassword createApiKeyModel() {
        return new SettingsModelPassword(CFG_API_KEY_ENCRYPTED, ENCRYPTION_KEY, "");
    }

    /**
     * @return the key: the password of the named credentials, else the encrypted setting, else null
     * @throws InvalidSettingsException if the named credentials do not exist
     */
    private String apiKey() throws InvalidSettingsException {
        String name = String.valueOf(m_credentials.getStringValue()).strip();
        if (!name.isEmpty() && !"null".equals(name)) {
            try {
                return getCredentialsProvider().get(name).getPassword();
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException("\"" + LABEL_CREDENTIALS + "\": there are no credentials named \""
                    + name + "\" in this workflow. Define them (e.g. with a Credentials Configuration node) or clear"
                    + " the name.");
            }
        }
        String key = m_apiKey.getStringValue();
        return key == null || key.isBlank() ? null : key;
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
        partner(m_partner, m_source.isLive() && file(m_file) == null);
        m_source.checkYears();
        Path f = file(m_file);
        if (f != null && !Files.isRegularFile(f)) {
            throw new InvalidSettingsException("\"" + LABEL_FILE + "\": " + f + " is not a file.");
        }
        setWarningMessage(m_legacyKeyWarning);
        return new DataTableSpec[]{SPEC};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        Path f = file(m_file);
        String partner = partner(m_partner, m_source.isLive() && f == null);
        m_source.checkYears();
        AtpTradeTable t;
        if (f != null) {
            t = readFile(f, partner, m_source.firstYear(), m_source.lastYear());
        } else {
            String key = m_source.isLive() ? apiKey() : null;
            t = m_source.read(exec, "Census international trade API",
                (fetcher, from, to) -> new CensusAtpClient(fetcher, CensusAtpClient.DEFAULT_BASE, key)
                    .fetch(partner, from, to),
                (from, to) -> CensusAtpSnapshot.read(partner, from, to));
        }
        BufferedDataTable out = OnlineSourceReader.table(exec, SPEC, t.rows(), r -> new DataCell[]{
            new StringCell(r.partnerCode()), new StringCell(r.partnerName()), new IntCell(r.year()),
            new StringCell(r.group()), new StringCell(r.groupName()), Cells.ofDouble(r.exports()),
            Cells.ofDouble(r.imports()), Cells.ofDouble(r.balance())});
        setWarningMessage(m_source.warning(t.completeness(), t.source(), m_legacyKeyWarning));
        return new BufferedDataTable[]{out};
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        super.loadValidatedSettingsFrom(settings);
        m_legacyKeyWarning = null;
        String legacy = settings.getString(CFG_LEGACY_API_KEY, null);
        if (legacy != null && !legacy.isBlank()) {
            boolean migrated = !settings.containsKey(CFG_API_KEY_ENCRYPTED) || String.valueOf(m_apiKey
                .getStringValue()).isBlank();
            if (migrated) {
                m_apiKey.setStringValue(legacy.strip());
            }
            m_legacyKeyWarning = "This node's settings held the Census API key in plain text (setting \""
                + CFG_LEGACY_API_KEY + "\" of version 0.1). It " + (migrated ? "was moved to the encrypted key setting"
                    : "was ignored (the encrypted key setting is used)")
                + " and is not written again: save the workflow to remove the plain text, and consider the key"
                + " exposed if the workflow was shared. Better: a credentials flow variable.";
        }
    }
}
