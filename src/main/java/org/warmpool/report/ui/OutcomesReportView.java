package org.warmpool.report.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.instructor.InstructorService;
import org.warmpool.pool.PoolService;
import org.warmpool.program.ClassLevelService;
import org.warmpool.report.OutcomeGroup;
import org.warmpool.report.OutcomesCalculator;
import org.warmpool.report.OutcomesCsv;
import org.warmpool.report.OutcomesReportService;
import org.warmpool.report.ReportFilter;
import org.warmpool.security.Roles;

/**
 * How participants fare, per level and per condition, in aggregate only: average pain before and
 * after class, pain lower by 2 points by the 6th class, level moves, questionnaire improvements.
 * A group of fewer than 5 shows "fewer than 5" in the table, the chart and the download alike.
 * Each report shown and each download is in the security event log (the service writes it).
 */
@Route(value = "reports/outcomes", layout = MainLayout.class)
@PageTitle("Outcomes report | Warmpool")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class OutcomesReportView extends Main {

    static final List<String> HEADER = List.of(OutcomesCsv.HEADER);

    private final transient OutcomesReportService outcomes;
    private final ReportFilterBar filterBar;
    private final Div result = new Div();
    /** The filter the table and the download show; read by the download request too. */
    private volatile ReportFilter filter;

    public OutcomesReportView(OutcomesReportService outcomes, Clock clock, PoolService pools,
            ClassLevelService levels, InstructorService instructors) {
        this.outcomes = outcomes;
        addClassName("home-view");
        filterBar = new ReportFilterBar(clock, pools, levels, instructors).withoutInstructor();
        add(new Paragraph("How the participants who came to classes in the period are doing, per level and per "
                + "condition. Only totals: no one is named, and a group of fewer than 5 people shows \""
                + OutcomesCalculator.FEWER_THAN_5 + "\" instead of its figures. Opening this report is recorded."));
        Anchor download = new Anchor(csvDownload(), "Download as CSV");
        download.setId("outcomes-export");
        download.getElement().setAttribute("aria-label", "Download as CSV: the groups the filter shows");
        result.setId("outcomes-result");
        add(filterBar, download, result);
        filterBar.onChange(this::show);
        filterBar.filter().ifPresent(this::show);
    }

    private void show(ReportFilter chosen) {
        filter = chosen;
        List<OutcomeGroup> groups = outcomes.report(chosen);
        result.removeAll();
        if (groups.isEmpty()) {
            result.add(new Paragraph("No classes in this period with pain recorded before and after."));
            return;
        }
        Paragraph summary = new Paragraph(summary(groups));
        summary.setId("outcomes-summary");
        List<BarChart.Row> rows = groups.stream().map(g -> g.shown()
                ? BarChart.Row.of(g.name(), g.averageBefore().doubleValue(), g.averageAfter().doubleValue())
                : BarChart.Row.hidden(g.name(), g.hiddenText())).toList();
        Div chart = new Div(new Svg(BarChart.svg("outcomes-chart", "Average pain before and after class (0 to 10)",
                "outcomes-summary", List.of(new BarChart.Series("Before class", "before"),
                        new BarChart.Series("After class", "after")), rows, 10, 2)));
        chart.addClassName("pain-chart-box");
        NativeTable table = ReportTables.table("outcomes-table", "Outcomes per level and per condition", HEADER);
        for (OutcomeGroup g : groups) {
            ReportTables.row(table, List.of(g.name(), g.dimension().label(), g.participantsText(),
                    g.averageBeforeText(), g.averageAfterText(), g.painImprovedText(), g.movesUpText(),
                    g.movesDownText(), g.after6Text(), g.after12Text()));
        }
        result.add(new H2("Pain before and after class"), summary, chart, new H2("Table"),
                ReportTables.scrolling(table, "Outcomes table, scrolls sideways"));
    }

    /** The chart in words: each shown group's averages, and which groups are hidden. */
    static String summary(List<OutcomeGroup> groups) {
        StringBuilder words = new StringBuilder();
        for (OutcomeGroup g : groups) {
            words.append(g.name()).append(": ");
            if (g.shown()) {
                words.append(g.participants()).append(" participants, average pain ").append(g.averageBefore())
                        .append(" before class and ").append(g.averageAfter()).append(" after. ");
            } else {
                words.append(g.hiddenText()).append(". ");
            }
        }
        return words.append("The table below has every figure.").toString().strip();
    }

    /** The CSV the download gives for the filter shown (also written to the security event log). */
    String csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        outcomes.exportCsv(filter, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private DownloadHandler csvDownload() {
        return event -> {
            event.setFileName("outcomes-report.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                outcomes.exportCsv(filter, out);
            }
        };
    }
}
