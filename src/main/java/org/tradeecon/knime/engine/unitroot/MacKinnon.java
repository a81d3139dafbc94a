package org.tradeecon.knime.engine.unitroot;

import java.util.EnumMap;
import java.util.Map;

import org.tradeecon.knime.engine.regression.StandardNormal;


/**
 * MacKinnon's p-values and critical values for the Dickey-Fuller τ statistic of one series (N = 1) and for the
 * Engle-Granger τ statistic of the residuals of a cointegrating regression on N = 2..6 variables. The
 * coefficients are published numbers kept with their citations in the resources {@code mackinnon1994.txt}
 * and {@code mackinnon2010.txt} beside this class.
 *
 * <ul>
 * <li>{@link #pValue}: MacKinnon (1994) approximate asymptotic p-value, what Stata's {@code dfuller} prints
 * ("MacKinnon approximate p-value for Z(t)") and statsmodels' {@code adfuller} returns.</li>
 * <li>{@link #criticalValue}: MacKinnon (2010) response-surface critical values for a regression with T
 * observations (statsmodels' {@code mackinnoncrit}).</li>
 * </ul>
 * MacKinnon (1996) finite-sample p-values (numerical distribution functions) are not implemented.
 */
public final class MacKinnon {

    /** The significance levels of the tabulated critical values. */
    public static final double[] LEVELS = {0.01, 0.05, 0.10};

    /** The largest number of variables N with tabulated p-value and critical-value coefficients. */
    public static final int MAX_VARIABLES = 6;

    // indexed [N - 1]; CRIT[N - 1][level] is null where the paper has no row (no constant with N > 1)
    private static final Map<Deterministic, double[][]> BOUNDS = new EnumMap<>(Deterministic.class);
    private static final Map<Deterministic, double[][]> SMALL_P = new EnumMap<>(Deterministic.class);
    private static final Map<Deterministic, double[][]> LARGE_P = new EnumMap<>(Deterministic.class);
    private static final Map<Deterministic, double[][][]> CRIT = new EnumMap<>(Deterministic.class);

    static {
        CoefficientFile t94 = new CoefficientFile("mackinnon1994.txt");
        double[] smallScale = t94.numbers("small.scale");
        double[] largeScale = t94.numbers("large.scale");
        CoefficientFile t10 = new CoefficientFile("mackinnon2010.txt");
        for (Deterministic d : Deterministic.values()) {
            double[][] bounds = new double[MAX_VARIABLES][];
            double[][] small = new double[MAX_VARIABLES][];
            double[][] large = new double[MAX_VARIABLES][];
            double[][][] crit = new double[MAX_VARIABLES][][];
            for (int n = 1; n <= MAX_VARIABLES; n++) {
                String nn = Integer.toString(n);
                bounds[n - 1] = t94.numbers("bounds", d.code(), nn);
                small[n - 1] = scaled(t94.numbers("small", d.code(), nn), smallScale);
                large[n - 1] = scaled(t94.numbers("large", d.code(), nn), largeScale);
                if (d != Deterministic.NONE || n == 1) {
                    crit[n - 1] = new double[LEVELS.length][];
                    for (int i = 0; i < LEVELS.length; i++) {
                        crit[n - 1][i] = t10.numbers("crit", d.code(), nn,
                            String.format(java.util.Locale.ROOT, "%.2f", LEVELS[i]));
                    }
                }
            }
            BOUNDS.put(d, bounds);
            SMALL_P.put(d, small);
            LARGE_P.put(d, large);
            CRIT.put(d, crit);
        }
    }

    private MacKinnon() {
    }

    private static double[] scaled(final double[] printed, final double[] scale) {
        double[] c = new double[printed.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = printed[i] * scale[i];
        }
        return c;
    }

    /**
     * MacKinnon (1994) approximate asymptotic p-value of a Dickey-Fuller τ statistic:
     * p = Φ(γ0 + γ1·τ + γ2·τ²) for τ ≤ τ*, p = Φ(γ0 + γ1·τ + γ2·τ² + γ3·τ³) for τ* &lt; τ ≤ τ_max,
     * 0 below τ_min and 1 above τ_max (use {@link #isOutsideTable} to say so).
     *
     * @param tau the τ statistic (finite)
     * @param terms the deterministic terms of the regression
     * @return the p-value in [0, 1]
     * @throws IllegalArgumentException when tau is not finite
     */
    public static double pValue(final double tau, final Deterministic terms) {
        return pValue(tau, terms, 1);
    }

