package org.tradeecon.knime.nodes.common;

import java.util.Arrays;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;

/**
 * An enum constant offered in a dialog's selection list. The setting stores the label (what the dialog shows); a
 * flow variable may also give the constant's name (e.g. {@code NEWEY_WEST}), case-insensitively.
 */
public interface LabelledChoice {
    /** @return the text shown in the dialog and stored in the settings */
    String label();

    /** @return the enum constant's name */
    String name();

    /** @return the labels of all constants of {@code type}, in declaration order */
    static <E extends Enum<E> & LabelledChoice> List<String> labels(final Class<E> type) {
        return Choice.labels(choices(type));
    }

    /**
     * @param value a label or constant name
     * @param option the dialog label of the setting, for the message
     * @throws InvalidSettingsException naming the allowed values if {@code value} is none of them
     */
    static <E extends Enum<E> & LabelledChoice> E fromSetting(final String value, final String option,
        final Class<E> type) throws InvalidSettingsException {
        return Choice.parse(value, option, choices(type));
    }

    /** @return the constants of {@code type} as {@link Choice}s: label, constant, and its name as alias */
    private static <E extends Enum<E> & LabelledChoice> List<Choice<E>> choices(final Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Choice<>(e.label(), e, e.name())).toList();
    }
}
