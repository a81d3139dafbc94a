package org.knime.core.data.time.localdatetime;

import java.time.LocalDateTime;

import org.knime.core.data.DataValue;

/** Stand-in value interface for a LocalDateTime column. */
public interface LocalDateTimeValue extends DataValue {
    LocalDateTime getLocalDateTime();
}
