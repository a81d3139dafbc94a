package org.tradeecon.knime.nodes.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.knime.core.data.DataCell;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.time.localdate.LocalDateValue;
import org.knime.core.data.time.localdatetime.LocalDateTimeValue;

/**
 * One value of a time column: an integer year, a year-month ("2001-03"), a date ("2001-03-31") or a date-time
 * ("2001-03-31T12:00"), from an integer, date or date-time cell or from text in ISO form.
 */
record TimeKey(Kind kind, LocalDateTime instant, String text) implements Comparable<TimeKey> {
    /** The kinds of time keys; all keys of one column must be of one kind. */
    enum Kind {
        YEAR("year"), YEAR_MONTH("month"), DATE("date"), DATE_TIME("time");

        final String m_word;

        Kind(final String word) {
            m_word = word;
        }
    }

    private static final Pattern YEAR_TEXT = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern YEAR_MONTH_TEXT = Pattern.compile("\\d{4}-\\d{2}");

    /**
     * @return the key of a non-missing cell
     * @throws IllegalArgumentException if the cell holds no recognisable time
     */
    static TimeKey of(final DataCell cell) {
        if (cell instanceof LocalDateTimeValue v) {
            return new TimeKey(Kind.DATE_TIME, v.getLocalDateTime(), v.getLocalDateTime().toString());
        }
        if (cell instanceof LocalDateValue v) {
            return new TimeKey(Kind.DATE, v.getLocalDate().atStartOfDay(), v.getLocalDate().toString());
        }
        if (cell instanceof IntValue || cell instanceof LongValue) {
            return year(((LongValue)cell).getLongValue());
        }
        if (cell instanceof StringValue v) {
            return parse(v.getStringValue().trim());
        }
        throw new IllegalArgumentException("cannot read a time from \"" + cell + "\" (" + cell.getType() + ")");
    }

    private static TimeKey year(final long year) {
        if (Math.abs(year) > 999_999_999L) {
            throw new IllegalArgumentException("year " + year + " is out of range");
        }
        return new TimeKey(Kind.YEAR, LocalDate.of((int)year, 1, 1).atStartOfDay(), Long.toString(year));
    }

    private static TimeKey parse(final String s) {
        try {
            if (YEAR_TEXT.matcher(s).matches()) {
                return year(Long.parseLong(s));
            }
            if (YEAR_MONTH_TEXT.matcher(s).matches()) {
                return new TimeKey(Kind.YEAR_MONTH, YearMonth.parse(s).atDay(1).atStartOfDay(), s);
            }
            if (s.contains("T")) {
                return new TimeKey(Kind.DATE_TIME, LocalDateTime.parse(s), s);
            }
            return new TimeKey(Kind.DATE, LocalDate.parse(s).atStartOfDay(), s);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("\"" + s + "\" is not a time: use a year (1995), a month (1995-03),"
                + " a date (1995-03-31) or a date-time (1995-03-31T12:00)", e);
        }
    }

    /** @return the next key of a regular yearly or monthly series, null for dates and date-times */
    TimeKey successor() {
        return switch (kind) {
            case YEAR -> year(instant.getYear() + 1L);
            case YEAR_MONTH -> {
                YearMonth next = YearMonth.from(instant).plusMonths(1);
                yield new TimeKey(Kind.YEAR_MONTH, next.atDay(1).atStartOfDay(), next.toString());
            }
            default -> null;
        };
    }

    /** @return e.g. "year 1995" or "date 1995-03-31" */
    String describe() {
        return kind.m_word + " " + text;
    }

    @Override
    public int compareTo(final TimeKey o) {
        return instant.compareTo(o.instant);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof TimeKey k && k.instant.equals(instant);
    }

    @Override
    public int hashCode() {
        return instant.hashCode();
    }
}
