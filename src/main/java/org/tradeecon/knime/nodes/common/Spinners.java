package org.tradeecon.knime.nodes.common;

import javax.swing.JFormattedTextField;
import javax.swing.JSpinner;

import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/**
 * Number spinners of the dialogs without grouping separators (100000000, not 100,000,000: a grouped number is
 * easy to misread and, pasted elsewhere, to mistype).
 */
public final class Spinners {
    /**
     * Every finite double with the shortest digits that read back as the same double, without exponent or
     * grouping (1.0E-20 shows as 0.00000000000000000001, 1.0E8 as 100000000.0). A pattern with fewer fraction
     * digits would show a small value rounded (1.0E-20 as 0.0) and, since the field commits what it shows when it
     * loses the focus, change the setting.
     */
    public static final String DOUBLE_PATTERN = "0.0" + "#".repeat(339);

    private Spinners() {
    }

    /**
     * Shows {@code component}'s spinner in {@code pattern}, with {@code columns} text columns, committing the
     * text when the field loses the focus (as DialogComponentNumber sets up its own editor).
     *
     * @param pattern a {@link java.text.DecimalFormat} pattern without grouping, e.g. {@link #DOUBLE_PATTERN}, or "0"
     *            for integers
     * @return {@code component}
     */
    public static DialogComponentNumber withoutGrouping(final DialogComponentNumber component, final String pattern,
        final int columns) {
        JSpinner spinner = component.getSpinner();
        JSpinner.NumberEditor editor = new JSpinner.NumberEditor(spinner, pattern);
        spinner.setEditor(editor);
        JFormattedTextField field = editor.getTextField();
        field.setColumns(columns);
        field.setFocusLostBehavior(JFormattedTextField.COMMIT);
        return component;
    }
}
