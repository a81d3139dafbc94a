package org.tradeecon.knime.nodes.common;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.knime.core.node.InvalidSettingsException;

/**
 * One entry of a selection setting: the label the dialog shows and the settings store, the value it stands for,
 * and other spellings a flow variable may give (besides the value's own name, e.g. {@code AIC}), such as
 * statsmodels' codes ("ct").
 *
 * @param <T> the value type
 */
public record Choice<T>(String label, T value, List<String> aliases) {
    public Choice(final String label, final T value, final String... aliases) {
        this(label, value, List.of(aliases));
    }

    /** @return the labels, for a selection list */
    public static List<String> labels(final List<? extends Choice<?>> choices) {
        return choices.stream().map(Choice::label).toList();
    }

    /**
     * @param setting the stored label, the value's name or an alias (case-insensitive, blanks around ignored)
     * @param option the option's dialog label, for the message
     * @return the value chosen
     * @throws InvalidSettingsException naming the option and the allowed labels if {@code setting} is none of them
     */
    public static <T> T parse(final String setting, final String option, final List<Choice<T>> choices)
        throws InvalidSettingsException {
        String v = String.valueOf(setting).trim();
        for (Choice<T> c : choices) {
            if (c.label.equalsIgnoreCase(v) || String.valueOf(c.value).equalsIgnoreCase(v)
                || c.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(v))) {
                return c.value;
            }
        }
        throw new InvalidSettingsException("\"" + setting + "\" is not a valid choice for \"" + option
            + "\". Choose one of: " + String.join(", ", labels(choices)) + ".");
    }

    /** @return the label of {@code value} among {@code choices} */
    public static <T> String label(final T value, final List<Choice<T>> choices) {
        return choices.stream().filter(c -> Objects.equals(c.value, value)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(String.valueOf(value).toLowerCase(Locale.ROOT)))
            .label;
    }
}
