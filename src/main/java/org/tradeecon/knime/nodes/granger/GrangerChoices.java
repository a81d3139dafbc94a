package org.tradeecon.knime.nodes.granger;

import org.tradeecon.knime.engine.granger.GrangerBootstrap;
import org.tradeecon.knime.engine.granger.GrangerResult;
import org.tradeecon.knime.engine.granger.LagOrderSelection;
import org.tradeecon.knime.engine.regression.InformationCriterion;
import org.tradeecon.knime.nodes.common.LabelledChoice;

/** The selection lists of the Granger Causality node. */
final class GrangerChoices {
    private GrangerChoices() {
    }

    /** Which pairs are tested. */
    enum Pairs implements LabelledChoice {
        ALL_PAIRS("All pairs of the chosen columns, both directions"), ONE_PAIR("One pair: cause X -> effect Y");

        private final String m_label;

        Pairs(final String label) {
            m_label = label;
        }

        @Override
        public String label() {
            return m_label;
        }
    }

    /** How the lag order is set. */
    enum LagRule implements LabelledChoice {
        FIXED("Fixed", null), AIC("AIC", InformationCriterion.AIC), BIC("BIC", InformationCriterion.BIC),
        TABLE("Table over lags 1..P", null);

        private final String m_label;
        final InformationCriterion m_criterion;

        LagRule(final String label, final InformationCriterion criterion) {
            m_label = label;
            m_criterion = criterion;
        }

        @Override
        public String label() {
            return m_label;
        }
    }

    /** The model on which AIC/BIC are computed. */
    enum SelectionModel implements LabelledChoice {
        VAR("VAR of both series", LagOrderSelection.Model.VAR),
        EQUATION("Equation of the effect", LagOrderSelection.Model.EQUATION);

        private final String m_label;
        final LagOrderSelection.Model m_engine;

        SelectionModel(final String label, final LagOrderSelection.Model engine) {
            m_label = label;
            m_engine = engine;
        }

        @Override
        public String label() {
            return m_label;
        }
    }

    /** The reported test statistic. */
    enum Statistic implements LabelledChoice {
        F("F", GrangerResult.Statistic.F), WALD("Chi-squared (Wald)", GrangerResult.Statistic.WALD),
        SSR_CHI2("Chi-squared (SSR-based)", GrangerResult.Statistic.SSR_CHI2),
        LR("Likelihood ratio", GrangerResult.Statistic.LR);

        private final String m_label;
        final GrangerResult.Statistic m_engine;

        Statistic(final String label, final GrangerResult.Statistic engine) {
            m_label = label;
            m_engine = engine;
        }

        @Override
        public String label() {
            return m_label;
        }

        /** @return the choice standing for the engine's statistic */
        static Statistic of(final GrangerResult.Statistic engine) {
            for (Statistic s : values()) {
                if (s.m_engine == engine) {
                    return s;
                }
            }
            throw new IllegalArgumentException(String.valueOf(engine));
        }
    }

    /** The bootstrap p-value beside the table one (issue 15). */
    enum Bootstrap implements LabelledChoice {
        NONE("None", null),
        RESIDUAL("Residual bootstrap under the null", GrangerBootstrap.Method.RESIDUAL),
        LEVERAGED("Leveraged bootstrap (Hacker and Hatemi-J 2006)", GrangerBootstrap.Method.LEVERAGED);

        private final String m_label;
        final GrangerBootstrap.Method m_engine;

        Bootstrap(final String label, final GrangerBootstrap.Method engine) {
            m_label = label;
            m_engine = engine;
        }

        @Override
        public String label() {
            return m_label;
        }
    }
}
