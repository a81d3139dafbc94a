package org.tradeecon.knime.nodes.common;

import java.util.List;
import java.util.function.Function;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.datasource.CompletenessReport;
import org.tradeecon.knime.engine.datasource.DataSourceException;
import org.tradeecon.knime.engine.datasource.HttpFetcher;

/**
 * What the data-reader nodes (World Bank, Census) do alike: the {@link OnlineSourceSettings} of one node, reading
 * from the bundled snapshot or live, writing the rows, and the warning when values are missing. Each node keeps
 * its own source-specific settings, columns and checks.
 */
public final class OnlineSourceReader {
    private final SettingsModelIntegerBounded m_from;
    private final SettingsModelIntegerBounded m_to;
    private final SettingsModelBoolean m_live;
    private final SettingsModelIntegerBounded m_timeout;
    private final SettingsModelString m_cache;
    private final SettingsModelBoolean m_refresh;
    private HttpFetcher m_lastFetcher;

    /** Reads live with the fetcher of the settings (timeout, cache) for the year range. */
    @FunctionalInterface
    public interface LiveRead<T> {
        T read(HttpFetcher fetcher, int fromYear, int toYear) throws DataSourceException;
    }

    /** Reads the bundled snapshot for the year range. */
    @FunctionalInterface
    public interface SnapshotRead<T> {
        T read(int fromYear, int toYear);
    }

    /** Registers the shared settings in {@code settings}, where it stands in the node's settings order. */
    public OnlineSourceReader(final NodeSettingsSet settings) {
        m_from = settings.add(OnlineSourceSettings.createFromModel(), OnlineSourceSettings.LABEL_FROM);
        m_to = settings.add(OnlineSourceSettings.createToModel(), OnlineSourceSettings.LABEL_TO);
        m_live = settings.add(OnlineSourceSettings.createLiveModel(), OnlineSourceSettings.LABEL_LIVE);
        m_timeout = settings.add(OnlineSourceSettings.createTimeoutModel(), OnlineSourceSettings.LABEL_TIMEOUT);
        m_cache = settings.add(OnlineSourceSettings.createCacheModel(), OnlineSourceSettings.LABEL_CACHE);
        m_refresh = settings.addLater(OnlineSourceSettings.createRefreshModel(), OnlineSourceSettings.CFG_REFRESH,
            OnlineSourceSettings.LABEL_REFRESH);
    }

    /** @return whether the node reads live (the loaded setting) */
    public boolean isLive() {
        return m_live.getBooleanValue();
    }

    /** @return whether {@code settings} (not yet loaded) ask to read live */
    public boolean isLive(final NodeSettingsRO settings) throws InvalidSettingsException {
        return m_live.<SettingsModelBoolean>createCloneWithValidatedValue(settings).getBooleanValue();
    }

    /** @throws InvalidSettingsException if the loaded last year is before the first */
    /** @return the first year of the settings */
    public int firstYear() {
        return m_from.getIntValue();
    }

    /** @return the last year of the settings */
    public int lastYear() {
        return m_to.getIntValue();
    }

    public void checkYears() throws InvalidSettingsException {
        OnlineSourceSettings.checkYears(m_from, m_to);
    }

    /** @throws InvalidSettingsException if the last year in {@code settings} (not yet loaded) is before the first */
    public void checkYears(final NodeSettingsRO settings) throws InvalidSettingsException {
        OnlineSourceSettings.checkYears(m_from.createCloneWithValidatedValue(settings),
            m_to.createCloneWithValidatedValue(settings));
    }

    /**
     * @param api the API's name for the progress message ("Reading from the " + api)
     * @return the table read live (when the setting says so) or from the snapshot
     * @throws DataSourceException when the live source fails
     */
    public <T> T read(final ExecutionContext exec, final String api, final LiveRead<T> live,
        final SnapshotRead<T> snapshot) throws DataSourceException {
        m_lastFetcher = null;
        if (isLive()) {
            exec.setMessage("Reading from the " + api);
            m_lastFetcher = OnlineSourceSettings.fetcher(m_timeout, m_cache, m_refresh);
            return live.read(m_lastFetcher, m_from.getIntValue(), m_to.getIntValue());
        }
        return snapshot.read(m_from.getIntValue(), m_to.getIntValue());
    }

    /** @return a table of {@code spec} with one row per element of {@code rows}, keyed Row0, Row1, ... */
    public static <R> BufferedDataTable table(final ExecutionContext exec, final DataTableSpec spec,
        final List<R> rows, final Function<R, DataCell[]> cells) {
        BufferedDataContainer out = exec.createDataContainer(spec);
        long k = 0;
        for (R r : rows) {
            out.addRowToTable(new DefaultRow(RowKey.createRowKey(k++), cells.apply(r)));
        }
        out.close();
        return out.getTable();
    }

    /** @return the node's warning about missing values (which are not filled), or null when the data are complete */
    public static String completenessWarning(final CompletenessReport completeness, final String source) {
        return completeness.isComplete() ? null : "Missing values (not filled) in " + source + ": "
            + completeness.summary();
    }

    /**
     * @param extra another warning of the node, or null
     * @return the node's warning: missing values (which are not filled), what the last live read reported
     *         (redirects followed, cache entries ignored) and {@code extra}; null when there is nothing to say
     */
    public String warning(final CompletenessReport completeness, final String source, final String extra) {
        String missing = completenessWarning(completeness, source);
        StringBuilder sb = new StringBuilder(missing == null ? "" : missing);
        if (m_lastFetcher != null) {
            for (String n : m_lastFetcher.notices()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(n);
            }
        }
        if (extra != null) {
            sb.append(sb.length() == 0 ? "" : "\n").append(extra);
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
