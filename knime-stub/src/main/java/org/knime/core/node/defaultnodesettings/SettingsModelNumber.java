package org.knime.core.node.defaultnodesettings;

/** Stand-in: the number models accepted by {@link DialogComponentNumber}. */
public abstract class SettingsModelNumber extends SettingsModel {
    SettingsModelNumber() {
    }

    abstract Number numberValue();

    /** @throws IllegalArgumentException if out of range */
    abstract void setNumberValue(Number n);

    /** @return the bounds for the spinner: {min, max} */
    abstract Number[] bounds();
}
