package org.tradeecon.knime.nodes.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.text.DecimalFormat;

import javax.swing.JComboBox;
import javax.swing.JFormattedTextField;
import javax.swing.JLabel;
import javax.swing.JSpinner;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NotConfigurableException;
import org.tradeecon.knime.testsupport.NodeDescriptions;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;

/** The Series Transform dialog through the KNIME stand-in: enable rules, empty column y, the divisor field. */
class TransformNodeDialogTest {
    /** An int Year column first, then double columns. */
    private static DataTableSpec spec() {
        return new TableBuilder().column("Year", IntCell.TYPE).column("Value", DoubleCell.TYPE)
            .column("China", DoubleCell.TYPE).column("World", DoubleCell.TYPE).spec();
    }

    private static NodeSettings modelSettings(final String operation) {
        NodeSettings s = NodeModelTestAccess.saveSettings(new TransformNodeModel());
        s.addString(TransformSettings.CFG_OPERATION, operation);
        s.addString(TransformSettings.CFG_COLUMN, "Value");
        s.addString(TransformSettings.CFG_NEW_COLUMN, "PATENT");
        return s;
    }

    private static NodeDialogPane loadedDialog(final NodeSettingsRO s) throws NotConfigurableException {
        NodeDialogPane dialog = NodeModelTestAccess.createDialog(new TransformNodeFactory());
        NodeModelTestAccess.loadDialog(dialog, s, spec());
        return dialog;
    }

    /** @return the component of {@code type} beside the label {@code label} */
    private static <T extends Component> T component(final Container c, final String label, final Class<T> type) {
        return NodeTestSupport.component(c, label, type);
    }

    private static boolean savedEnabled(final NodeSettings saved, final String key) throws InvalidSettingsException {
        return saved.getNodeSettings(key + "_Internals").getBoolean("EnabledStatus");
    }

    @Test
    void afterLoadingALogOperationColumnYIsDisabledAndStaysEmpty() throws Exception {
        // the node model saves every setting as enabled; loading it into the dialog must not enable column y
        NodeSettings s = modelSettings("ln(x / divisor)");
        assertTrue(savedEnabled(s, TransformSettings.CFG_SECOND_COLUMN));
        NodeDialogPane dialog = loadedDialog(s);
        assertFalse(component(dialog.getPanel(), TransformSettings.LABEL_SECOND_COLUMN, JComboBox.class).isEnabled());
        assertTrue(component(dialog.getPanel(), TransformSettings.LABEL_DIVISOR, JSpinner.class).isEnabled());

        NodeSettings saved = NodeModelTestAccess.saveDialog(dialog);
        assertFalse(savedEnabled(saved, TransformSettings.CFG_SECOND_COLUMN));
        assertTrue(savedEnabled(saved, TransformSettings.CFG_DIVISOR));
        assertNull(saved.getString(TransformSettings.CFG_SECOND_COLUMN), "empty column y round-trips empty");
        assertEquals("ln(x / divisor)", saved.getString(TransformSettings.CFG_OPERATION));
        assertEquals("Value", saved.getString(TransformSettings.CFG_COLUMN));
        assertEquals("PATENT", saved.getString(TransformSettings.CFG_NEW_COLUMN));
        // and the model takes the dialog's settings back
        NodeModelTestAccess.loadSettings(new TransformNodeModel(), saved);
    }

