package org.knime.core.data;

/** Stand-in value interface. */
public interface MissingValue extends DataValue {
    String getError();
}
