package org.warmpool.report.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.warmpool.report.ReportCsv;
import org.warmpool.report.ReportFilter;

/**
 * What the class reports share: the filter bar at the top, a line of totals that screen readers
 * hear when it changes, the chart with its text alternative, and the CSV download of what the page
 * shows (named after the report and the period).
 */
abstract class ReportPage<T> extends Main {

    private static final int ROWS_SHOWN_IN_FULL = 50;

    protected final Paragraph totals = new Paragraph();
    protected final Div chart = new Div();
    protected final Paragraph chartSummary = new Paragraph();
    private final String name;
    private final ReportFilterBar filterBar;
    private final transient BiConsumer<T, Writer> csv;
    private ReportFilter filter;
    private transient T report;

    ReportPage(String name, ReportFilterBar filterBar, BiConsumer<T, Writer> csv) {
        this.name = name;
        this.filterBar = filterBar;
        this.csv = csv;
        addClassName("list-view");
        addClassName("report-view");
        totals.setId(name + "-totals");
        totals.addClassName("report-totals");
        totals.getElement().setAttribute("aria-live", "polite");
        chartSummary.setId(name + "-chart-summary");
        chart.addClassName("report-chart-box");
        // A wide map scrolls sideways on a phone: the box takes the keyboard's focus to scroll it.
        chart.getElement().setAttribute("tabindex", "0");
        chart.getElement().setAttribute("role", "region");
        chart.getElement().setAttribute("aria-label", "Chart");
        filterBar.onChange(this::show);
        add(filterBar);
    }

    /** The report for this filter, from the service. */
    protected abstract T load(ReportFilter filter);

    /** Shows the report: totals, chart and tables. */
    protected abstract void present(T report);

    /** The report the download writes: the one shown, unless the page shows part of it at a time. */
    protected T forDownload(ReportFilter shown, T report) {
        return report;
    }

    /**
     * A table as long as its rows when they are few; with more, a table of its own height that
     * scrolls and reads its rows as they come into view (a chain's month has thousands).
     */
    protected static void fit(Grid<?> table, long rows) {
        table.setAllRowsVisible(rows <= ROWS_SHOWN_IN_FULL);
        if (rows > ROWS_SHOWN_IN_FULL) {
            table.setHeight("36em");
        } else {
            table.setHeight(null);
        }
    }


    /** Shows the report for the filter the bar starts with; call once the page is built. */
    protected final void firstFilter() {
        filterBar.filter().ifPresent(this::show);
    }

    protected final void show(ReportFilter chosen) {
        this.filter = chosen;
        this.report = load(chosen);
        present(report);
    }

    protected final void chart(String svg) {
        chart.removeAll();
        chart.add(new Svg(svg));
    }

    /** The download link: the report as the page shows it. */
    protected final Anchor download() {
        Anchor link = new Anchor(csvFile(), "Download as CSV");
        link.setId(name + "-csv");
        link.addClassName("report-download");
        // The visible words first (axe: label-content-name-mismatch).
        link.getElement().setAttribute("aria-label", "Download as CSV: the figures this page shows");
        return link;
    }

    private DownloadHandler csvFile() {
        return event -> {
            event.setFileName(ReportCsv.fileName(name, filter));
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream();
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                csv.accept(forDownload(filter, report), writer);
            }
        };
    }
}
