package org.warmpool.report.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import java.util.Comparator;
import java.util.List;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.instructor.InstructorService;
import org.warmpool.pool.PoolService;
import org.warmpool.program.ClassLevelService;
import org.warmpool.report.InstructorsCalculator;
import org.warmpool.report.InstructorsReportService;
import org.warmpool.report.ReportFilter;
import org.warmpool.security.Roles;

/**
 * Who taught how much: hours per instructor over the period (classes that took place) and, for one
 * instructor chosen, per ISO week; cover given for another instructor's series, and certificates to
 * renew. The download has every instructor's weeks. The page's size does not grow with the period
 * or the number of instructors: a chain's 300 over two years are 30,000 instructor weeks.
 */
@Route(value = "reports/instructors", layout = MainLayout.class)
@PageTitle("Instructors report | Warmpool")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class InstructorsReportView extends Main {

    /** The most instructors the chart shows; the table has every one. */
    static final int CHARTED = 20;
    /** Up to this many instructors the table shows every row; more scroll inside it. */
    private static final int ALL_ROWS_VISIBLE = 10;

    private final transient InstructorsReportService instructorsReport;
    private final Div result = new Div();
    /** The filter the tables and the download show; read by the download request too. */
    private volatile ReportFilter filter;

    public InstructorsReportView(InstructorsReportService instructorsReport, Clock clock, PoolService pools,
            ClassLevelService levels, InstructorService instructors) {
        this.instructorsReport = instructorsReport;
        addClassName("home-view");
        ReportFilterBar filterBar = new ReportFilterBar(clock, pools, levels, instructors);
        add(new Paragraph("Hours taught per instructor in the period and, for the instructor chosen, per week "
                + "(Monday to Sunday), counting the classes that took place. Cover: classes taught in a series another instructor usually teaches. Certificates: those "
                + "that expire within " + InstructorsCalculator.EXPIRY_WARNING_DAYS + " days after the last day, "
                + "and expired ones of instructors still teaching."));
        Anchor download = new Anchor(csvDownload(), "Download as CSV");
        download.setId("instructors-export");
        download.getElement().setAttribute("aria-label", "Download as CSV: hours per instructor and week");
        result.setId("instructors-result");
        add(filterBar, download, result);
        filterBar.onChange(this::show);
        filterBar.filter().ifPresent(this::show);
    }

    private void show(ReportFilter chosen) {
        filter = chosen;
        InstructorsCalculator.Result report = instructorsReport.report(chosen);
        result.removeAll();
        Paragraph summary = new Paragraph(summary(report));
        summary.setId("instructors-summary");
        result.add(new H2("Hours taught"), summary);
        if (!report.totals().isEmpty()) {
            List<InstructorsCalculator.Total> charted = charted(report);
            double most = charted.get(0).minutes() / 60.0;
            double step = most <= 10 ? 1 : most <= 50 ? 5 : 10;
            List<BarChart.Row> rows = charted.stream()
                    .map(t -> BarChart.Row.of(t.instructorName(), t.minutes() / 60.0)).toList();
            String title = charted.size() < report.totals().size()
                    ? "Hours taught in the period: the " + charted.size() + " instructors who taught most"
                    : "Hours taught in the period, per instructor";
            Div chart = new Div(new Svg(BarChart.svg("instructors-chart", title, "instructors-summary",
                    List.of(new BarChart.Series("Hours", "hours")), rows, Math.ceil(most / step) * step, step)));
            chart.addClassName("pain-chart-box");
            result.add(chart, totalsGrid(report.totals()));
            if (chosen.instructorId() == null) {
                Paragraph weeks = new Paragraph("Choose an instructor above to see their hours week by week. "
                        + "The download has every instructor's weeks.");
                weeks.setId("instructors-weeks-hint");
                result.add(weeks);
            } else {
                // One instructor: a row per week of the period (at most 105 for two years).
                NativeTable weeks = ReportTables.table("instructors-weeks", "Hours per week",
                        List.of("Instructor", "Week", "Classes", "Hours", "Cover classes"));
                for (InstructorsCalculator.Week week : report.weeks()) {
                    ReportTables.row(weeks, List.of(week.instructorName(), week.week() + " (from "
                            + ClinicFormats.DATE_SHORT.format(week.monday()) + ")", String.valueOf(week.classes()),
                            ClinicFormats.hoursAndMinutes(week.minutes()), String.valueOf(week.cover())));
                }
                result.add(ReportTables.scrolling(weeks, "Hours per week, scrolls sideways"));
            }
        }
        result.add(new H2("Certificates to renew"));
        if (report.certificates().isEmpty()) {
            result.add(new Paragraph("No certificate expires within " + InstructorsCalculator.EXPIRY_WARNING_DAYS
                    + " days after the last day, and no expired one is still needed."));
        } else {
            NativeTable certificates = ReportTables.table("instructors-certificates", "Certificates to renew",
                    List.of("Instructor", "Certificate", "Expires", "State"));
            for (InstructorsCalculator.CertificateAlert alert : report.certificates()) {
                ReportTables.row(certificates, List.of(alert.instructorName(), alert.type().label(),
                        ClinicFormats.DATE_SHORT_YEAR.format(alert.expiresOn()), state(alert)));
            }
            result.add(ReportTables.scrolling(certificates, "Certificates to renew, scrolls sideways"));
        }
    }

    static String state(InstructorsCalculator.CertificateAlert alert) {
        if (alert.expired()) {
            return "Expired, still teaching";
        }
        return alert.daysLeft() == 0 ? "Expires on the last day"
                : "Expires " + alert.daysLeft() + (alert.daysLeft() == 1 ? " day" : " days") + " after the last day";
    }

    /**
     * The instructors the chart shows: those who taught most hours (all of them up to
     * {@value #CHARTED}), most first. A chain's hundreds of instructors are in the table below it.
     */
    static List<InstructorsCalculator.Total> charted(InstructorsCalculator.Result report) {
        return report.totals().stream()
                .sorted(Comparator.comparingInt(InstructorsCalculator.Total::minutes).reversed()
                        .thenComparing(InstructorsCalculator.Total::instructorName, String.CASE_INSENSITIVE_ORDER))
                .limit(CHARTED).toList();
    }

    /** The chart in words. */
    static String summary(InstructorsCalculator.Result report) {
        if (report.totals().isEmpty()) {
            return "No classes with an instructor took place in this period.";
        }
        List<InstructorsCalculator.Total> charted = charted(report);
        StringBuilder words = new StringBuilder();
        if (charted.size() < report.totals().size()) {
            words.append(report.totals().size()).append(" instructors taught in this period; the chart shows the ")
                    .append(charted.size()).append(" who taught most. ");
        }
        for (InstructorsCalculator.Total total : charted) {
            words.append(total.instructorName()).append(": ").append(ClinicFormats.hoursAndMinutes(total.minutes()))
                    .append(" in ").append(total.classes()).append(total.classes() == 1 ? " class" : " classes")
                    .append(", ").append(total.cover()).append(" as cover. ");
        }
        return words.append("The table below has every instructor.").toString().strip();
    }

    /**
     * One row per instructor over the whole period. A grid sends the browser only the rows in view,
     * whatever the number of instructors.
     */
    private static Grid<InstructorsCalculator.Total> totalsGrid(List<InstructorsCalculator.Total> totals) {
        Grid<InstructorsCalculator.Total> grid = new Grid<>();
        grid.setId("instructors-totals");
        grid.setAriaLabel("Hours taught per instructor in the period");
        grid.addColumn(InstructorsCalculator.Total::instructorName).setHeader("Instructor").setAutoWidth(true)
                .setComparator(Comparator.comparing(InstructorsCalculator.Total::instructorName,
                        String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(InstructorsCalculator.Total::classes).setHeader("Classes").setAutoWidth(true)
                .setComparator(Comparator.comparingInt(InstructorsCalculator.Total::classes));
        grid.addColumn(total -> ClinicFormats.hoursAndMinutes(total.minutes())).setHeader("Hours").setAutoWidth(true)
                .setComparator(Comparator.comparingInt(InstructorsCalculator.Total::minutes));
        grid.addColumn(InstructorsCalculator.Total::cover).setHeader("Cover classes").setAutoWidth(true)
                .setComparator(Comparator.comparingInt(InstructorsCalculator.Total::cover));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // A few rows grow the grid to fit them; many scroll inside it.
        grid.setAllRowsVisible(totals.size() <= ALL_ROWS_VISIBLE);
        grid.setItems(totals);
        return grid;
    }

    /** The CSV the download gives for the filter shown. */
    String csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        instructorsReport.exportCsv(filter, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private DownloadHandler csvDownload() {
        return event -> {
            event.setFileName("instructors-report.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                instructorsReport.exportCsv(filter, out);
            }
        };
    }
}
