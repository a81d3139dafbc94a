package org.tradeecon.knime.engine.unitroot;

import java.util.Arrays;
import java.util.List;

import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * The order of integration of many series at once (e.g. 10,000 HS-6 products): the same ADF (and optional KPSS)
 * settings for every series, the ADF buffers reused within each worker thread, the series split into contiguous
 * chunks over the threads. A series that cannot be tested in levels gives an {@link Outcome} with the error
 * message instead of stopping the batch. Results are identical to calling {@link IntegrationOrder#find} per
 * series.
 */
public final class IntegrationOrderBatch {

    /**
     * The outcome for one series: a result, or the message of the {@link IllegalArgumentException} that
     * {@link IntegrationOrder#find} would have thrown for it.
     *
     * @param name the series name
     * @param result the result, or null when the series could not be tested
     * @param error the error message, or null
     */
    public record Outcome(String name, IntegrationOrderResult result, String error) {
        /** @return whether the search ran */
        public boolean succeeded() {
            return result != null;
        }
    }

    private IntegrationOrderBatch() {
    }

    /**
     * The ADF test alone, at most {@value IntegrationOrder#DEFAULT_MAX_ORDER} differences, on all available
     * processors; names are "series 1", "series 2", ...
     *
     * @param series the series (rows), each in levels with NaN for missing values
     * @param adf the ADF settings
     * @return one outcome per series, in input order
     */
    public static List<Outcome> run(final double[][] series, final AdfOptions adf) {
        OptionChecks.notNull(series, "the series");
        String[] names = new String[series.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = "series " + (i + 1);
        }
        return run(Arrays.asList(series), Arrays.asList(names), adf, IntegrationOrder.DEFAULT_MAX_ORDER, null, 0,
            Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param series the series, each in levels with NaN for missing values
     * @param names one name per series, used in messages
     * @param adf the ADF settings used at every step
     * @param maxOrder the largest number of differences, 0 to 10
     * @param kpssRule null for the ADF test alone; otherwise the KPSS bandwidth rule, and KPSS must agree
     * @param kpssLags the Bartlett lags when kpssRule is {@link KpssLagRule#FIXED}; ignored otherwise
     * @param threads number of worker threads (≥ 1; 1 runs in the calling thread)
     * @return one outcome per series, in input order
     * @throws IllegalArgumentException when the lists differ in length, threads &lt; 1, or the settings are
     *         refused for every series (maxOrder outside 0..10, negative fixed KPSS lags)
     * @see IntegrationOrder#find(double[], AdfOptions, int, KpssLagRule, int, String)
     */
    public static List<Outcome> run(final List<double[]> series, final List<String> names, final AdfOptions adf,
        final int maxOrder, final KpssLagRule kpssRule, final int kpssLags, final int threads) {
        OptionChecks.notNull(adf, "the ADF options");
        OptionChecks.notNull(series, "the series");
        OptionChecks.notNull(names, "the series names");
        if (series.size() != names.size()) {
            throw new IllegalArgumentException(series.size() + " series but " + names.size() + " names.");
        }
        IntegrationOrder.checkMaxOrder(maxOrder); // settings errors, not one series' problem
        IntegrationOrder.checkKpssLags(kpssRule, kpssLags);
        Outcome[] out = new Outcome[series.size()];
        ParallelChunks.run(out.length, threads, "The order-of-integration batch", (from, to) -> {
            CrossProducts.Workspace ws = new CrossProducts.Workspace();
            for (int i = from; i < to; i++) {
                String name = names.get(i);
                try {
                    out[i] = new Outcome(name, IntegrationOrder.find(series.get(i), adf, maxOrder, kpssRule,
                        kpssLags, name, ws), null);
                } catch (IllegalArgumentException e) {
                    out[i] = new Outcome(name, null, e.getMessage());
                }
            }
        });
        return List.of(out);
    }
}
