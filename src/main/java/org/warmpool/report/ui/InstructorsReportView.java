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
 * Who taught how much: hours per instructor and ISO week (classes that took place), cover given
 * for another instructor's series, and certificates to renew.
 */
@Route(value = "reports/instructors", layout = MainLayout.class)
@PageTitle("Instructors report | Warmpool")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class InstructorsReportView extends Main {

    private final transient InstructorsReportService instructorsReport;
    private final Div result = new Div();
    /** The filter the tables and the download show; read by the download request too. */
    private volatile ReportFilter filter;

    public InstructorsReportView(InstructorsReportService instructorsReport, Clock clock, PoolService pools,
            ClassLevelService levels, InstructorService instructors) {
        this.instructorsReport = instructorsReport;
        addClassName("home-view");
        ReportFilterBar filterBar = new ReportFilterBar(clock, pools, levels, instructors);
        add(new Paragraph("Hours taught per instructor and week (Monday to Sunday), counting the classes that took "
                + "place. Cover: classes taught in a series another instructor usually teaches. Certificates: those "
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
            double most = report.totals().stream().mapToInt(InstructorsCalculator.Total::minutes).max().orElse(60)
                    / 60.0;
            double step = most <= 10 ? 1 : most <= 50 ? 5 : 10;
            List<BarChart.Row> rows = report.totals().stream()
                    .map(t -> BarChart.Row.of(t.instructorName(), t.minutes() / 60.0)).toList();
            Div chart = new Div(new Svg(BarChart.svg("instructors-chart", "Hours taught in the period, per instructor",
                    "instructors-summary", List.of(new BarChart.Series("Hours", "hours")), rows,
                    Math.ceil(most / step) * step, step)));
            chart.addClassName("pain-chart-box");
            NativeTable weeks = ReportTables.table("instructors-weeks", "Hours per instructor and week",
                    List.of("Instructor", "Week", "Classes", "Hours", "Cover classes"));
            for (InstructorsCalculator.Week week : report.weeks()) {
                ReportTables.row(weeks, List.of(week.instructorName(), week.week() + " (from "
                        + ClinicFormats.DATE_SHORT.format(week.monday()) + ")", String.valueOf(week.classes()),
                        ClinicFormats.hoursAndMinutes(week.minutes()), String.valueOf(week.cover())));
            }
            result.add(chart, ReportTables.scrolling(weeks, "Hours per instructor and week, scrolls sideways"));
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

    /** The chart in words. */
    static String summary(InstructorsCalculator.Result report) {
        if (report.totals().isEmpty()) {
            return "No classes with an instructor took place in this period.";
        }
        StringBuilder words = new StringBuilder();
        for (InstructorsCalculator.Total total : report.totals()) {
            words.append(total.instructorName()).append(": ").append(ClinicFormats.hoursAndMinutes(total.minutes()))
                    .append(" in ").append(total.classes()).append(total.classes() == 1 ? " class" : " classes")
                    .append(", ").append(total.cover()).append(" as cover. ");
        }
        return words.append("The table below has each week.").toString().strip();
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
