package org.tradeecon.knime.engine.cointegration;

import java.util.List;

import org.tradeecon.knime.engine.regression.OlsFit;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;

/**
 * Result of the Engle-Granger test for one normalisation (one variable as the dependent): the common test result
 * ({@link #statistic()} is the ADF τ of the residuals, {@link #lags()} its lag, {@link #observations()} the
 * observations of the residual ADF regression), plus the cointegrating regression and the residual ADF test.
 */
public final class EngleGrangerResult extends UnitRootResult {

    /**
     * One coefficient of the cointegrating regression. No standard error is given: under the null the
     * regression is spurious and under the alternative its OLS standard errors are not valid (use DOLS for
     * inference on the long-run coefficients).
     *
     * @param name "constant", "trend", "trend^2" or a regressor's name
     * @param estimate the OLS estimate
     */
    public record Coefficient(String name, double estimate) {
    }

    private final String dependent;
    private final List<String> regressors;
    private final List<Coefficient> coefficients;
    private final double[] residuals;
    private final int cointegratingObservations;
    private final AdfResult residualTest;
    private final OlsFit fit;

    EngleGrangerResult(final Common common, final String dependent, final List<String> regressors,
        final List<Coefficient> coefficients, final OlsFit fit, final AdfResult residualTest) {
        super(common);
        this.fit = fit;
        double[] residuals = fit.residuals();
        this.dependent = dependent;
        this.regressors = List.copyOf(regressors);
        this.coefficients = List.copyOf(coefficients);
        this.residuals = residuals.clone();
        this.cointegratingObservations = residuals.length;
        this.residualTest = residualTest;
    }

    /** @return the name of the dependent variable of the cointegrating regression (the normalisation) */
    public String dependent() {
        return dependent;
    }

    /** @return the names of the other variables, the regressors of the cointegrating regression */
    public List<String> regressors() {
        return regressors;
    }

    /** @return N, the number of variables (dependent and regressors), which selects MacKinnon's table */
    public int variables() {
        return regressors.size() + 1;
    }

    /** @return the cointegrating regression's coefficients: deterministic terms first, then the regressors */
    public List<Coefficient> coefficients() {
        return coefficients;
    }

    /** @return the residuals of the cointegrating regression (a copy), one per observation used */
    public double[] residuals() {
        return residuals.clone();
    }

    /**
     * @return the cointegrating regression itself, e.g. for its fitted values; its t statistics and p-values are
     *         not valid (see {@link Coefficient})
     */
    public OlsFit cointegratingFit() {
        return fit;
    }

    /** @return the observations of the cointegrating regression (after trimming missing rows) */
    public int cointegratingObservations() {
        return cointegratingObservations;
    }

    /**
     * @return the ADF test on the residuals (no deterministic terms), with its lag search; its own p-value and
     *         critical values are those of a unit-root test (N = 1) and do NOT apply to residuals
     */
    public AdfResult residualTest() {
        return residualTest;
    }

    /** @return "cointegration" when the null of no cointegration is rejected at the chosen α, else "no cointegration" */
    public String conclusion() {
        return rejectsNull() ? "cointegration" : "no cointegration";
    }
}
