package org.knime.core.data.time.localdate;

import java.time.LocalDate;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

/** Stand-in: creates LocalDate cells. */
public final class LocalDateCellFactory {
    public static final DataType TYPE = DataType.getType(LocalDateCell.class);

    private LocalDateCellFactory() {
    }

    public static DataCell create(final LocalDate value) {
        return new LocalDateCell(value);
    }

    /** @param value ISO-8601 text */
    public static DataCell create(final String value) {
        return new LocalDateCell(LocalDate.parse(value));
    }
}
