package org.tradeecon.knime.nodes.common;

import java.util.ArrayList;
import java.util.List;

import javax.swing.JFormattedTextField;
import javax.swing.JSpinner;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObjectSpec;

/**
 * The dialog base of this extension's nodes: a {@link DefaultNodeSettingsPane} whose options that do not apply to
 * the current choice are disabled, and whose integer spinners show plain numbers.
 *
 * <p>Why the rules are re-applied after loading: KNIME loads each SettingsModel's saved enabled status with its
 * value (the {@code <key>_Internals} config), and the node model always saves "enabled", so loading the node's
 * settings into the dialog would switch every dependent option back on.
 */
public class SettingsPane extends DefaultNodeSettingsPane {
    /** Integer spinners: no grouping separator (a year must read 2004, not "2,004"). */
    static final String INTEGER_PATTERN = "0";

    private final List<Runnable> m_rules = new ArrayList<>();
    private final List<SettingsModelString> m_timeModels = new ArrayList<>();

    /**
     * Registers a rule that enables or disables options; it runs now, whenever a trigger changes, and after the
     * dialog has loaded the node's settings.
     *
     * @param rule sets the enabled status of the dependent models
     * @param triggers the models whose values the rule reads
     */
    public final void addRule(final Runnable rule, final SettingsModel... triggers) {
        for (SettingsModel t : triggers) {
            t.addChangeListener(e -> rule.run());
        }
        m_rules.add(rule);
        rule.run();
    }

    /**
     * Registers the time column model of input port 0, so that a node whose time column was never chosen opens
     * with the column that configure would pick (see {@link SeriesColumnSettings#chooseTimeColumn}).
     */
    final void addTimeColumn(final SettingsModelString time) {
        m_timeModels.add(time);
    }

    /** Adds the component; an integer spinner gets a plain number format (see {@link #INTEGER_PATTERN}). */
    @Override
    public void addDialogComponent(final DialogComponent component) {
        if (component instanceof DialogComponentNumber number) {
            plainIntegers(number.getSpinner());
        }
        super.addDialogComponent(component);
    }

    private static void plainIntegers(final JSpinner spinner) {
        Object value = spinner.getValue();
        if (!(value instanceof Integer || value instanceof Long)
            || !(spinner.getEditor() instanceof JSpinner.DefaultEditor old)) {
            return; // doubles already have KNIME's own format without grouping
        }
        int columns = old.getTextField().getColumns();
        JSpinner.NumberEditor editor = new JSpinner.NumberEditor(spinner, INTEGER_PATTERN);
        editor.getTextField().setColumns(columns);
        editor.getTextField().setFocusLostBehavior(JFormattedTextField.COMMIT);
        spinner.setEditor(editor);
    }

    @Override
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        if (specs != null && specs.length > 0 && specs[0] instanceof DataTableSpec spec) {
            for (SettingsModelString time : m_timeModels) {
                SeriesColumnSettings.chooseTimeColumn(time, spec);
            }
        }
        m_rules.forEach(Runnable::run);
        super.loadAdditionalSettingsFrom(settings, specs);
    }
}
