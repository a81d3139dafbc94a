package org.tradeecon.knime.nodes.mapper;

import static org.tradeecon.knime.nodes.mapper.CategoryMapperSettings.*;

import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObjectSpec;
import org.tradeecon.knime.nodes.common.SettingsPane;

/** Dialog of the High-Tech Category Mapper node. */
final class CategoryMapperNodeDialog extends SettingsPane {
    @SuppressWarnings("unchecked")
    CategoryMapperNodeDialog() {
        createNewGroup("Trade records");
        addDialogComponent(new DialogComponentColumnNameSelection(createCodeModel(), LABEL_CODE, 0, true, false,
            StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(createYearModel(), LABEL_YEAR, 0, false, true,
            IntValue.class, LongValue.class, StringValue.class));
        SettingsModelString flow = createFlowModel();
        SettingsModelString fixedFlow = createFixedFlowModel();
        // one flow for all records only when no flow column says it per record
        addRule(() -> fixedFlow.setEnabled(flow.getStringValue() == null || flow.getStringValue().isBlank()), flow);
        addDialogComponent(new DialogComponentColumnNameSelection(flow, LABEL_FLOW, 0, false, true,
            StringValue.class));
        addDialogComponent(new DialogComponentStringSelection(fixedFlow, LABEL_FIXED_FLOW, FLOW_CHOICES));
        addDialogComponent(new DialogComponentColumnNameSelection(createValueModel(), LABEL_VALUE, 0, false, true,
            DoubleValue.class));
        createNewGroup("Matching");
        SettingsModelBoolean prefix = createPrefixModel();
        SettingsModelIntegerBounded shortest = createMinPrefixModel();
        // the shortest prefix matters only with prefix matching
        addRule(() -> shortest.setEnabled(prefix.getBooleanValue()), prefix);
        addDialogComponent(new DialogComponentBoolean(prefix, LABEL_PREFIX));
        addDialogComponent(new DialogComponentNumber(shortest, LABEL_MIN_PREFIX, 1));
        addDialogComponent(new DialogComponentBoolean(createAggregateModel(), LABEL_AGGREGATE));
        createNewTab(ADVANCED); // the first tab keeps what most analyses change
        createNewGroup("Custom concordance (second input, optional)");
        SettingsModelString[] concordance = {createConcordanceCodeModel(), createConcordanceCategoryModel(),
            createConcordanceNameModel(), createConcordanceYearModel()};
        // the concordance columns apply only when a concordance table is connected
        addRule(() -> {
            for (SettingsModelString m : concordance) {
                m.setEnabled(m_concordanceConnected);
            }
        });
        addDialogComponent(new DialogComponentColumnNameSelection(concordance[0], LABEL_CONC_CODE, 1, false, true,
            StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(concordance[1], LABEL_CONC_CATEGORY, 1, false,
            true, DataValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(concordance[2], LABEL_CONC_NAME, 1, false, true,
            StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(concordance[3], LABEL_CONC_YEAR, 1, false, true,
            IntValue.class, LongValue.class, StringValue.class));
        closeCurrentGroup();
    }

    /** Whether the second input (a concordance table) is connected, known once the dialog loads. */
    private boolean m_concordanceConnected;

    @Override
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        m_concordanceConnected = specs != null && specs.length > 1 && specs[1] != null;
        super.loadAdditionalSettingsFrom(settings, specs);
    }
}
