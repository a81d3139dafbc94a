package org.knime.core.data.image.png;

import org.knime.core.data.DataCell;

/** Stand-in: the cell class behind {@link PNGImageContent#TYPE}; never instantiated here. */
public class PNGImageCell extends DataCell {
    private static final long serialVersionUID = 1L;

    PNGImageCell() {
    }

    @Override
    public String toString() {
        return "PNG image";
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return dc == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
