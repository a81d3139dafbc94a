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

    /**
     * Receives each series' outcome as soon as it is found, with the series' position in the input. Called from
     * the worker threads, so concurrently when there is more than one; each position exactly once.
     */
    @FunctionalInterface
    public interface OutcomeConsumer {
        void accept(int index, Outcome outcome);
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
        Outcome[] out = new Outcome[series == null ? 0 : series.size()];
        forEach(series, names, adf, maxOrder, kpssRule, kpssLags, threads, (i, o) -> out[i] = o);
        return List.of(out);
    }

    /**
     * As {@link #run(List, List, AdfOptions, int, KpssLagRule, int, int)}, but hands each outcome to the consumer
     * instead of keeping them all: what a caller that writes one row per series, or keeps only the order, needs
     * (10,000 full results hold about 15 MB, which the garbage collector would otherwise copy again and again).
     *
     * @param consumer receives every outcome, see {@link OutcomeConsumer}
     * @throws IllegalArgumentException as run, before any series is tested
     */
    public static void forEach(final List<double[]> series, final List<String> names, final AdfOptions adf,
        final int maxOrder, final KpssLagRule kpssRule, final int kpssLags, final int threads,
        final OutcomeConsumer consumer) {
        OptionChecks.notNull(adf, "the ADF options");
        OptionChecks.notNull(series, "the series");
        OptionChecks.notNull(names, "the series names");
        OptionChecks.notNull(consumer, "the outcome consumer");
        if (series.size() != names.size()) {
            throw new IllegalArgumentException(series.size() + " series but " + names.size() + " names.");
        }
        IntegrationOrder.checkMaxOrder(maxOrder); // settings errors, not one series' problem
        IntegrationOrder.checkKpssLags(kpssRule, kpssLags);
        ParallelChunks.run(series.size(), threads, "The order-of-integration batch", (from, to) -> {
            CrossProducts.Workspace ws = new CrossProducts.Workspace();
            for (int i = from; i < to; i++) {
                String name = names.get(i);
                Outcome outcome;
                try {
                    outcome = new Outcome(name, IntegrationOrder.find(series.get(i), adf, maxOrder, kpssRule,
                        kpssLags, name, ws), null);
                } catch (IllegalArgumentException e) {
                    outcome = new Outcome(name, null, e.getMessage());
                }
                consumer.accept(i, outcome);
            }
        });
    }
}
