package org.knime.core.data.time.localdate;

import java.time.LocalDate;

import org.knime.core.data.DataValue;

/** Stand-in value interface for a LocalDate column. */
public interface LocalDateValue extends DataValue {
    LocalDate getLocalDate();
}
