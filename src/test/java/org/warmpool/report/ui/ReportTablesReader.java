package org.warmpool.report.ui;

import com.vaadin.flow.component.html.NativeTable;
import java.util.List;
import java.util.stream.Collectors;

/** A report table's body as the user reads it: one line a row, cells joined by " | ". */
final class ReportTablesReader {

    private ReportTablesReader() {
    }

    static List<String> rows(NativeTable table) {
        return table.getBody().getElement().getChildren()
                .map(row -> row.getChildren().map(cell -> cell.getTextRecursively()).collect(Collectors.joining(" | ")))
                .toList();
    }
}
