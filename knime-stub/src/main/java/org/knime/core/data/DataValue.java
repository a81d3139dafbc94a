package org.knime.core.data;

/** Stand-in: marker for the value interfaces a cell implements. */
public interface DataValue {
}
