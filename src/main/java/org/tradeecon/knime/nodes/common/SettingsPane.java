package org.tradeecon.knime.nodes.common;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;

import javax.swing.AbstractButton;
import javax.swing.JFormattedTextField;
import javax.swing.JLabel;
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
 * the current choice are disabled, whose number spinners show plain numbers (2004, not "2,004"), and whose every
 * option explains itself in a tooltip taken from the node description.
 *
 * <p>Why the rules are re-applied after loading: KNIME loads each SettingsModel's saved enabled status with its
 * value (the {@code <key>_Internals} config), and the node model always saves "enabled", so loading the node's
 * settings into the dialog would switch every dependent option back on.
 */
public class SettingsPane extends DefaultNodeSettingsPane {
    /** Integer spinners: no grouping separator (a year must read 2004, not "2,004"). */
    static final String INTEGER_PATTERN = "0";
    /**
     * Double spinners: every finite double with the shortest digits that read back as the same double, without
     * exponent or grouping (1.0E-20 shows as 0.00000000000000000001). With fewer fraction digits (KNIME's own
     * pattern has 15) a small value would show rounded and, as the field commits what it shows when it loses the
     * focus, the setting would change.
     */
    public static final String DOUBLE_PATTERN = "0.0" + "#".repeat(339);

    /**
     * The second tab of the larger dialogs: the first ("Options", KNIME's default) keeps the few choices most
     * analyses change; the node description groups its options in tabs of the same names.
     */
    public static final String ADVANCED = "Advanced";

    private final List<Runnable> m_rules = new ArrayList<>();
    private final List<SettingsModelString> m_timeModels = new ArrayList<>();
    /** The title of the group components are being added to (their option name when they have no label). */
    private String m_group;

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

    /**
     * Adds the component; a number spinner gets a plain format ({@link #INTEGER_PATTERN}, {@link #DOUBLE_PATTERN}),
     * and every component the text of its option in the node description as its tooltip (the option named like
     * the component's label, or like the group of a component without one, such as a column filter).
     */
    @Override
    public void addDialogComponent(final DialogComponent component) {
        if (component instanceof DialogComponentNumber number) {
            plainNumbers(number.getSpinner());
        }
        String label = label(component.getComponentPanel());
        String help = OptionDescriptions.of(getClass()).get(label == null ? m_group : label);
        if (help != null) {
            component.setToolTipText(help);
        }
        super.addDialogComponent(component);
    }

    @Override
    public void createNewGroup(final String title) {
        m_group = title;
        super.createNewGroup(title);
    }

    /** @return the text of the first label or check box in {@code c}, without a trailing colon; null if none */
    private static String label(final Component c) {
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : null;
        if (text != null && !text.isBlank()) {
            return text.trim().replaceAll(":$", "");
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                String found = label(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void plainNumbers(final JSpinner spinner) {
        if (!(spinner.getEditor() instanceof JSpinner.DefaultEditor old)) {
            return;
        }
        Object value = spinner.getValue();
        String pattern = value instanceof Integer || value instanceof Long ? INTEGER_PATTERN : DOUBLE_PATTERN;
        int columns = old.getTextField().getColumns();
        JSpinner.NumberEditor editor = new JSpinner.NumberEditor(spinner, pattern);
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