    /**
     * MacKinnon (1994) approximate asymptotic p-value of the τ statistic for N variables: N = 1 is the
     * Dickey-Fuller test, N = 2..6 the Engle-Granger test on the residuals of a regression of one variable on
     * N − 1 others with the given deterministic terms (statsmodels' {@code mackinnonp(tau, regression, N)}).
     *
     * @param tau the τ statistic (finite)
     * @param terms the deterministic terms of the (cointegrating) regression
     * @param variables N, 1..{@value #MAX_VARIABLES}
     * @return the p-value in [0, 1]
     * @throws IllegalArgumentException when tau is not finite or N is outside 1..6
     */
    public static double pValue(final double tau, final Deterministic terms, final int variables) {
        if (!Double.isFinite(tau)) {
            throw new IllegalArgumentException("The tau statistic must be finite, got " + tau + ".");
        }
        int n = variableIndex(variables);
        double[] b = BOUNDS.get(terms)[n];
        if (tau < b[0]) {
            return 0.0;
        }
        if (tau > b[2]) {
            return 1.0;
        }
        return surface(tau, terms, n);
    }

    /**
     * @param terms the deterministic terms
     * @return {τ_min, τ_max} of MacKinnon (1994) for N = 1: outside them {@link #pValue} is cut off to 0 or 1
     */
    public static double[] tableEnds(final Deterministic terms) {
        double[] b = BOUNDS.get(terms)[0];
        return new double[] {b[0], b[2]};
    }

    private static double surface(final double tau, final Deterministic terms, final int n) {
        double[] b = BOUNDS.get(terms)[n];
        double[] g = tau <= b[1] ? SMALL_P.get(terms)[n] : LARGE_P.get(terms)[n];
        double z = 0.0;
        for (int i = g.length - 1; i >= 0; i--) {
            z = z * tau + g[i];
        }
        return StandardNormal.cdf(z);
    }

    /**
     * @param tau the τ statistic
     * @param terms the deterministic terms
     * @return whether τ lies below τ_min or above τ_max of MacKinnon (1994), where the p-value is set to 0 or 1
     */
    public static boolean isOutsideTable(final double tau, final Deterministic terms) {
        return isOutsideTable(tau, terms, 1);
    }

    /**
     * @param tau the τ statistic
     * @param terms the deterministic terms
     * @param variables N, 1..{@value #MAX_VARIABLES}
     * @return whether τ lies below τ_min or above τ_max of MacKinnon (1994) for N variables
     */
    public static boolean isOutsideTable(final double tau, final Deterministic terms, final int variables) {
        double[] b = BOUNDS.get(terms)[variableIndex(variables)];
        return tau < b[0] || tau > b[2];
    }

    private static int variableIndex(final int variables) {
        if (variables < 1 || variables > MAX_VARIABLES) {
            throw new IllegalArgumentException("MacKinnon's tables cover N = 1.." + MAX_VARIABLES
                + " variables, not " + variables + ".");
        }
        return variables - 1;
    }

    /**
     * MacKinnon (2010) critical value C(T) = β∞ + β1/T + β2/T² + β3/T³.
     *
     * @param level 0.01, 0.05 or 0.10
     * @param terms deterministic terms
     * @param observations T, the number of observations in the test regression (&ge; 1); use
     *        {@link Integer#MAX_VALUE} for the asymptotic value β∞
     * @return the critical value
     * @throws IllegalArgumentException for another level or T &lt; 1
     */
    public static double criticalValue(final double level, final Deterministic terms, final int observations) {
        return criticalValue(level, terms, 1, observations);
    }

    /**
     * MacKinnon (2010) critical value C(T) = β∞ + β1/T + β2/T² + β3/T³ for N variables (statsmodels'
     * {@code mackinnoncrit(N, regression, nobs)}).
     *
     * @param level 0.01, 0.05 or 0.10
     * @param terms deterministic terms; {@link Deterministic#NONE} only for N = 1 (the paper has no such rows)
     * @param variables N, 1..{@value #MAX_VARIABLES}
     * @param observations T (&ge; 1); {@link Integer#MAX_VALUE} for the asymptotic value β∞
     * @return the critical value
     * @throws IllegalArgumentException for another level, T &lt; 1, N outside 1..6, or no constant with N &gt; 1
     */
    public static double criticalValue(final double level, final Deterministic terms, final int variables,
        final int observations) {
        double[][] table = CRIT.get(terms)[variableIndex(variables)];
        if (table == null) {
            throw new IllegalArgumentException("MacKinnon (2010) has no critical values for a cointegrating"
                + " regression without a constant (N = " + variables + "); use a constant or a constant and trend.");
        }
        if (observations < 1) {
            throw new IllegalArgumentException("The number of observations must be at least 1, got "
                + observations + ".");
        }
        for (int i = 0; i < LEVELS.length; i++) {
            if (LEVELS[i] == level) {
                double[] c = table[i];
                if (observations == Integer.MAX_VALUE) {
                    return c[0];
                }
                double inv = 1.0 / observations;
                return c[0] + inv * (c[1] + inv * (c[2] + inv * c[3]));
            }
        }
        throw new IllegalArgumentException("MacKinnon (2010) critical values exist for the levels 0.01, 0.05 and"
            + " 0.10, not " + level + ".");
    }
}
