package org.warmpool.booking.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.warmpool.base.ui.DateFields;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.booking.AttendanceService;
import org.warmpool.booking.ReportLine;
import org.warmpool.security.Roles;

/** Late cancellations and no-shows between two days, for the clinic's records. */
@Route(value = "reports", layout = MainLayout.class)
@PageTitle("Reports | Warmpool")
@Menu(order = 7, title = "Reports", icon = "vaadin:clipboard-text")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class ReportsView extends Main {


    private final transient AttendanceService attendance;
    private final DatePicker from = new DatePicker("First day");
    private final DatePicker to = new DatePicker("Last day");
    private final Paragraph totals = new Paragraph();
    private final Grid<ReportLine> grid = new Grid<>(ReportLine.class, false);

    public ReportsView(AttendanceService attendance, Clock clock) {
        this.attendance = attendance;
        addClassName("list-view");
        LocalDate today = LocalDate.now(clock);
        for (DatePicker picker : List.of(from, to)) {
            DateFields.clinic(picker);
            picker.setRequiredIndicatorVisible(true);
        }
        from.setValue(today.minusDays(30));
        to.setValue(today);
        // Keep the two days in order: moving one past the other takes the other along.
        from.addValueChangeListener(change -> {
            if (outOfOrder()) {
                to.setValue(from.getValue());
            } else {
                show();
            }
        });
        to.addValueChangeListener(change -> {
            if (outOfOrder()) {
                from.setValue(to.getValue());
            } else {
                show();
            }
        });
        Div toolbar = new Div(from, to);
        toolbar.addClassName("toolbar");

        totals.setId("report-totals");
        totals.addClassName("report-totals");
        totals.getElement().setAttribute("aria-live", "polite");
        grid.setAriaLabel("Late cancellations and no-shows");
        grid.addColumn(line -> line.date().format(ClinicFormats.DAY_SHORT_YEAR)).setHeader("Day").setAutoWidth(true);
        grid.addColumn(ReportLine::start).setHeader("Time").setAutoWidth(true);
        grid.addColumn(ReportLine::sessionTitle).setHeader("Class").setAutoWidth(true);
        grid.addColumn(ReportLine::participantName).setHeader("Participant").setAutoWidth(true);
        grid.addColumn(ReportLine::what).setHeader("What happened").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(toolbar, totals, grid);
        show();
    }

    private boolean outOfOrder() {
        return from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
    }

    private void show() {
        if (from.getValue() == null || to.getValue() == null) {
            totals.setText("Choose a first and a last day.");
            grid.setItems(List.of());
            return;
        }
        List<ReportLine> lines = attendance.lateCancellationsAndNoShows(from.getValue(), to.getValue());
        long noShows = lines.stream().filter(ReportLine::noShow).count();
        long late = lines.size() - noShows;
        totals.setText(late + (late == 1 ? " late cancellation, " : " late cancellations, ") + noShows
                + (noShows == 1 ? " no-show" : " no-shows"));
        grid.setItems(lines);
    }
}
