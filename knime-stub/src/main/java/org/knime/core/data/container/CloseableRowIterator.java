package org.knime.core.data.container;

import java.io.Closeable;

import org.knime.core.data.RowIterator;

/** Stand-in: a row iterator holding resources; close it if not iterating to the end. */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {
    @Override
    public abstract void close();
}
