package org.warmpool.progress.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.booking.AttendanceOpening;
import org.warmpool.booking.AttendanceService;
import org.warmpool.progress.PainCheckInService;
import org.warmpool.progress.PainRow;
import org.warmpool.progress.PainSheet;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.Roles;

/**
 * Pain before and after the class for everyone with a place, made for a phone at the poolside:
 * one row per person, two 0-10 fields with large step buttons, each number saved as soon as it is
 * entered, and "Flare" shown in words as soon as pain after is 2 or more above pain before.
 */
@Route(value = "pain-check-in", layout = MainLayout.class)
@PageTitle("Pain check-in | Warmpool")
@RolesAllowed({Roles.INSTRUCTOR, Roles.FRONT_DESK, Roles.ADMIN})
public class PainCheckInView extends Main implements HasUrlParameter<Long> {


    private final transient PainCheckInService painCheckIns;
    private final transient AttendanceService attendance;

    public PainCheckInView(PainCheckInService painCheckIns, AttendanceService attendance) {
        this.painCheckIns = painCheckIns;
        this.attendance = attendance;
        addClassName("home-view");
        addClassName("pain-check-in");
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        removeAll();
        PainSheet sheet = painCheckIns.sheet(sessionId);
        ScheduledSession session = sheet.session();
        add(new H1("Pain check-in"), new Paragraph(session.levelTitle() + ", "
                + ClinicFormats.DAY_LONG.format(session.date()) + " "
                + session.start() + "-" + session.end() + ", " + session.poolName()));
        // Pain opens with attendance (entering it marks the person as come), shortly before the start.
        AttendanceOpening opening = attendance.opening(sessionId);
        boolean future = !opening.open();
        if (future) {
            add(new Paragraph("Pain can be entered from " + opening.when() + "."));
        } else {
            add(new Paragraph("Enter pain from 0 (none) to 10 (worst) before and after the class. Each number is "
                    + "saved as soon as you enter it. Entering pain for someone not checked in yet marks them as "
                    + "attended. Pain " + sheet.flareRise() + " or more higher after the class is marked "
                    + "\"Flare\"."));
        }
        if (sheet.rows().isEmpty()) {
            add(new Paragraph("No one has a place in this class."));
            return;
        }
        Div rows = new Div();
        rows.addClassName("pain-rows");
        sheet.rows().forEach(row -> rows.add(new PainRowEditor(sessionId, row, sheet.flareRise(), future)));
        add(rows);
    }

    /** One person: name, pain before, pain after, and what happened. */
    private final class PainRowEditor extends Div {

        private final long sessionId;
        private final long bookingId;
        private final IntegerField before = painField("Pain before");
        private final IntegerField after = painField("Pain after");
        private final Div status = new Div();
        private final int flareRise;

        PainRowEditor(long sessionId, PainRow row, int flareRise, boolean future) {
            this.sessionId = sessionId;
            this.bookingId = row.bookingId();
            this.flareRise = flareRise;
            addClassName("pain-row");
            Span name = new Span(row.participantName());
            name.addClassName("pain-row-name");
            before.setAriaLabel("Pain before, " + row.participantName());
            after.setAriaLabel("Pain after, " + row.participantName());
            before.setId("pain-before-" + row.bookingId());
            after.setId("pain-after-" + row.bookingId());
            before.setValue(row.before());
            after.setValue(row.after());
            status.addClassName("pain-row-status");
            status.getElement().setAttribute("role", "status");
            RouterLink progress = new RouterLink(row.suggestionWaiting() ? "Progress: a suggestion is waiting"
                    : "Progress", ParticipantProgressView.class, row.participantId());
            progress.addClassName("pain-row-link");
            add(name, before, after, status, progress);
            if (row.didNotCome() || future) {
                before.setEnabled(false);
                after.setEnabled(false);
                if (row.didNotCome()) {
                    status.add(new Span("Marked as not come"));
                }
            } else {
                showStatus(row, false);
                before.addValueChangeListener(e -> save());
                after.addValueChangeListener(e -> save());
            }
        }

        private void save() {
            if (outOfScale(before) || outOfScale(after)) {
                return;
            }
            PainRow saved = painCheckIns.record(sessionId, bookingId, before.getValue(), after.getValue());
            showStatus(saved, true);
        }

        /** Not saved: a number outside 0-10, or text that is not a number (the field marks both). */
        private boolean outOfScale(IntegerField field) {
            Integer value = field.getValue();
            return value != null && (value < 0 || value > 10) || value == null && field.isInvalid();
        }

        private void showStatus(PainRow row, boolean justSaved) {
            status.removeAll();
            if (row.flare()) {
                Span flare = new Span("Flare: pain " + (row.after() - row.before()) + " higher after class");
                flare.addClassName("flare");
                flare.getElement().getThemeList().add("badge error primary");
                status.add(flare);
            }
            if (justSaved) {
                status.add(new Span("Saved"));
            }
        }
    }

    private static IntegerField painField(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setMax(10);
        field.setStepButtonsVisible(true);
        field.setHelperText("0-10");
        field.setErrorMessage("A number from 0 to 10");
        field.addClassName("pain-field");
        return field;
    }
}
