package org.tradeecon.knime.engine.simulation;

import java.util.SplittableRandom;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * Runs R replications of a simulated statistic on several threads, reproducibly.
 *
 * <p><b>Reproducibility.</b> The replications are cut into fixed blocks of {@value #BLOCK} (the last one
 * shorter). Block b draws from its own generator, the b-th {@link SplittableRandom#split()} of
 * {@code new SplittableRandom(seed)}, taken in block order before any work starts, and writes its statistics to
 * positions b·{@value #BLOCK}.. of the output. Which thread runs a block therefore changes nothing: the same seed
 * and R give the same statistics, in the same order, on any number of threads.
 *
 * <p><b>Progress and cancellation.</b> The calling thread waits for the blocks, reports the share done to the
 * {@link SimulationMonitor} after each, and asks it (at least every 100 ms) whether to stop; on cancellation the
 * blocks not yet started are skipped and {@link SimulationCancelledException} is thrown.
 */
public final class MonteCarlo {

    /** Replications per block (fixed: the results must not depend on the number of threads). */
    public static final int BLOCK = 500;

    /**
     * One worker's simulation of the statistic. Each worker thread gets its own instance (from the supplier
     * given to {@link #run}), so an implementation can keep its buffers and allocate nothing per replication.
     */
    @FunctionalInterface
    public interface Replication {
        /**
         * @param random the generator of the current block
         * @return one simulated statistic
         */
        double next(SplittableRandom random);
    }

    private MonteCarlo() {
    }

    /**
     * @param options replications, seed, threads
     * @param monitor progress and cancellation
     * @param replication makes one {@link Replication} per worker thread
     * @return the R simulated statistics, in replication order (not sorted)
     * @throws SimulationCancelledException when the monitor asked to stop
     * @throws IllegalArgumentException when an argument is null
     */
    public static double[] run(final SimulationOptions options, final SimulationMonitor monitor,
        final Supplier<? extends Replication> replication) {
        OptionChecks.notNull(options, "the simulation options");
        OptionChecks.notNull(monitor, "the simulation monitor");
        OptionChecks.notNull(replication, "the replication");
        int r = options.replications();
        int blocks = (r + BLOCK - 1) / BLOCK;
        SplittableRandom master = new SplittableRandom(options.seed());
        SplittableRandom[] random = new SplittableRandom[blocks];
        for (int b = 0; b < blocks; b++) {
            random[b] = master.split();
        }
        double[] out = new double[r];
        int workers = Math.min(options.threads(), blocks);
        if (workers == 1) {
            Replication rep = replication.get();
            for (int b = 0; b < blocks; b++) {
                if (monitor.isCancelled()) {
                    throw new SimulationCancelledException(b * BLOCK, r);
                }
                runBlock(rep, random[b], b, out);
                monitor.progress((b + 1.0) / blocks);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread t = new Thread(task, "simulation-worker");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Replication> perThread = ThreadLocal.withInitial(replication);
        Cancel cancel = new Cancel();
        try {
            CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
            for (int b = 0; b < blocks; b++) {
                int block = b;
                done.submit(() -> {
                    if (!cancel.requested) {
                        runBlock(perThread.get(), random[block], block, out);
                    }
                    return block;
                });
            }
            int finished = 0;
            while (finished < blocks) {
                if (monitor.isCancelled()) {
                    cancel.requested = true;
                    throw new SimulationCancelledException(Math.min(finished * BLOCK, r), r);
                }
                Future<Integer> f = done.poll(100, TimeUnit.MILLISECONDS);
                if (f != null) {
                    f.get();
                    finished++;
                    monitor.progress((double)finished / blocks);
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The simulation was interrupted.", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Set by the calling thread on cancellation; workers skip the blocks they have not begun. */
    private static final class Cancel {
        volatile boolean requested;
    }

    private static void runBlock(final Replication rep, final SplittableRandom random, final int block,
        final double[] out) {
        int from = block * BLOCK;
        int to = Math.min(out.length, from + BLOCK);
        for (int i = from; i < to; i++) {
            out[i] = rep.next(random);
        }
    }
}
