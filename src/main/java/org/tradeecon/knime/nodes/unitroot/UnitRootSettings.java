package org.tradeecon.knime.nodes.unitroot;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.NodeSettingsSet;

/**
 * All settings of the Unit Root Test node (one instance per NodeModel, and a fresh one to validate incoming
 * settings). Keys: {@value #CFG_TEST} here, the ADF/KPSS keys in {@link TestSettings}, the series keys in
 * {@link CommonSettings}.
 */
final class UnitRootSettings {
    static final String CFG_TEST = "test";
    static final String LABEL_TEST = "Test";

    /** Missing values can only be refused or avoided: a test needs a gap-free series. */
    static final MissingValuePolicy DEFAULT_MISSING = MissingValuePolicy.FAIL;
    static final MissingValuePolicy[] OFFERED = {MissingValuePolicy.FAIL,
        MissingValuePolicy.LONGEST_COMPLETE_STRETCH};

    /** The tests offered. */
    enum TestKind implements Choices.Labelled {
        ADF("Augmented Dickey-Fuller (ADF)"), KPSS("KPSS (stationarity)");

        private final String m_label;

        TestKind(final String label) {
            m_label = label;
        }

        @Override
        public String label() {
            return m_label;
        }
    }

    final NodeSettingsSet m_set = new NodeSettingsSet();
    final SettingsModelColumnFilter2 m_columns =
        m_set.add(CommonSettings.createColumnsModel(), CommonSettings.LABEL_COLUMNS);
    final SettingsModelString m_test = m_set.add(createTestModel(), LABEL_TEST);
    final TestSettings m_tests = new TestSettings(m_set);
    final SettingsModelString m_time = m_set.add(CommonSettings.createTimeColumnModel(), CommonSettings.LABEL_TIME);
    final SettingsModelString m_group =
        m_set.add(CommonSettings.createGroupColumnModel(), CommonSettings.LABEL_GROUP);
    final SettingsModelString m_missing =
        m_set.add(CommonSettings.createMissingValuesModel(DEFAULT_MISSING), CommonSettings.LABEL_MISSING);

    static SettingsModelString createTestModel() {
        return new SettingsModelString(CFG_TEST, TestKind.ADF.label());
    }

    TestKind test() throws InvalidSettingsException {
        return Choices.parse(m_test.getStringValue(), LABEL_TEST, TestKind.values());
    }

    MissingValuePolicy missing() throws InvalidSettingsException {
        return MissingValuePolicy.fromSetting(m_missing.getStringValue(), OFFERED);
    }

    /** Checks every choice and their combination; the message says what to change. */
    void check() throws InvalidSettingsException {
        m_tests.check();
        missing();
        if (test() == TestKind.KPSS && !List.of(TestSettings.Terms.CONSTANT, TestSettings.Terms.TREND)
            .contains(m_tests.terms())) {
            throw new InvalidSettingsException("KPSS tests stationarity around a level or a linear trend: set \""
                + TestSettings.LABEL_DETERMINISTIC + "\" to \"" + TestSettings.Terms.CONSTANT.label() + "\" or \""
                + TestSettings.Terms.TREND.label() + "\" (it is \"" + m_tests.terms().label() + "\").");
        }
    }
}
