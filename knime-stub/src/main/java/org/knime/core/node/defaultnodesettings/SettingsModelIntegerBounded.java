package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/** Stand-in: a int setting restricted to [min, max]; same XML as {@link SettingsModelInteger}. */
public class SettingsModelIntegerBounded extends SettingsModelInteger {
    private final int m_min;
    private final int m_max;

    /** @throws IllegalArgumentException if min > max or the default is out of range */
    public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int minValue,
        final int maxValue) {
        super(configName, defaultValue);
        if (minValue > maxValue) {
            throw new IllegalArgumentException("Specified min value must be smaller than the max value.");
        }
        m_min = minValue;
        m_max = maxValue;
        if (defaultValue < minValue || defaultValue > maxValue) {
            throw new IllegalArgumentException("InitialValue (=" + defaultValue + ") must be within the range ["
                + minValue + "..." + maxValue + "].");
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    protected <T extends SettingsModel> T createClone() {
        return (T)new SettingsModelIntegerBounded(getConfigName(), getIntValue(), m_min, m_max);
    }

    public int getLowerBound() {
        return m_min;
    }

    public int getUpperBound() {
        return m_max;
    }

    @Override
    protected void validateValue(final int value) throws InvalidSettingsException {
        if (value < m_min || value > m_max) {
            throw new InvalidSettingsException("value (=" + value + ") must be within the range [" + m_min + "..."
                + m_max + "].");
        }
    }

    @Override
    Number[] bounds() {
        return new Number[]{m_min, m_max};
    }
}
