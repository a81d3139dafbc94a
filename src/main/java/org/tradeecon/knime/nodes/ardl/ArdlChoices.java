package org.tradeecon.knime.nodes.ardl;

import org.tradeecon.knime.engine.cointegration.ArdlOptions;
import org.tradeecon.knime.engine.cointegration.BoundsCase;
import org.tradeecon.knime.nodes.common.LabelledChoice;

/** The labelled choices of the ARDL Bounds Test node. */
final class ArdlChoices {
    private ArdlChoices() {
    }

    /** The PSS (2001) case, as the dialog shows it. */
    enum Case implements LabelledChoice {
        I("I: no intercept, no trend"), II("II: restricted intercept, no trend"),
        III("III: unrestricted intercept, no trend"), IV("IV: unrestricted intercept, restricted trend"),
        V("V: unrestricted intercept and trend");

        private final String m_label;

        Case(final String label) {
            m_label = label;
        }

        @Override
        public String label() {
            return m_label;
        }

        BoundsCase engine() {
            return BoundsCase.valueOf(name());
        }
    }

    /** How the lag orders are chosen. */
    enum Orders implements LabelledChoice {
        AIC("Search by AIC"), BIC("Search by BIC"), FIXED("Fixed");

        private final String m_label;

        Orders(final String label) {
            m_label = label;
        }

        @Override
        public String label() {
            return m_label;
        }

        ArdlOptions.OrderSelection engine() {
            return ArdlOptions.OrderSelection.valueOf(name());
        }
    }

    /** The significance levels PSS tabulate. */
    enum Level implements LabelledChoice {
        TEN("10%", 0.10), FIVE("5%", 0.05), TWO_AND_A_HALF("2.5%", 0.025), ONE("1%", 0.01);

        private final String m_label;
        private final double m_level;

        Level(final String label, final double level) {
            m_label = label;
            m_level = level;
        }

        @Override
        public String label() {
            return m_label;
        }

        double level() {
            return m_level;
        }
    }
}
