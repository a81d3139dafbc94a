package org.knime.core.data;

/** Stand-in value interface. */
public interface StringValue extends DataValue {
    String getStringValue();
}
