package org.tradeecon.knime.engine.unitroot;

import java.util.Arrays;
import java.util.List;

import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * The ADF test on many series at once (e.g. one per product or country): the same options for every series,
 * buffers reused within each worker thread, series split into contiguous chunks over the threads. A series
 * that cannot be tested (too short, gaps, constant, ...) gives an {@link Outcome} with the error message
 * instead of stopping the batch. Results are identical to calling {@link AdfTest#test} per series.
 */
public final class AdfBatch {

    /**
     * The outcome for one series: a result, or the message of the {@link IllegalArgumentException} that the
     * single-series test would have thrown.
     *
     * @param name the series name
     * @param result the result, or null when the series could not be tested
     * @param error the error message, or null
     */
    public record Outcome(String name, AdfResult result, String error) {
        /** @return whether the test ran */
        public boolean succeeded() {
            return result != null;
        }
    }

    private AdfBatch() {
    }

    /**
     * Tests every series with the same options on all available processors.
     *
     * @param series the series (rows), each in levels with NaN for missing values
     * @param options the test settings
     * @return one outcome per series, in input order; names are "series 1", "series 2", ...
     */
    public static List<Outcome> run(final double[][] series, final AdfOptions options) {
        OptionChecks.notNull(series, "the series");
        String[] names = new String[series.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = "series " + (i + 1);
        }
        return run(Arrays.asList(series), Arrays.asList(names), options, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Tests every series with the same options.
     *
     * @param series the series, each in levels with NaN for missing values
     * @param names one name per series, used in messages
     * @param options the test settings
     * @param threads number of worker threads (≥ 1; 1 runs in the calling thread)
     * @return one outcome per series, in input order
     * @throws IllegalArgumentException when the lists differ in length or threads &lt; 1
     */
    public static List<Outcome> run(final List<double[]> series, final List<String> names,
        final AdfOptions options, final int threads) {
        OptionChecks.notNull(options, "the ADF options");
        OptionChecks.notNull(series, "the series");
        OptionChecks.notNull(names, "the series names");
        if (series.size() != names.size()) {
            throw new IllegalArgumentException(series.size() + " series but " + names.size() + " names.");
        }
        Outcome[] out = new Outcome[series.size()];
        ParallelChunks.run(out.length, threads, "The ADF batch",
            (from, to) -> runChunk(series, names, options, from, to, out));
        return List.of(out);
    }

    private static void runChunk(final List<double[]> series, final List<String> names, final AdfOptions options,
        final int from, final int to, final Outcome[] out) {
        CrossProducts.Workspace ws = new CrossProducts.Workspace();
        for (int i = from; i < to; i++) {
            String name = names.get(i);
            try {
                out[i] = new Outcome(name, AdfTest.test(series.get(i), options, name, ws), null);
            } catch (IllegalArgumentException e) {
                out[i] = new Outcome(name, null, e.getMessage());
            }
        }
    }
}