    @Test
    void choosingTheRatioEnablesColumnYAndDisablesTheDivisor() throws Exception {
        NodeDialogPane dialog = loadedDialog(modelSettings("x / divisor"));
        JComboBox<?> y = component(dialog.getPanel(), TransformSettings.LABEL_SECOND_COLUMN, JComboBox.class);
        JSpinner divisor = component(dialog.getPanel(), TransformSettings.LABEL_DIVISOR, JSpinner.class);
        assertFalse(y.isEnabled());
        component(dialog.getPanel(), TransformSettings.LABEL_OPERATION, JComboBox.class).setSelectedItem("x / y");
        assertTrue(y.isEnabled());
        assertFalse(divisor.isEnabled());
        assertEquals("<none>", y.getSelectedItem(), "the dialog does not pick column y");
        y.setSelectedItem("World");
        NodeSettings saved = NodeModelTestAccess.saveDialog(dialog);
        assertEquals("World", saved.getString(TransformSettings.CFG_SECOND_COLUMN));
        assertFalse(savedEnabled(saved, TransformSettings.CFG_DIVISOR));

        // a ratio loaded from the model's settings keeps the divisor disabled
        NodeSettings ratio = modelSettings("x / y");
        ratio.addString(TransformSettings.CFG_SECOND_COLUMN, "World");
        NodeSettings again = NodeModelTestAccess.saveDialog(loadedDialog(ratio));
        assertTrue(savedEnabled(again, TransformSettings.CFG_SECOND_COLUMN));
        assertFalse(savedEnabled(again, TransformSettings.CFG_DIVISOR));
        assertEquals("World", again.getString(TransformSettings.CFG_SECOND_COLUMN));
    }

    @Test
    void aShortNameIsShownAsItsOperation() throws Exception {
        NodeSettings s = modelSettings("ln");
        NodeDialogPane dialog = loadedDialog(s);
        assertEquals("ln(x / divisor)",
            component(dialog.getPanel(), TransformSettings.LABEL_OPERATION, JComboBox.class).getSelectedItem());
        NodeSettings saved = NodeModelTestAccess.saveDialog(dialog);
        assertEquals("ln(x / divisor)", saved.getString(TransformSettings.CFG_OPERATION));
        assertFalse(savedEnabled(saved, TransformSettings.CFG_SECOND_COLUMN));
    }

    /** Default settings on a table with an int Year column: the dialog chooses no column, least of all Year. */
    @Test
    void defaultsChooseNoColumn() throws Exception {
        NodeSettings defaults = NodeModelTestAccess.saveSettings(new TransformNodeModel());
        NodeSettings saved = NodeModelTestAccess.saveDialog(loadedDialog(defaults));
        assertNull(saved.getString(TransformSettings.CFG_COLUMN));
        assertNull(saved.getString(TransformSettings.CFG_SECOND_COLUMN));
        assertEquals("x / divisor", saved.getString(TransformSettings.CFG_OPERATION));
        assertEquals(1.0, saved.getDouble(TransformSettings.CFG_DIVISOR), 0.0);
    }

    @Test
    void theDivisorShowsNoGroupingAndKeepsEveryDigit() throws Exception {
        for (double divisor : new double[]{1e8, 1e-20, 1.0 / 3}) {
            NodeSettings s = modelSettings("ln(-x / divisor)");
            s.addDouble(TransformSettings.CFG_DIVISOR, divisor);
            NodeDialogPane dialog = loadedDialog(s);
            JSpinner spinner = component(dialog.getPanel(), TransformSettings.LABEL_DIVISOR, JSpinner.class);
            JSpinner.NumberEditor editor = (JSpinner.NumberEditor)spinner.getEditor();
            DecimalFormat format = editor.getFormat();
            assertFalse(format.isGroupingUsed());
            JFormattedTextField field = editor.getTextField();
            assertEquals(JFormattedTextField.COMMIT, field.getFocusLostBehavior());
            assertEquals(divisor, format.parse(field.getText()).doubleValue(), 0.0, field.getText());
            assertEquals(divisor, NodeModelTestAccess.saveDialog(dialog).getDouble("divisor"), 0.0);
        }
        NodeSettings s = modelSettings("x / divisor");
        s.addDouble(TransformSettings.CFG_DIVISOR, 1e8);
        JSpinner spinner = component(loadedDialog(s).getPanel(), TransformSettings.LABEL_DIVISOR, JSpinner.class);
        String text = ((JSpinner.NumberEditor)spinner.getEditor()).getTextField().getText();
        DecimalFormat plain = new DecimalFormat("0.0");
        assertEquals(plain.format(1e8), text);
    }

    @Test
    void everyDialogOptionIsDescribed() throws Exception {
        NodeDescriptions.assertDescriptionListsDialogOptions(new TransformNodeFactory());
    }
}
