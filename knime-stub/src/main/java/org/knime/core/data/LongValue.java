package org.knime.core.data;

/** Stand-in value interface. */
public interface LongValue extends DataValue {
    long getLongValue();
}
