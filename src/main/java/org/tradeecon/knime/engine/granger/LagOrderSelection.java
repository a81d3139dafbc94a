package org.tradeecon.knime.engine.granger;

import org.tradeecon.knime.engine.regression.InformationCriterion;

/**
 * The lag order chosen for a Granger test by an information criterion, with the criterion value of every
 * candidate lag 1..P, all computed on the same (common) sample. Immutable.
 */
public final class LagOrderSelection {

    /** Which model the criterion is computed on. */
    public enum Model {
        /**
         * The bivariate VAR: ln det(Σ_ML) + c·(p·K² + K)/n with K = 2 equations, c = 2 (AIC) or ln n (BIC),
         * Σ_ML = residual cross products / n (Lütkepohl 2005; statsmodels' {@code VAR.select_order}).
         */
        VAR,
        /**
         * The single equation of the effect (effect on a constant, p own lags and p cause lags), in the OLS
         * convention −2ℓ + c·k with k = 2p + 1 ({@link InformationCriterion}).
         */
        EQUATION
    }

    /**
     * The form in which the VAR criterion is written (issue 15); both choose the same lag. The single equation's
     * criterion is −2ℓ + c·k in every tool compared (statsmodels, gretl) and has no form to choose.
     */
    public enum VarForm {
        /** ln det(Σ_ML) + c·(p·K² + K)/n: statsmodels' {@code VAR.select_order}, Lütkepohl (2005). */
        LOG_DETERMINANT,
        /**
         * −2ℓ/n + c·(p·K² + K)/n with the full Gaussian log-likelihood ℓ, i.e. the log-determinant form plus
         * K·(1 + ln 2π): gretl's {@code var --lagselect}.
         */
        LOG_LIKELIHOOD;

        /** @return what this form adds to the log-determinant form of a VAR with the given number of equations */
        double shift(final int equations) {
            return this == LOG_DETERMINANT ? 0.0 : equations * (1.0 + Math.log(2.0 * Math.PI));
        }
    }

    private final InformationCriterion criterion;
    private final Model model;
    private final VarForm varForm;
    private final double[] values;
    private final int chosenLag;
    private final int observations;

    LagOrderSelection(final InformationCriterion criterion, final Model model, final VarForm varForm,
        final double[] values, final int observations) {
        this.criterion = criterion;
        this.model = model;
        this.varForm = varForm;
        this.values = values.clone();
        this.observations = observations;
        int best = 0;
        for (int p = 1; p < values.length; p++) {
            if (values[p] < values[best]) {
                best = p;
            }
        }
        this.chosenLag = best + 1;
    }

    /** @return the criterion used */
    public InformationCriterion criterion() {
        return criterion;
    }

    /** @return the model the criterion was computed on */
    public Model model() {
        return model;
    }

    /** @return the form of the VAR criterion ({@code LOG_DETERMINANT} for the single equation, which has one form) */
    public VarForm varForm() {
        return varForm;
    }

    /** @return the lag with the smallest criterion (the first one on ties) */
    public int chosenLag() {
        return chosenLag;
    }

    /** @return criterion values; element p − 1 belongs to lag p */
    public double[] values() {
        return values.clone();
    }

    /** @return observations of the common sample (series length minus the maximum lag) */
    public int observations() {
        return observations;
    }
}
