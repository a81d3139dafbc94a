package org.tradeecon.knime.nodes.common;

import java.nio.file.Path;
import java.time.Duration;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.datasource.HttpFetcher;
import org.tradeecon.knime.engine.datasource.HttpPolicy;
import org.tradeecon.knime.engine.datasource.ResponseCache;

/**
 * Settings shared by the data-reader nodes (World Bank, Census): year range, offline snapshot or live API,
 * timeout, cache directory and cache refresh. Keys, labels (= option names in the node descriptions) and one factory per setting.
 */
public final class OnlineSourceSettings {
    public static final String CFG_FROM = "first_year";
    public static final String CFG_TO = "last_year";
    public static final String CFG_LIVE = "live";
    public static final String CFG_TIMEOUT = "timeout_seconds";
    public static final String CFG_CACHE = "cache_directory";
    /** Added in 0.2: workflows saved before load with "off". */
    public static final String CFG_REFRESH = "refresh_cache";

    public static final String LABEL_FROM = "First year";
    public static final String LABEL_TO = "Last year";
    public static final String LABEL_LIVE = "Read live from the internet (otherwise: bundled snapshot)";
    public static final String LABEL_TIMEOUT = "Timeout (seconds)";
    public static final String LABEL_CACHE = "Cache directory";
    public static final String LABEL_REFRESH = "Refresh: fetch every answer again (replacing cached ones)";

    /** How long a cached API answer is reused. */
    public static final Duration CACHE_MAX_AGE = Duration.ofHours(24);

    private OnlineSourceSettings() {
    }

    public static SettingsModelIntegerBounded createFromModel() {
        return new SettingsModelIntegerBounded(CFG_FROM, 2004, 1900, 2100);
    }

    public static SettingsModelIntegerBounded createToModel() {
        return new SettingsModelIntegerBounded(CFG_TO, 2018, 1900, 2100);
    }

    public static SettingsModelBoolean createLiveModel() {
        return new SettingsModelBoolean(CFG_LIVE, false);
    }

    public static SettingsModelIntegerBounded createTimeoutModel() {
        return new SettingsModelIntegerBounded(CFG_TIMEOUT, 30, 1, 600);
    }

    public static SettingsModelString createCacheModel() {
        return new SettingsModelString(CFG_CACHE, "");
    }

    public static SettingsModelBoolean createRefreshModel() {
        return new SettingsModelBoolean(CFG_REFRESH, false);
    }

    /** Adds the year range, live switch, timeout and cache components (timeout and cache only enabled live). */
    public static void addComponents(final SettingsPane pane) {
        pane.addDialogComponent(new DialogComponentNumber(createFromModel(), LABEL_FROM, 1));
        pane.addDialogComponent(new DialogComponentNumber(createToModel(), LABEL_TO, 1));
        pane.createNewGroup("Source");
        SettingsModelBoolean live = createLiveModel();
        SettingsModelIntegerBounded timeout = createTimeoutModel();
        SettingsModelString cache = createCacheModel();
        SettingsModelBoolean refresh = createRefreshModel();
        pane.addRule(() -> {
            timeout.setEnabled(live.getBooleanValue());
            cache.setEnabled(live.getBooleanValue());
            refresh.setEnabled(live.getBooleanValue());
        }, live);
        pane.addDialogComponent(new DialogComponentBoolean(live, LABEL_LIVE));
        pane.addDialogComponent(new DialogComponentNumber(timeout, LABEL_TIMEOUT, 5));
        pane.addDialogComponent(new DialogComponentString(cache, LABEL_CACHE));
        pane.addDialogComponent(new DialogComponentBoolean(refresh, LABEL_REFRESH));
        pane.closeCurrentGroup();
    }

    /** @throws InvalidSettingsException if the last year is before the first */
    public static void checkYears(final SettingsModelIntegerBounded from, final SettingsModelIntegerBounded to)
        throws InvalidSettingsException {
        if (to.getIntValue() < from.getIntValue()) {
            throw new InvalidSettingsException("\"" + LABEL_TO + "\" (" + to.getIntValue() + ") is before \""
                + LABEL_FROM + "\" (" + from.getIntValue() + "). Swap them.");
        }
    }

    /**
     * @param cacheDir the setting; blank = the per-user cache folder ({@link ResponseCache#defaultDirectory()})
     * @param refresh  whether to fetch every answer again
     * @return an HTTP fetcher with the timeout and cache of the settings
     */
    public static HttpFetcher fetcher(final SettingsModelIntegerBounded timeout, final SettingsModelString cacheDir,
        final SettingsModelBoolean refresh) {
        String dir = cacheDir.getStringValue();
        Path cache = dir == null || dir.isBlank() ? ResponseCache.defaultDirectory() : Path.of(dir.strip());
        return new HttpFetcher(HttpPolicy.defaults(Duration.ofSeconds(timeout.getIntValue())),
            new ResponseCache(cache, CACHE_MAX_AGE, refresh.getBooleanValue()));
    }
}
