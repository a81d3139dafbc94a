package org.tradeecon.knime.engine.cointegration;

import java.util.Objects;

import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * Settings of the Johansen test. Immutable; each {@code with...} method returns a copy. Defaults: an unrestricted
 * constant (case 3), one lagged difference (a VAR of order 2 in levels, R urca's default K = 2), α = 0.05, and
 * the simulation defaults of {@link SimulationOptions} for the critical values and p-values.
 */
public final class JohansenOptions {

    /** How the number of lagged differences p of the VECM is chosen. */
    public enum LagOrder {
        /** The given number of lagged differences. */
        FIXED("fixed"),
        /** Akaike's criterion, ln det Σ + 2·m/T. */
        AIC("Akaike information criterion"),
        /** Schwarz's criterion, ln det Σ + ln T·m/T. */
        BIC("Bayesian (Schwarz) information criterion"),
        /** Hannan and Quinn's criterion, ln det Σ + 2 ln ln T·m/T. */
        HQ("Hannan-Quinn information criterion");

        private final String description;

        LagOrder(final String description) {
            this.description = description;
        }

        /** @return the rule in words */
        public String description() {
            return description;
        }

        /** @return the penalty per parameter times T, for T observations (not for {@link #FIXED}) */
        double penalty(final int observations) {
            switch (this) {
                case AIC:
                    return 2.0;
                case BIC:
                    return Math.log(observations);
                case HQ:
                    return 2.0 * Math.log(Math.log(observations));
                default:
                    throw new IllegalStateException("A fixed lag order has no criterion.");
            }
        }
    }

    /** The default number of lagged differences (fixed) and the default largest candidate (searched). */
    public static final int DEFAULT_LAGS = 1;
    /** The default largest number of lagged differences compared by a criterion. */
    public static final int DEFAULT_MAX_LAGS = 4;

    private final JohansenCase deterministic;
    private final LagOrder lagOrder;
    private final int lags;
    private final double alpha;
    private final SimulationOptions simulation;

    private JohansenOptions(final JohansenCase deterministic, final LagOrder lagOrder, final int lags,
        final double alpha, final SimulationOptions simulation) {
        this.deterministic = deterministic;
        this.lagOrder = lagOrder;
        this.lags = lags;
        this.alpha = alpha;
        this.simulation = simulation;
    }

    /** @return the defaults described above */
    public static JohansenOptions defaults() {
        return new JohansenOptions(JohansenCase.UNRESTRICTED_CONSTANT, LagOrder.FIXED, DEFAULT_LAGS, 0.05,
            SimulationOptions.defaults());
    }

    /**
     * @param terms the deterministic case
     * @return a copy
     */
    public JohansenOptions withDeterministic(final JohansenCase terms) {
        Objects.requireNonNull(terms, "terms");
        return new JohansenOptions(terms, lagOrder, lags, alpha, simulation);
    }

    /**
     * @param rule fixed, or the criterion that chooses the lagged differences among 0 to {@link #lags()}
     * @return a copy
     */
    public JohansenOptions withLagOrder(final LagOrder rule) {
        Objects.requireNonNull(rule, "rule");
        return new JohansenOptions(deterministic, rule, lags, alpha, simulation);
    }

    /**
     * @param p the number of lagged differences (fixed) or the largest candidate (searched), &ge; 0
     * @return a copy
     * @throws IllegalArgumentException when p &lt; 0
     */
    public JohansenOptions withLags(final int p) {
        OptionChecks.count("The number of lagged differences", p, 0, Integer.MAX_VALUE, "");
        return new JohansenOptions(deterministic, lagOrder, p, alpha, simulation);
    }

    /**
     * @param level significance level of the decisions, in (0, 1)
     * @return a copy
     * @throws IllegalArgumentException when outside (0, 1)
     */
    public JohansenOptions withAlpha(final double level) {
        return new JohansenOptions(deterministic, lagOrder, lags, OptionChecks.significanceLevel(level), simulation);
    }

    /**
     * @param options replications, seed and threads of the simulated null distributions
     * @return a copy
     */
    public JohansenOptions withSimulation(final SimulationOptions options) {
        Objects.requireNonNull(options, "options");
        return new JohansenOptions(deterministic, lagOrder, lags, alpha, options);
    }

    /** @return the deterministic case */
    public JohansenCase deterministic() {
        return deterministic;
    }

    /** @return how the lagged differences are chosen */
    public LagOrder lagOrder() {
        return lagOrder;
    }

    /** @return the number of lagged differences (fixed) or the largest candidate (searched) */
    public int lags() {
        return lags;
    }

    /** @return the significance level of the decisions */
    public double alpha() {
        return alpha;
    }

    /** @return the simulation settings */
    public SimulationOptions simulation() {
        return simulation;
    }
}
