package org.tradeecon.knime.engine.simulation;

/**
 * Settings of a Monte Carlo or bootstrap computation: the number of replications, the seed and the number of
 * threads. Immutable; each {@code with...} method returns a copy. The same seed and replications give the same
 * numbers on any number of threads (see {@link MonteCarlo}).
 */
public final class SimulationOptions {

    /** The default number of replications. */
    public static final int DEFAULT_REPLICATIONS = 10_000;
    /** The default seed (fixed, so that results are reproducible unless the user asks otherwise). */
    public static final long DEFAULT_SEED = 20261203L;
    /** The fewest replications allowed: with 99, the 1% critical value is an order statistic ((R + 1)·0.01 = 1). */
    public static final int MIN_REPLICATIONS = 99;
    /** The most replications allowed (the simulated statistics are kept in memory: 8 bytes each). */
    public static final int MAX_REPLICATIONS = 100_000_000;

    private final int replications;
    private final long seed;
    private final int threads;

    private SimulationOptions(final int replications, final long seed, final int threads) {
        this.replications = replications;
        this.seed = seed;
        this.threads = threads;
    }

    /** @return 10,000 replications, seed {@link #DEFAULT_SEED}, all available processors */
    public static SimulationOptions defaults() {
        return new SimulationOptions(DEFAULT_REPLICATIONS, DEFAULT_SEED, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param replications number of simulated samples, {@value #MIN_REPLICATIONS} to {@value #MAX_REPLICATIONS}
     * @param seed the seed
     * @return the defaults with these replications and seed (the node's two fields)
     * @throws IllegalArgumentException when replications is out of range
     */
    public static SimulationOptions of(final int replications, final long seed) {
        return defaults().withReplications(replications).withSeed(seed);
    }

    /**
     * @param r number of replications, {@value #MIN_REPLICATIONS} to {@value #MAX_REPLICATIONS}
     * @return a copy
     * @throws IllegalArgumentException when r is out of range
     */
    public SimulationOptions withReplications(final int r) {
        if (r < MIN_REPLICATIONS || r > MAX_REPLICATIONS) {
            throw new IllegalArgumentException("The number of replications must be between " + MIN_REPLICATIONS
                + " and " + MAX_REPLICATIONS + ", got " + r + ".");
        }
        return new SimulationOptions(r, seed, threads);
    }

    /**
     * @param s any seed
     * @return a copy
     */
    public SimulationOptions withSeed(final long s) {
        return new SimulationOptions(replications, s, threads);
    }

    /**
     * @param t worker threads, at least 1 (1 runs in the calling thread); the results do not depend on it
     * @return a copy
     * @throws IllegalArgumentException when t &lt; 1
     */
    public SimulationOptions withThreads(final int t) {
        if (t < 1) {
            throw new IllegalArgumentException("The number of threads must be at least 1, got " + t + ".");
        }
        return new SimulationOptions(replications, seed, t);
    }

    /** @return the number of replications */
    public int replications() {
        return replications;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the number of worker threads */
    public int threads() {
        return threads;
    }
}
