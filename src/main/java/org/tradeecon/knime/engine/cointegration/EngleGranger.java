package org.tradeecon.knime.engine.cointegration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tradeecon.knime.engine.regression.CollinearityException;
import org.tradeecon.knime.engine.regression.OlsFit;
import org.tradeecon.knime.engine.timeseries.OptionChecks;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.AdfTest;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.MacKinnon;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;

/**
 * The Engle-Granger (augmented Engle-Granger, "aeg") test of no cointegration among N = 2..6 series.
 *
 * <p>Step 1, the cointegrating regression: y_1,t = [c] + [δ·t] + [δ₂·t²] + β'·(y_2,t .. y_N,t) + u_t by OLS,
 * t = 1..n. Step 2: the ADF test without deterministic terms on the residuals û_t,
 * Δû_t = γ·û_{t−1} + Σ φ_i·Δû_{t−i} + e_t, with the lag chosen as in the unit-root engine ({@link AdfTest}:
 * fixed, AIC, BIC, HQIC or the t-statistic rule; maximum-lag rules and sample conventions as there). H0: γ = 0,
 * the residuals have a unit root, i.e. no cointegration; H1: γ &lt; 0, cointegration. τ = γ̂ / SE(γ̂).
 *
 * <p>p-value: MacKinnon (1994) approximate asymptotic distribution for N variables; critical values: MacKinnon
 * (2010) response surface for N variables at T = n − 1, where n is the number of observations of the series
 * (statsmodels' {@code coint}, which follows Stata's {@code egranger}). This is statsmodels' {@code coint(y0, y1,
 * trend, maxlag, autolag)} with method "aeg". Both normalisations ({@link #testEachNormalisation}) repeat the test
 * with each variable as the dependent in turn.
 */
public final class EngleGranger {

    /** The most variables MacKinnon's tables cover. */
    public static final int MAX_VARIABLES = MacKinnon.MAX_VARIABLES;

    private static final String TEST = "Engle-Granger test";
    private static final String[] TREND_NAMES = {"constant", "trend", "trend^2"};

    private EngleGranger() {
    }

    /**
     * Runs the test with the first series as the dependent variable.
     *
     * @param series N = 2..6 series of equal length (NaN = missing; rows with a missing value at the start or
     *        the end are trimmed and reported)
     * @param names one name per series
     * @param options deterministic terms, lag selection, α
     * @return the result for the regression of series[0] on the others
     * @throws IllegalArgumentException for bad input (see {@code SystemInput}: counts, lengths, infinite values,
     *         gaps, constant series), too few observations, perfectly collinear series, an exact fit, or an
     *         impossible lag (the messages say which)
     */
    public static EngleGrangerResult test(final double[][] series, final String[] names,
        final EngleGrangerOptions options) {
        OptionChecks.notNull(options, "the Engle-Granger options");
        SystemInput in = SystemInput.of(series, names, TEST, 2, MAX_VARIABLES);
        return test(in, 0, options);
    }

    /**
     * Runs the test once per normalisation: with each series as the dependent variable in turn, the others
     * (in their given order) as regressors. The tests can disagree; each result says which variable it normalised on.
     *
     * @see #test(double[][], String[], EngleGrangerOptions)
     * @return one result per series, in the order of the series
     */
    public static List<EngleGrangerResult> testEachNormalisation(final double[][] series, final String[] names,
        final EngleGrangerOptions options) {
        OptionChecks.notNull(options, "the Engle-Granger options");
        SystemInput in = SystemInput.of(series, names, TEST, 2, MAX_VARIABLES);
        List<EngleGrangerResult> out = new ArrayList<>();
        for (int d = 0; d < in.values.length; d++) {
            out.add(test(in, d, options));
        }
        return out;
    }

