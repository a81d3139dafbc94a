package org.knime.core.data;

/** Stand-in value interface. */
public interface IntValue extends DataValue {
    int getIntValue();
}
