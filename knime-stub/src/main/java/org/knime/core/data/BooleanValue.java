package org.knime.core.data;

/** Stand-in value interface. */
public interface BooleanValue extends DataValue {
    boolean getBooleanValue();
}
