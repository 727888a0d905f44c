package org.warmpool.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** A report's table: a caption, header cells, and a box that scrolls sideways on a phone, by keyboard too. */
final class ReportTables {

    private ReportTables() {
    }

    static NativeTable table(String id, String caption, List<String> header) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("pain-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        header.forEach(title -> head.addHeaderCell().setText(title));
        return table;
    }

    static void row(NativeTable table, List<String> cells) {
        NativeTableRow row = table.getBody().addRow();
        boolean first = true;
        for (String cell : cells) {
            if (first) {
                row.addHeaderCell().setText(cell);
                first = false;
            } else {
                row.addDataCell().setText(cell);
            }
        }
    }

    /** The table in a box that scrolls sideways when the screen is narrow; focusable, so keys scroll it. */
    static Div scrolling(NativeTable table, String label) {
        Div box = new Div(table);
        box.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", label);
        return box;
    }
}
