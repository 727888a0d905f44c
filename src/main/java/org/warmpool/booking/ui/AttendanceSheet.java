package org.warmpool.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.warmpool.base.ui.LiveUpdates;
import org.warmpool.booking.Attendance;
import org.warmpool.booking.AttendanceOpening;
import org.warmpool.booking.AttendanceRow;
import org.warmpool.booking.AttendanceService;
import org.warmpool.schedule.ScheduledSession;

/**
 * The instructor's "who came" list under the roster: for each participant with a place, two large
 * buttons, "Came" and "Did not come", the chosen one pressed. A wrong choice is put right by
 * pressing the other. A mark made at the front desk's check-in (or on another device) shows at once.
 */
class AttendanceSheet extends Section {

    private final transient AttendanceService attendance;
    private final long sessionId;
    private final Paragraph count = new Paragraph();
    private final UnorderedList rows = new UnorderedList();

    private final boolean open;
    /** What the rows show now: a change that leaves it as it is (this sheet's own press) redraws nothing. */
    private List<AttendanceRow> drawn = List.of();

    AttendanceSheet(AttendanceService attendance, ScheduledSession session, LiveUpdates live) {
        this.attendance = attendance;
        this.sessionId = session.id();
        addClassName("attendance-sheet");
        H2 heading = new H2("Who came");
        heading.setId("who-came");
        getElement().setAttribute("aria-labelledby", "who-came");
        add(heading);
        AttendanceOpening opening = attendance.opening(sessionId);
        open = opening.open();
        if (!open) {
            Paragraph opens = new Paragraph("You can mark who came from " + opening.when() + ".");
            opens.setId("who-came-opens");
            add(opens);
        }
        count.setId("came-count");
        count.getElement().setAttribute("aria-live", "polite");
        rows.addClassName("attendance-rows");
        add(count, rows);
        show();
        live.followClasses(this, changed -> showIfChanged()).classes(List.of(sessionId));
    }

    private void showIfChanged() {
        if (!attendance.sheet(sessionId).equals(drawn)) {
            show();
        }
    }

    private void show() {
        List<AttendanceRow> sheet = attendance.sheet(sessionId);
        drawn = sheet;
        rows.removeAll();
        for (AttendanceRow row : sheet) {
            rows.add(row(row));
        }
        updateCount(sheet);
    }

    private void updateCount(List<AttendanceRow> sheet) {
        long came = sheet.stream().filter(row -> row.attendance() == Attendance.ATTENDED).count();
        count.setText(came + " of " + sheet.size() + " came");
    }

    private ListItem row(AttendanceRow row) {
        Span name = new Span(row.participantName());
        name.addClassName("attendance-name");
        Button came = new Button("Came");
        Button notCame = new Button("Did not come");
        came.addClickListener(click -> mark(row, Attendance.ATTENDED, came, notCame));
        notCame.addClickListener(click -> mark(row, Attendance.NO_SHOW, came, notCame));
        showPressed(row.attendance(), came, notCame);
        came.setEnabled(open);
        notCame.setEnabled(open);
        Div buttons = new Div(came, notCame);
        buttons.addClassName("attendance-buttons");
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", "Did " + row.participantName() + " come?");
        ListItem item = new ListItem(name, buttons);
        item.addClassName("attendance-row");
        return item;
    }

    /** Marks and updates the two buttons in place, so that keyboard focus stays where it was. */
    private void mark(AttendanceRow row, Attendance value, Button came, Button notCame) {
        attendance.mark(row.bookingId(), value);
        showPressed(value, came, notCame);
        drawn = attendance.sheet(sessionId);
        updateCount(drawn);
    }

    private static void showPressed(Attendance marked, Button came, Button notCame) {
        toggle(came, marked == Attendance.ATTENDED, ButtonVariant.LUMO_SUCCESS);
        toggle(notCame, marked == Attendance.NO_SHOW, ButtonVariant.LUMO_ERROR);
    }

    private static void toggle(Button button, boolean pressed, ButtonVariant colour) {
        button.addClassName("big-button");
        button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        if (pressed) {
            button.addThemeVariants(colour, ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(colour, ButtonVariant.LUMO_PRIMARY);
        }
    }
}
