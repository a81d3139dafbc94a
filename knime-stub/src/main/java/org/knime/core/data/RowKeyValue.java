package org.knime.core.data;

/** Stand-in value interface. */
public interface RowKeyValue extends DataValue {
    String getString();
}
