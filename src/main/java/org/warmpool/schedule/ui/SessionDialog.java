package org.warmpool.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.warmpool.base.ui.Focus;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.FormDialog;
import org.warmpool.base.ui.Notifications;
import org.warmpool.pool.Pool;
import org.warmpool.schedule.ClassSession;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SessionChange;
import org.warmpool.schedule.SessionChangeService;
import org.warmpool.schedule.StaffingService;

/** A session's details, with editing (this one, or onwards), cancelling, and a way to its waitlist. */
class SessionDialog extends Dialog {


    SessionDialog(ScheduleService schedule, SessionChangeService changes, StaffingService staffing, List<Pool> pools,
            ScheduledSession session, Clock clock, Runnable changed) {
        setHeaderTitle(session.levelTitle());
        add(new Paragraph(session.date().format(ClinicFormats.DAY_LONG_YEAR) + ", " + session.start() + "-"
                + session.end()),
                new Paragraph(session.poolName() + " (" + ClinicFormats.celsius(session.poolTemperature()) + "), "
                        + session.bias().label() + ", " + session.capacity() + " places"),
                new Paragraph(session.instructorName() == null ? "No instructor yet."
                        : "Instructor: " + session.instructorName()));
        if (session.poolTooCold()) {
            Paragraph cold = new Paragraph("The pool is colder than this level needs ("
                    + ClinicFormats.celsius(session.levelMinTemperature())
                    + "). The session is not recommended to participants.");
            cold.addClassName("warning-text");
            add(cold);
        }
        if (session.cancelled()) {
            add(new Paragraph("Cancelled: " + session.cancelReason()));
        }
        if (!session.cancelled()) {
            // By route name: the waitlist page belongs to the booking feature, which depends on the schedule.
            Button waitlist = new Button("Waitlist and places taken", click -> {
                close();
                UI.getCurrent().navigate("waitlist/" + session.id());
            });
            waitlist.setId("open-waitlist");
            add(waitlist);
        }
        Button close = new Button("Close", click -> close());
        boolean upcoming = !session.cancelled() && !session.date().isBefore(LocalDate.now(clock));
        if (upcoming) {
            Button editOne = new Button("Edit this session", click -> edit(schedule, changes, pools, session, false,
                    changed));
            Button editOnwards = new Button("Edit this and following",
                    click -> edit(schedule, changes, pools, session, true, changed));
            editOnwards.setVisible(session.seriesId() != null);
            Button instructor = new Button(session.instructorName() == null ? "Assign instructor" : "Change instructor",
                    click -> {
                        close();
                        new StaffingDialog(staffing, session, changed).open();
                    });
            Button cancel = new Button("Cancel session", click -> cancel(schedule, session, changed, click.getSource()));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(cancel, editOnwards, editOne, instructor);
        }
        getFooter().add(close);
        setWidth("min(40rem, 100vw)");
    }

    private void edit(ScheduleService schedule, SessionChangeService changes, List<Pool> pools,
            ScheduledSession session, boolean onwards, Runnable changed) {
        SessionForm form = new SessionForm(pools, onwards);
        SessionChange change = schedule.changeFor(session.id());
        String title = onwards ? "Edit this and all following sessions" : "Edit this session";
        new FormDialog<>(title, form, form.binder, change, edited -> {
            if (onwards) {
                int count = changes.editFollowing(session.id(), edited);
                Notifications.success(count + " sessions changed.");
            } else {
                changes.editSession(session.id(), edited);
                Notifications.success("Session changed.");
            }
            close();
            changed.run();
        }).open();
    }

    private void cancel(ScheduleService schedule, ScheduledSession session, Runnable changed, Component opener) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Cancel this session?");
        TextArea reason = new TextArea("Reason (participants will see it)");
        reason.setMaxLength(ClassSession.CANCEL_REASON_MAX_LENGTH);
        reason.setRequired(true);
        reason.setWidthFull();
        confirm.add(new Paragraph("The session stays in the history, marked cancelled with this reason."), reason);
        Button keep = new Button("Keep the session", click -> confirm.close());
        Button cancelIt = new Button("Cancel session", click -> {
            schedule.cancelSession(session.id(), reason.getValue());
            confirm.close();
            close();
            Notifications.success("Session cancelled.");
            changed.run();
        });
        cancelIt.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(keep, cancelIt);
        Focus.returnAfter(confirm, opener);
        confirm.open();
    }
}
