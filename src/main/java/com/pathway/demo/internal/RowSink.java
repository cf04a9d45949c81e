package com.pathway.demo.internal;

import java.sql.SQLException;
import java.util.List;

/** Writes rows in bulk on the load's connection; the caller commits. */
interface RowSink {

    /** Inserts work items (without id) and returns their ids in the same order. */
    long[] items(List<Object[]> rows) throws SQLException;

    void rows(Table table, List<Object[]> rows) throws SQLException;

    /** How rows are written, for the report. */
    String method();
}
