package org.knime.core.data;

/** Stand-in: a table (spec plus rows). */
public interface DataTable extends Iterable<DataRow> {
    DataTableSpec getDataTableSpec();

    @Override
    RowIterator iterator();
}
