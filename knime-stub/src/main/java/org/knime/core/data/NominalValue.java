package org.knime.core.data;

/** Stand-in: marker for values with a finite set of possible values. */
public interface NominalValue extends DataValue {
}
