package org.tripartite.ui.lab;

import java.util.List;

/**
 * The data behind a chart as a table: named columns and rows whose cells are numbers
 * ({@link Double} or {@link Integer}), texts or null for an empty cell.
 */
public record DataTable(List<String> columns, List<List<Object>> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells but the table has "
                        + columns.size() + " columns");
            }
        }
    }
}
