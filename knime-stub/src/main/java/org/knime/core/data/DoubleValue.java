package org.knime.core.data;

/** Stand-in value interface. */
public interface DoubleValue extends DataValue {
    double getDoubleValue();
}
