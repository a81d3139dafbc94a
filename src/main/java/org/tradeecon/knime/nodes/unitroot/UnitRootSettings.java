package org.tradeecon.knime.nodes.unitroot;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.nodes.common.TestSettings;
import org.tradeecon.knime.nodes.common.SeriesTestNodeModel;
import org.tradeecon.knime.nodes.common.Choice;

/**
 * All settings of the Unit Root Test node (one instance per NodeModel, and a fresh one to validate incoming
 * settings). Keys: {@value #CFG_TEST} here, the ADF/KPSS keys in {@link TestSettings}, the series keys in
 * {@link org.tradeecon.knime.nodes.common.CommonSettings}.
 */
final class UnitRootSettings extends SeriesTestNodeModel.Settings {
    static final String CFG_TEST = "test";
    static final String LABEL_TEST = "Test";

    /** The tests offered: true = ADF, false = KPSS. */
    static final List<Choice<Boolean>> TESTS = List.of(new Choice<>("Augmented Dickey-Fuller (ADF)", true, "ADF"),
        new Choice<>("KPSS (stationarity)", false, "KPSS"));

    final SettingsModelString m_test = m_set.add(createTestModel(), LABEL_TEST);

    static SettingsModelString createTestModel() {
        return new SettingsModelString(CFG_TEST, TESTS.get(0).label());
    }

    /** @return true for ADF, false for KPSS */
    boolean adf() throws InvalidSettingsException {
        return Choice.parse(m_test.getStringValue(), LABEL_TEST, TESTS);
    }

    @Override
    public void check() throws InvalidSettingsException {
        super.check();
        Deterministic terms = m_tests.terms();
        if (!adf() && terms != Deterministic.CONSTANT && terms != Deterministic.TREND) {
            throw new InvalidSettingsException("KPSS tests stationarity around a level or a linear trend: set \""
                + TestSettings.LABEL_DETERMINISTIC + "\" to \"" + Choice.label(Deterministic.CONSTANT,
                    TestSettings.TERMS) + "\" or \"" + Choice.label(Deterministic.TREND, TestSettings.TERMS)
                + "\" (it is \"" + Choice.label(terms, TestSettings.TERMS) + "\").");
        }
    }
}
