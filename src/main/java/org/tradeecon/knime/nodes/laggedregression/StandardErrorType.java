package org.tradeecon.knime.nodes.laggedregression;

import org.tradeecon.knime.engine.regression.CovarianceEstimator;
import org.tradeecon.knime.nodes.common.LabelledChoice;

/** The standard-error choices of the Lagged-Dependent Regression node (see {@link CovarianceEstimator}). */
enum StandardErrorType implements LabelledChoice {
    CLASSICAL("Classical (OLS)"), HC0("HC0 (White)"), HC1("HC1"), HC2("HC2"), HC3("HC3"),
    NEWEY_WEST("Newey-West (HAC)");

    private final String m_label;

    StandardErrorType(final String label) {
        m_label = label;
    }

    @Override
    public String label() {
        return m_label;
    }

    /**
     * @param neweyWestLag the Newey-West lag, or -1 for the automatic rule floor(4(n/100)^(2/9))
     * @param smallSample whether Newey-West applies the n/(n-k) factor
     */
    CovarianceEstimator estimator(final int neweyWestLag, final boolean smallSample) {
        return switch (this) {
            case CLASSICAL -> CovarianceEstimator.classical();
            case NEWEY_WEST -> neweyWestLag < 0 ? CovarianceEstimator.neweyWestAutomaticLag(smallSample)
                : CovarianceEstimator.neweyWest(neweyWestLag, smallSample);
            default -> CovarianceEstimator.heteroskedasticityConsistent(CovarianceEstimator.Type.valueOf(name()));
        };
    }
}
