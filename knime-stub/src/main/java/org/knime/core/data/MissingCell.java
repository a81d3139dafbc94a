package org.knime.core.data;

/** Stand-in: a missing value, optionally with a reason. Fits into a column of any type. */
public final class MissingCell extends DataCell implements MissingValue {
    private static final long serialVersionUID = 1L;

    static final MissingCell INSTANCE = new MissingCell(null);

    private final String m_error;

    public MissingCell(final String error) {
        m_error = error;
    }

    @Override
    public String getError() {
        return m_error;
    }

    @Override
    public boolean isMissing() {
        return true;
    }

    @Override
    public String toString() {
        return "?";
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return true;
    }
}
