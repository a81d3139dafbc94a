package org.tradeecon.knime.nodes.dols;

import org.tradeecon.knime.engine.regression.InformationCriterion;
import org.tradeecon.knime.engine.regression.StockWatsonDols;
import org.tradeecon.knime.nodes.common.LabelledChoice;

/** The selection lists of the Dynamic OLS node. */
final class DolsChoices {
    private DolsChoices() {
    }

    /** How the numbers of leads and lags are set. */
    enum LeadLagRule implements LabelledChoice {
        FIXED("Fixed", null), AIC("AIC", InformationCriterion.AIC), BIC("BIC", InformationCriterion.BIC);

        private final String m_label;
        final InformationCriterion m_criterion;

        LeadLagRule(final String label, final InformationCriterion criterion) {
            m_label = label;
            m_criterion = criterion;
        }

        @Override
        public String label() {
            return m_label;
        }
    }

    /** Standard errors of the cointegrating coefficients. */
    enum StandardErrors implements LabelledChoice {
        LONG_RUN_VARIANCE("Long-run variance (Stock-Watson)", StockWatsonDols.StandardErrors.LONG_RUN_VARIANCE_SCALED),
        NEWEY_WEST("Newey-West HAC", StockWatsonDols.StandardErrors.HAC_BARTLETT);

        private final String m_label;
        final StockWatsonDols.StandardErrors m_engine;

        StandardErrors(final String label, final StockWatsonDols.StandardErrors engine) {
            m_label = label;
            m_engine = engine;
        }

        @Override
        public String label() {
            return m_label;
        }
    }
}
