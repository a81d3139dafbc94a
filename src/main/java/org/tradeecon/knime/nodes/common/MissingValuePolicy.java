package org.tradeecon.knime.nodes.common;

import java.util.Arrays;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;

/**
 * What a node does with missing values in a series. The setting stores the label (what the dialog shows); a flow
 * variable may also give the constant name, e.g. {@code FAIL}.
 */
public enum MissingValuePolicy {
    /** Stop with an error that names the first missing value's row or time. */
    FAIL("Fail"),
    /** Use the longest run of rows without a missing value and say so in the node's warning. */
    LONGEST_COMPLETE_STRETCH("Use longest complete stretch"),
    /** Keep the rows; results that depend on a missing value are missing (only where a node can do this). */
    KEEP("Keep as missing");

    private final String m_label;

    MissingValuePolicy(final String label) {
        m_label = label;
    }

    /** @return the text shown in the dialog and stored in the settings */
    public String label() {
        return m_label;
    }

    /** @return the labels of {@code allowed}, for a selection list */
    public static List<String> labels(final MissingValuePolicy... allowed) {
        return Arrays.stream(allowed).map(MissingValuePolicy::label).toList();
    }

    /**
     * @param value a label or constant name (case-insensitive)
     * @param allowed the policies the node offers
     * @throws InvalidSettingsException naming the allowed values if {@code value} is none of them
     */
    public static MissingValuePolicy fromSetting(final String value, final MissingValuePolicy... allowed)
        throws InvalidSettingsException {
        for (MissingValuePolicy p : allowed) {
            if (p.m_label.equalsIgnoreCase(String.valueOf(value).trim())
                || p.name().equalsIgnoreCase(String.valueOf(value).trim())) {
                return p;
            }
        }
        throw new InvalidSettingsException("\"" + value + "\" is not a valid choice for \"" + CommonSettings.LABEL_MISSING
            + "\". Choose one of: " + String.join(", ", labels(allowed)) + ".");
    }
}