    private static EngleGrangerResult test(final SystemInput in, final int dependent,
        final EngleGrangerOptions o) {
        Deterministic det = o.deterministic();
        int n = in.length();
        int nVars = in.values.length;
        int nt = det.termCount();
        String dep = in.names.get(dependent);
        List<String> regressors = new ArrayList<>(in.names);
        regressors.remove(dependent);
        String model = "The cointegrating regression of " + dep + " on " + String.join(", ", regressors);
        // at least 3 residual degrees of freedom, the fewest the residual ADF regression can work with
        int minN = nt + nVars - 1 + 3;
        if (n < minN) {
            throw new IllegalArgumentException(TEST + ": n = " + n + " observations are too few for the"
                + " cointegrating regression of " + dep + " on " + (nVars - 1) + " regressor(s) with a "
                + det.description() + "; at least " + minN + " are needed.");
        }
        double[][] columns = new double[nt + nVars - 1][];
        String[] columnNames = new String[columns.length];
        for (int p = 0; p < nt; p++) {
            columns[p] = new double[n];
            for (int i = 0; i < n; i++) {
                columns[p][i] = Math.pow(i + 1.0, p);
            }
            columnNames[p] = TREND_NAMES[p];
        }
        for (int j = 0; j < regressors.size(); j++) {
            int src = j < dependent ? j : j + 1;
            columns[nt + j] = in.values[src];
            columnNames[nt + j] = regressors.get(j);
        }
        OlsFit fit;
        try {
            fit = OlsFit.fit(in.values[dependent], columns, columnNames, true, OlsFit.CollinearityPolicy.FAIL, model);
        } catch (CollinearityException e) {
            throw new IllegalArgumentException(TEST + ": " + model + " is not identified. " + e.getMessage(), e);
        }
        if (fit.isExactFit()) {
            throw new IllegalArgumentException(TEST + ": " + model + " fits exactly (the series are perfectly"
                + " collinear), so its residuals are rounding noise and the test is undefined. "
                + fit.exactFitReason().orElse(""));
        }
        double[] resid = fit.residuals();
        AdfResult adf = AdfTest.test(resid, o.residualTest(), "residuals of " + dep);

        UnitRootResult.Common c = new UnitRootResult.Common();
        c.leadingTrimmed = in.leadingTrimmed;
        c.trailingTrimmed = in.trailingTrimmed;
        String note = in.trimmingNote();
        if (note != null) {
            c.warnings.add(note);
        }
        c.warnings.addAll(fit.warnings());
        c.warnings.addAll(adf.warnings());
        c.testName = "Engle-Granger";
        c.statistic = adf.statistic();
        c.lags = adf.lags();
        c.observations = adf.observations();
        c.deterministic = det;
        c.alpha = o.alpha();
        c.nullHypothesis = "no cointegration: the residuals of the regression of " + dep + " on "
            + String.join(", ", regressors) + " have a unit root";
        c.alternativeHypothesis = "cointegration: the residuals are stationary";
        c.pValue = MacKinnon.pValue(c.statistic, det, nVars);
        if (MacKinnon.isOutsideTable(c.statistic, det, nVars)) {
            boolean low = c.pValue == 0.0;
            c.pValueKind = low ? UnitRootResult.PValueKind.UPPER_BOUND : UnitRootResult.PValueKind.LOWER_BOUND;
            c.warnings.add(String.format(Locale.ROOT, "tau = %.4g is outside the range of MacKinnon's (1994)"
                + " approximation for N = %d: p-value set to %s.", c.statistic, nVars, low ? "0" : "1"));
        }
        for (double level : MacKinnon.LEVELS) {
            c.criticalValues.put(level, MacKinnon.criticalValue(level, det, nVars, n - 1));
        }
        c.conventions.put("cointegrating regression", dep + " on " + String.join(", ", regressors) + " with a "
            + det.description() + (nt >= 2 ? " (t = 1..n)" : "") + ", n = " + n + " observations");
        adf.conventions().forEach((key, value) -> {
            if (key.startsWith("lag") || key.startsWith("maximum")) {
                c.conventions.put("residual ADF " + key, value);
            }
        });
        c.conventions.put("p-value", "MacKinnon (1994) approximate asymptotic p-value for N = " + nVars
            + " variables (as statsmodels coint)");
        c.conventions.put("critical values", "MacKinnon (2010) response surface for N = " + nVars + " at T = n - 1 = "
            + (n - 1) + " (as statsmodels coint and Stata egranger)");
        double[] b = fit.coefficients();
        List<EngleGrangerResult.Coefficient> coefs = new ArrayList<>();
        for (int p = 0; p < b.length; p++) {
            coefs.add(new EngleGrangerResult.Coefficient(columnNames[p], b[p]));
        }
        return new EngleGrangerResult(c, dep, regressors, coefs, fit, adf);
    }
}
