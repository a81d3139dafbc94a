package org.tradeecon.knime.testsupport;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.swing.AbstractButton;
import javax.swing.JLabel;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.StubExecutionContext;

/**
 * Helpers for node tests through the compile-time KNIME stand-in: building input tables, editing settings the way
 * a user or flow variable would, reading output columns and the labels a dialog shows.
 */
public final class NodeTestSupport {
    private NodeTestSupport() {
    }

    /** Builds a table column by column; cells are given row by row, null = missing. */
    public static final class TableBuilder {
        private final List<DataColumnSpec> m_cols = new ArrayList<>();
        private final List<DataRow> m_rows = new ArrayList<>();

        public TableBuilder column(final String name, final DataType type) {
            m_cols.add(new DataColumnSpecCreator(name, type).createSpec());
            return this;
        }

        /** @param values Integer -&gt; IntCell, Number -&gt; DoubleCell, String -&gt; StringCell, DataCell as is */
        public TableBuilder row(final Object... values) {
            DataCell[] cells = new DataCell[values.length];
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                cells[i] = v == null ? DataType.getMissingCell()
                    : v instanceof DataCell c ? c
                    : v instanceof Integer n ? new IntCell(n)
                    : v instanceof Number n ? new DoubleCell(n.doubleValue())
                    : new StringCell(v.toString());
            }
            m_rows.add(new DefaultRow(RowKey.createRowKey(m_rows.size()), cells));
            return this;
        }

        public DataTableSpec spec() {
            return new DataTableSpec(m_cols.toArray(DataColumnSpec[]::new));
        }

        public BufferedDataTable table() {
            return StubExecutionContext.table(spec(), m_rows);
        }
    }

    /**
     * Sets a column-filter setting (SettingsModelColumnFilter2 layout) to include exactly {@code includes}, as the
     * dialog would save it ("EnforceInclusion": columns added later are excluded).
     */
    public static void includeOnly(final NodeSettings settings, final String key, final String... includes)
        throws InvalidSettingsException {
        NodeSettingsWO f = (NodeSettingsWO)settings.getNodeSettings(key);
        f.addString("filter-type", "STANDARD");
        f.addStringArray("included_names", includes);
        f.addStringArray("excluded_names");
        f.addString("enforce_option", "EnforceInclusion");
    }

    /** @return the settings a new model saves (its defaults) */
    public static NodeSettings defaults(final Supplier<? extends NodeModel> create) {
        return NodeModelTestAccess.saveSettings(create.get());
    }

    /** @return a new model with {@code settings} validated and loaded, as KNIME does when a workflow opens */
    public static <M extends NodeModel> M loaded(final Supplier<M> create, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        M m = create.get();
        NodeModelTestAccess.loadSettings(m, settings);
        return m;
    }

    /** @return the column's values, NaN for missing cells */
    public static double[] doubles(final BufferedDataTable table, final String column) {
        int idx = table.getDataTableSpec().findColumnIndex(column);
        if (idx < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + table.getDataTableSpec());
        }
        List<Double> out = new ArrayList<>();
        for (DataRow r : table) {
            DataCell c = r.getCell(idx);
            out.add(c.isMissing() ? Double.NaN : ((DoubleValue)c).getDoubleValue());
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return the column's cells as text ("?" for missing) */
    public static List<String> strings(final BufferedDataTable table, final String column) {
        int idx = table.getDataTableSpec().findColumnIndex(column);
        List<String> out = new ArrayList<>();
        for (DataRow r : table) {
            out.add(r.getCell(idx).toString());
        }
        return out;
    }

    /** @return the texts of all labels and check boxes in the dialog (its option labels) */
    /** @return each tab's title to the labels on it, in tab order */
    public static java.util.LinkedHashMap<String, List<String>> dialogLabelsByTab(final NodeDialogPane dialog) {
        java.util.LinkedHashMap<String, List<String>> out = new java.util.LinkedHashMap<>();
        javax.swing.JTabbedPane tabs = findTabs(dialog.getPanel());
        for (int i = 0; tabs != null && i < tabs.getTabCount(); i++) {
            List<String> labels = new ArrayList<>();
            collectLabels(tabs.getComponentAt(i), labels);
            out.put(tabs.getTitleAt(i), labels);
        }
        return out;
    }

    private static javax.swing.JTabbedPane findTabs(final Component c) {
        if (c instanceof javax.swing.JTabbedPane t) {
            return t;
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                javax.swing.JTabbedPane t = findTabs(child);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    public static List<String> dialogLabels(final NodeDialogPane dialog) {
        List<String> labels = new ArrayList<>();
        collectLabels(dialog.getPanel(), labels);
        return labels;
    }

    private static void collectLabels(final Component c, final List<String> out) {
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : null;
        if (text != null && !text.isBlank()) {
            out.add(text.trim().replaceAll(":$", ""));
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collectLabels(child, out);
            }
        }
    }

    /**
     * @return whether the input component of the option labelled {@code label} is enabled (the components beside
     *         the label in its panel, or the check box of that text)
     * @throws IllegalArgumentException if the dialog shows no such label
     */
    public static boolean isEnabled(final NodeDialogPane dialog, final String label) {
        Component found = find(dialog.getPanel(), label);
        if (found == null) {
            throw new IllegalArgumentException("no option \"" + label + "\" in the dialog");
        }
        if (found instanceof AbstractButton) {
            return found.isEnabled();
        }
        boolean enabled = true;
        for (Component sibling : found.getParent().getComponents()) {
            if (!(sibling instanceof JLabel)) {
                enabled &= sibling.isEnabled();
            }
        }
        return enabled;
    }

    private static Component find(final Component c, final String label) {
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : null;
        if (text != null && text.trim().replaceAll(":$", "").equals(label)) {
            return c;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                Component f = find(child, label);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** @return the first component of {@code type} after the label {@code label} in its panel, searched depth-first */
    public static <T extends Component> T component(final Container c, final String label, final Class<T> type) {
        boolean labelled = false;
        for (Component child : c.getComponents()) {
            labelled |= child instanceof JLabel l && label.equals(l.getText());
            if (labelled && type.isInstance(child)) {
                return type.cast(child);
            }
        }
        for (Component child : c.getComponents()) {
            if (child instanceof Container inner) {
                T found = component(inner, label, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** @return the cell in {@code column} of the first row whose {@code keyColumn} reads {@code key} */
    public static DataCell cell(final BufferedDataTable table, final String keyColumn, final String key,
        final String column) {
        int k = table.getDataTableSpec().findColumnIndex(keyColumn);
        int c = table.getDataTableSpec().findColumnIndex(column);
        if (k < 0 || c < 0) {
            throw new AssertionError("no column " + keyColumn + " or " + column);
        }
        for (DataRow r : table) {
            if (r.getCell(k).toString().equals(key)) {
                return r.getCell(c);
            }
        }
        throw new AssertionError("no row with " + keyColumn + " = " + key);
    }

    /** @return the number in {@code column} of the row whose {@code keyColumn} reads {@code key}, NaN if missing */
    public static double value(final BufferedDataTable table, final String keyColumn, final String key,
        final String column) {
        DataCell cell = cell(table, keyColumn, key, column);
        return cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
    }
}
