package org.warmpool.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.instructor.InstructorService;
import org.warmpool.pool.PoolService;
import org.warmpool.program.ClassLevelService;
import org.warmpool.report.ClassReports;
import org.warmpool.report.Figures;
import org.warmpool.report.ReportCsv;
import org.warmpool.report.ReportFilter;
import org.warmpool.report.Utilisation;
import org.warmpool.report.UtilisationCalculator;
import org.warmpool.security.Roles;

/** How full the classes were: totals, a weekday x hour map, and the figures per level, pool, weekday and hour. */
@Route(value = "reports/utilisation", layout = MainLayout.class)
@PageTitle("Utilisation | Warmpool")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class UtilisationView extends ReportPage<Utilisation> {

    /** One line of the figures table: which grouping, and its figures. */
    record Row(String group, Figures figures) {
    }

    private final transient ClassReports reports;
    private final Paragraph toCome = new Paragraph();
    private final Div heatTable = new Div();
    private final Grid<Row> grid = new Grid<>();

    public UtilisationView(ClassReports reports, Clock clock, PoolService pools, ClassLevelService levels,
            InstructorService instructors) {
        super("utilisation", new ReportFilterBar(clock, pools, levels, instructors), ReportCsv::utilisation);
        this.reports = reports;
        Paragraph rules = new Paragraph("Counts the classes held in the period (started, not cancelled by the "
                + "clinic). Places offered are their places; booked are the places people held at the start "
                + "(attended, did not come or not marked yet; not cancelled, not on a waitlist); attended are those "
                + "marked attended. Fill rates are booked and attended as a share of the places offered.");
        toCome.setId("utilisation-to-come");
        heatTable.addClassName("report-table-box");
        heatTable.getElement().setAttribute("tabindex", "0");
        heatTable.getElement().setAttribute("role", "region");
        heatTable.getElement().setAttribute("aria-label", "The map's figures as a table");
        grid.setId("utilisation-table");
        grid.setAriaLabel("Utilisation per level, pool, weekday and hour");
        grid.addColumn(Row::group).setHeader("Group").setAutoWidth(true);
        grid.addColumn(row -> row.figures().label()).setHeader("Name").setAutoWidth(true);
        grid.addColumn(row -> row.figures().held()).setHeader("Held").setAutoWidth(true);
        grid.addColumn(row -> row.figures().cancelled()).setHeader("Cancelled by the clinic").setAutoWidth(true);
        grid.addColumn(row -> row.figures().offered()).setHeader("Places offered").setAutoWidth(true);
        grid.addColumn(row -> row.figures().booked()).setHeader("Booked").setAutoWidth(true);
        grid.addColumn(row -> row.figures().attended()).setHeader("Attended").setAutoWidth(true);
        grid.addColumn(row -> Figures.percent(row.figures().bookedRate())).setHeader("Booked of offered")
                .setAutoWidth(true);
        grid.addColumn(row -> Figures.percent(row.figures().attendedRate())).setHeader("Attended of offered")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(rules, totals, toCome, download(), new H2("When classes fill"), chartSummary, chart, heatTable,
                new H2("By level, pool, weekday and hour"), grid);
        firstFilter();
    }

    @Override
    protected Utilisation load(ReportFilter filter) {
        return reports.utilisation(filter);
    }

    @Override
    protected void present(Utilisation report) {
        Figures total = report.total();
        totals.setText(total.held() + (total.held() == 1 ? " class held, " : " classes held, ") + total.cancelled()
                + " cancelled by the clinic. " + total.offered() + " places offered, " + total.booked() + " booked ("
                + Figures.percent(total.bookedRate()) + "), " + total.attended() + " attended ("
                + Figures.percent(total.attendedRate()) + ").");
        toCome.setText(report.stillToCome() == 0 ? "" : report.stillToCome()
                + (report.stillToCome() == 1 ? " class" : " classes") + " of the period still to come, not counted.");
        toCome.setVisible(report.stillToCome() > 0);
        chartSummary.setText(HeatMap.summary(report));
        chart(HeatMap.svg(report, chartSummary.getId().orElseThrow()));
        heatTable.removeAll();
        heatTable.add(heatTable(report));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Whole period", total));
        report.byLevel().forEach(f -> rows.add(new Row("Level", f)));
        report.byPool().forEach(f -> rows.add(new Row("Pool", f)));
        report.byWeekday().forEach(f -> rows.add(new Row("Weekday", f)));
        report.byHour().forEach(f -> rows.add(new Row("Hour", f)));
        grid.setItems(rows);
        fit(grid, rows.size());
    }

    /** The map's squares as a table: a row per weekday, a column per start hour. */
    private static NativeTable heatTable(Utilisation report) {
        NativeTable table = new NativeTable();
        table.setId("utilisation-heat-table");
        table.setCaptionText("Places booked of places offered, by weekday (rows) and start hour (columns).");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Weekday");
        for (int hour : report.hours()) {
            head.addHeaderCell().setText(UtilisationCalculator.hourLabel(hour));
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (DayOfWeek day : DayOfWeek.values()) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(ClinicFormats.weekday(day));
            row.getHeaderCells().get(0).getElement().setAttribute("scope", "row");
            for (int hour : report.hours()) {
                Optional<Utilisation.Cell> cell = report.cell(day, hour);
                row.addDataCell().setText(cell.map(c -> Figures.percent(c.figures().bookedRate()) + " ("
                        + c.figures().booked() + " of " + c.figures().offered() + ")").orElse(""));
            }
        }
        return table;
    }
}
