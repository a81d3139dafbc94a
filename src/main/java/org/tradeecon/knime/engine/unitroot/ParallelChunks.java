package org.tradeecon.knime.engine.unitroot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a batch of n independent items on a few threads, each thread on one contiguous chunk (so that it can
 * reuse its buffers from item to item). The batch classes ({@link AdfBatch}, {@link IntegrationOrderBatch}) use it.
 */
final class ParallelChunks {

    /** The work on the items from (inclusive) to (exclusive), in one thread. */
    @FunctionalInterface
    interface Chunk {
        void run(int from, int to);
    }

    private ParallelChunks() {
    }

    /**
     * @param n the number of items
     * @param threads the number of threads (≥ 1; 1 runs in the calling thread)
     * @param what the batch in words, for the message when it is interrupted
     * @param chunk the work
     * @throws IllegalArgumentException when threads &lt; 1
     * @throws IllegalStateException when interrupted
     */
    static void run(final int n, final int threads, final String what, final Chunk chunk) {
        if (threads < 1) {
            throw new IllegalArgumentException("The number of threads must be at least 1, got " + threads + ".");
        }
        int workers = Math.min(threads, Math.max(1, n));
        if (workers == 1) {
            chunk.run(0, n);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int from = (int)((long)n * w / workers);
                int to = (int)((long)n * (w + 1) / workers);
                jobs.add(pool.submit(() -> chunk.run(from, to)));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " was interrupted.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException)cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
