package org.knime.core.data.time.localdatetime;

import java.time.LocalDateTime;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

/** Stand-in: creates LocalDateTime cells. */
public final class LocalDateTimeCellFactory {
    public static final DataType TYPE = DataType.getType(LocalDateTimeCell.class);

    private LocalDateTimeCellFactory() {
    }

    public static DataCell create(final LocalDateTime value) {
        return new LocalDateTimeCell(value);
    }

    /** @param value ISO-8601 text */
    public static DataCell create(final String value) {
        return new LocalDateTimeCell(LocalDateTime.parse(value));
    }
}
