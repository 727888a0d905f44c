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
import org.warmpool.report.ClassReports;
import org.warmpool.report.ReportCsv;
import org.warmpool.report.ReportFilter;
import org.warmpool.report.WaitlistLine;
import org.warmpool.security.Roles;

/** Each class's waitlist: how long it got, who got a place from it (by themselves or by hand), who never got in. */
@Route(value = "reports/waitlists", layout = MainLayout.class)
@PageTitle("Waitlists | Warmpool")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class WaitlistsView extends ReportPage<List<WaitlistLine>> {

    static final List<String> SERIES = List.of("Promoted automatically", "Promoted by hand", "Never got in");

    private final transient ClassReports reports;
    private final Grid<WaitlistLine> grid = new Grid<>(WaitlistLine.class, false);

    public WaitlistsView(ClassReports reports, Clock clock, PoolService pools, ClassLevelService levels,
            InstructorService instructors) {
        super("waitlists", new ReportFilterBar(clock, pools, levels, instructors), ReportCsv::waitlists);
        this.reports = reports;
        Paragraph honest = new Paragraph("The classes in the period that had a waitlist (classes the clinic "
                + "cancelled are left out). The longest waitlist is worked out from when each person joined the "
                + "list and when they left it (given a place or took themselves off), up to the class's start; "
                + "moving people within the list does not change its length. A place given by hand is one the "
                + "front desk gave after the cut-off (the booking log records it); the others went to the first in "
                + "line by themselves. Never got in: people who waited and had no place when the class took place, "
                + "including those who took themselves off the list; blank for classes still to come.");
        grid.setId("waitlists-table");
        grid.setAriaLabel("Waitlists per class");
        grid.addColumn(line -> line.date().format(ClinicFormats.DAY_SHORT_YEAR)).setHeader("Day").setAutoWidth(true);
        grid.addColumn(line -> ClinicFormats.TIME.format(line.start())).setHeader("Time").setAutoWidth(true);
        grid.addColumn(WaitlistLine::classTitle).setHeader("Class").setAutoWidth(true);
        grid.addColumn(WaitlistLine::poolName).setHeader("Pool").setAutoWidth(true);
        grid.addColumn(WaitlistLine::longest).setHeader("Longest waitlist").setAutoWidth(true);
        grid.addColumn(WaitlistLine::promotedAutomatically).setHeader("Promoted automatically").setAutoWidth(true);
        grid.addColumn(WaitlistLine::promotedByHand).setHeader("Promoted by hand").setAutoWidth(true);
        grid.addColumn(line -> line.neverGotIn() == null ? "" : line.neverGotIn().toString())
                .setHeader("Never got in").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(honest, totals, download(), new H2("What happened to the people waiting, per level"), chartSummary, chart,
                new H2("Per class"), grid);
        firstFilter();
    }

    @Override
    protected List<WaitlistLine> load(ReportFilter filter) {
        return reports.waitlists(filter);
    }

    @Override
    protected void present(List<WaitlistLine> lines) {
        int automatic = lines.stream().mapToInt(WaitlistLine::promotedAutomatically).sum();
        int byHand = lines.stream().mapToInt(WaitlistLine::promotedByHand).sum();
        int never = lines.stream().filter(l -> l.neverGotIn() != null).mapToInt(WaitlistLine::neverGotIn).sum();
        int longest = lines.stream().mapToInt(WaitlistLine::longest).max().orElse(0);
        totals.setText(lines.size() + (lines.size() == 1 ? " class" : " classes") + " with a waitlist, the longest "
                + longest + " waiting. " + automatic + " promoted automatically, " + byHand + " promoted by hand, "
                + never + " never got in.");
        Map<String, long[]> byLevel = new TreeMap<>();
        for (WaitlistLine line : lines) {
            long[] sums = byLevel.computeIfAbsent(line.classTitle(), k -> new long[3]);
            sums[0] += line.promotedAutomatically();
            sums[1] += line.promotedByHand();
            sums[2] += line.neverGotIn() == null ? 0 : line.neverGotIn();
        }
        List<StackedBars.Bar> bars = new ArrayList<>();
        StringBuilder words = new StringBuilder(byLevel.isEmpty() ? "No class had a waitlist in this period." : "");
        byLevel.forEach((level, sums) -> {
            bars.add(new StackedBars.Bar(level, List.of(sums[0], sums[1], sums[2])));
            words.append(level).append(": ").append(sums[0]).append(" promoted automatically, ").append(sums[1])
                    .append(" by hand, ").append(sums[2]).append(" never got in. ");
        });
        chartSummary.setText(words.toString().strip());
        chart(StackedBars.svg("waitlists-chart", "People who waited, per level", SERIES, bars,
                chartSummary.getId().orElseThrow()));
        grid.setItems(lines);
        fit(grid, lines.size());
    }
}
