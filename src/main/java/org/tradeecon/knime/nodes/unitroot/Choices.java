package org.tradeecon.knime.nodes.unitroot;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;

/**
 * Reading a selection setting back into its enum: the setting stores the label the dialog shows; a flow variable
 * may also give the constant's name (e.g. {@code AIC}) or one of its aliases (e.g. the statsmodels code "ct").
 */
public final class Choices {
    /** An enum constant offered in a selection list. */
    public interface Labelled {
        /** @return the text the dialog shows and the settings store */
        String label();

        /** @return other accepted spellings (case-insensitive), e.g. statsmodels' codes; none by default */
        default List<String> aliases() {
            return List.of();
        }
    }

    private Choices() {
    }

    /** @return the labels of {@code values}, for a selection list */
    public static List<String> labels(final Labelled... values) {
        return Arrays.stream(values).map(Labelled::label).toList();
    }

    /**
     * @param value the stored label, constant name or alias (case-insensitive, surrounding blanks ignored)
     * @param option the option's dialog label, for the message
     * @param values the allowed values
     * @throws InvalidSettingsException naming the option and the allowed labels if {@code value} is none of them
     */
    @SafeVarargs
    public static <E extends Enum<E> & Labelled> E parse(final String value, final String option,
        final E... values) throws InvalidSettingsException {
        String v = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        for (E e : values) {
            if (e.label().toLowerCase(Locale.ROOT).equals(v) || e.name().toLowerCase(Locale.ROOT).equals(v)
                || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(v))) {
                return e;
            }
        }
        throw new InvalidSettingsException("\"" + value + "\" is not a valid choice for \"" + option
            + "\". Choose one of: " + String.join(", ", labels(values)) + ".");
    }
}
