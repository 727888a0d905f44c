package org.warmpool.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.instructor.InstructorService;
import org.warmpool.pool.PoolService;
import org.warmpool.program.ClassLevelService;
import org.warmpool.report.AttendanceReport;
import org.warmpool.report.ClassReports;
import org.warmpool.report.MissedPlace;
import org.warmpool.report.ReportCsv;
import org.warmpool.report.ReportFilter;
import org.warmpool.report.SessionFigures;
import org.warmpool.security.Roles;

/** Who came to the classes held: attended, no-shows and late cancellations per class, and by name. */
@Route(value = "reports/attendance", layout = MainLayout.class)
@PageTitle("Attendance | Warmpool")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class AttendanceView extends ReportPage<AttendanceReport> {

    static final List<String> SERIES = List.of("Attended", "No-shows", "Late cancellations");

    private final transient ClassReports reports;
    private final Grid<SessionFigures> classes = new Grid<>(SessionFigures.class, false);
    private final Grid<MissedPlace> missed = new Grid<>(MissedPlace.class, false);

    public AttendanceView(ClassReports reports, Clock clock, PoolService pools, ClassLevelService levels,
            InstructorService instructors) {
        super("attendance", new ReportFilterBar(clock, pools, levels, instructors), ReportCsv::attendance);
        this.reports = reports;
        Paragraph rules = new Paragraph("The classes held in the period (started, not cancelled by the clinic). "
                + "Booked: places held at the start. A late cancellation is one inside the late window before the "
                + "class; a no-show is a booked person marked as not coming.");
        classes.setId("attendance-classes");
        classes.setAriaLabel("Attendance per class");
        classes.addColumn(s -> s.date().format(ClinicFormats.DAY_SHORT_YEAR)).setHeader("Day").setAutoWidth(true);
        classes.addColumn(s -> ClinicFormats.TIME.format(s.start())).setHeader("Time").setAutoWidth(true);
        classes.addColumn(SessionFigures::levelTitle).setHeader("Class").setAutoWidth(true);
        classes.addColumn(SessionFigures::poolName).setHeader("Pool").setAutoWidth(true);
        classes.addColumn(SessionFigures::booked).setHeader("Booked").setAutoWidth(true);
        classes.addColumn(SessionFigures::attended).setHeader("Attended").setAutoWidth(true);
        classes.addColumn(SessionFigures::noShows).setHeader("No-shows").setAutoWidth(true);
        classes.addColumn(AttendanceReport::notMarked).setHeader("Not marked").setAutoWidth(true);
        classes.addColumn(SessionFigures::lateCancellations).setHeader("Late cancellations").setAutoWidth(true);
        classes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        missed.setId("attendance-missed");
        missed.setAriaLabel("Late cancellations and no-shows");
        missed.addColumn(line -> line.date().format(ClinicFormats.DAY_SHORT_YEAR)).setHeader("Day").setAutoWidth(true);
        missed.addColumn(line -> ClinicFormats.TIME.format(line.start())).setHeader("Time").setAutoWidth(true);
        missed.addColumn(MissedPlace::classTitle).setHeader("Class").setAutoWidth(true);
        missed.addColumn(MissedPlace::participantName).setHeader("Participant").setAutoWidth(true);
        missed.addColumn(MissedPlace::what).setHeader("What happened").setAutoWidth(true);
        missed.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(rules, totals, download(), new H2("Per level"), chartSummary, chart, new H2("Per class"), classes,
                new H2("Late cancellations and no-shows"), missed);
        firstFilter();
    }

    @Override
    protected AttendanceReport load(ReportFilter filter) {
        return reports.attendanceClasses(filter);
    }

    /** The classes shown, with all their names: the page reads those a page at a time. */
    @Override
    protected AttendanceReport forDownload(ReportFilter shown, AttendanceReport report) {
        return reports.withNames(shown, report);
    }

    @Override
    protected void present(AttendanceReport report) {
        long late = report.lateCancellations();
        long noShows = report.noShows();
        totals.setText(report.sessions().size() + (report.sessions().size() == 1 ? " class held: " : " classes held: ")
                + report.booked() + " booked, " + report.attended() + " attended, " + report.notMarked()
                + " not marked. " + late + (late == 1 ? " late cancellation, " : " late cancellations, ") + noShows
                + (noShows == 1 ? " no-show." : " no-shows."));
        Map<String, long[]> byLevel = new TreeMap<>();
        for (SessionFigures session : report.sessions()) {
            long[] sums = byLevel.computeIfAbsent(session.levelTitle(), k -> new long[3]);
            sums[0] += session.attended();
            sums[1] += session.noShows();
            sums[2] += session.lateCancellations();
        }
        List<StackedBars.Bar> bars = new ArrayList<>();
        StringBuilder words = new StringBuilder(byLevel.isEmpty() ? "No class was held in this period." : "");
        byLevel.forEach((level, sums) -> {
            bars.add(new StackedBars.Bar(level, List.of(sums[0], sums[1], sums[2])));
            words.append(level).append(": ").append(sums[0]).append(" attended, ").append(sums[1])
                    .append(" no-shows, ").append(sums[2]).append(" late cancellations. ");
        });
        chartSummary.setText(words.toString().strip());
        chart(StackedBars.svg("attendance-chart", "Attended, no-shows and late cancellations, per level", SERIES, bars,
                chartSummary.getId().orElseThrow()));
        classes.setItems(report.sessions());
        fit(classes, report.sessions().size());
        long names = report.missedCount();
        missed.setItems(query -> reports.missedPlaces(report, query.getOffset(), query.getLimit()).stream(),
                query -> (int) names);
        fit(missed, names);
    }
}
