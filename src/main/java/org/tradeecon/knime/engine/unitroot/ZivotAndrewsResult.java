package org.tradeecon.knime.engine.unitroot;

/**
 * Result of the Zivot–Andrews test: the common unit-root result ({@link #statistic()} is the minimum t of
 * y(t−1) over the candidate break dates) plus the model, the break date and the t statistic at every candidate
 * date.
 */
public final class ZivotAndrewsResult extends UnitRootResult {

    private final ZivotAndrewsBreak model;
    private final int breakIndex;
    private final int firstCandidate;
    private final double[] breakStatistics;
    private final double trim;
    private final LagSelection lagSelection;
    private final int maxLag;

    ZivotAndrewsResult(final Common common, final ZivotAndrewsBreak model, final int breakIndex,
        final int firstCandidate, final double[] breakStatistics, final double trim, final LagSelection selection,
        final int maxLag) {
        super(common);
        this.model = model;
        this.breakIndex = breakIndex;
        this.firstCandidate = firstCandidate;
        this.breakStatistics = breakStatistics.clone();
        this.trim = trim;
        this.lagSelection = selection;
        this.maxLag = maxLag;
    }

    /** @return the maximum lag of the lag search (equal to {@link #lags()} for a fixed lag) */
    public int maxLag() {
        return maxLag;
    }

    /** @return where the break is allowed */
    public ZivotAndrewsBreak model() {
        return model;
    }

    /**
     * @return TB, the index in the input array (leading missing values counted) of the last observation before
     *         the break: the shift dummies are 1 from index TB + 1 on. Equals statsmodels' {@code bpidx} (models
     *         A and C) and urca's {@code bpoint} − 1 (1-based, no missing values).
     */
    public int breakIndex() {
        return breakIndex;
    }

    /** @return the input index of the first candidate break date (the first entry of {@link #breakStatistics()}) */
    public int firstCandidateIndex() {
        return firstCandidate;
    }

    /** @return the t statistic of y(t−1) at each candidate break date, from {@link #firstCandidateIndex()} on */
    public double[] breakStatistics() {
        return breakStatistics.clone();
    }

    /** @return the trimming fraction at each end of the sample */
    public double trim() {
        return trim;
    }

    /** @return how the lag was chosen (once, for all break dates) */
    public LagSelection lagSelection() {
        return lagSelection;
    }
}
