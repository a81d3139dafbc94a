package org.tradeecon.knime.engine.unitroot;

/** Result of the KPSS stationarity test: the common unit-root result plus the long-run variance and lag rule. */
public final class KpssResult extends UnitRootResult {

    private final double longRunVariance;
    private final KpssLagRule lagRule;

    KpssResult(final Common common, final double longRunVariance, final KpssLagRule lagRule) {
        super(common);
        this.longRunVariance = longRunVariance;
        this.lagRule = lagRule;
    }

    /** @return the Bartlett long-run variance estimate ŝ² used as the denominator (&gt; 0) */
    public double longRunVariance() {
        return longRunVariance;
    }

    /** @return the rule that chose {@link #lags()} */
    public KpssLagRule lagRule() {
        return lagRule;
    }
}
