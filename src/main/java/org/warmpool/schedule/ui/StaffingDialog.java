package org.warmpool.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.Notifications;
import org.warmpool.schedule.AssignmentResult;
import org.warmpool.schedule.InstructorOption;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;

/**
 * Choosing the instructor of a session: those who can teach it first, best first, each with one
 * click to assign; below, the others with the reason in words.
 */
class StaffingDialog extends Dialog {

    private final transient StaffingService staffing;
    private final ScheduledSession session;
    private final Runnable changed;
    private final Div content = new Div();

    StaffingDialog(StaffingService staffing, ScheduledSession session, Runnable changed) {
        this.staffing = staffing;
        this.session = session;
        this.changed = changed;
        setHeaderTitle("Instructor for " + session.levelTitle() + ", " + session.date().format(ClinicFormats.DAY_LONG)
                + ", " + session.start().format(ClinicFormats.TIME));
        add(content);
        Button close = new Button("Close", click -> close());
        if (session.instructorId() != null) {
            Button dropOut = new Button("Remove " + session.instructorName(), click -> {
                staffing.unassign(session.id());
                Notifications.success(session.instructorName() + " removed. Choose a substitute below.");
                changed.run();
                show(null);
            });
            dropOut.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(dropOut);
        }
        getFooter().add(close);
        setWidth("min(48rem, 100vw)");
        show(session.instructorName());
    }

    private void show(String currentName) {
        content.removeAll();
        content.add(new Paragraph(currentName == null ? "No instructor is assigned." : "Now: " + currentName + "."));
        List<InstructorOption> options = staffing.options(session.id());
        List<InstructorOption> able = options.stream().filter(InstructorOption::canTeach).toList();
        List<InstructorOption> unable = options.stream().filter(o -> !o.canTeach()).toList();

        content.add(new H3("Can teach this session"));
        if (able.isEmpty()) {
            content.add(new Paragraph("Nobody who is qualified is free then. Consider another time or cancelling."));
        }
        UnorderedList ableList = new UnorderedList();
        ableList.setId("able-instructors");
        for (InstructorOption option : able) {
            Button assign = new Button("Assign " + option.name(), click -> assign(option, false));
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button onwards = new Button("Assign to this and following", click -> assign(option, true));
            onwards.setVisible(session.seriesId() != null);
            onwards.setAriaLabel("Assign to this and following: " + option.name()); // the visible words first
            Div actions = new Div(assign, onwards);
            actions.addClassName("inline-row");
            ListItem item = new ListItem(new Span(option.name() + ": " + option.summary()), actions);
            item.addClassName("option");
            ableList.add(item);
        }
        content.add(ableList);

        if (!unable.isEmpty()) {
            content.add(new H3("Cannot teach it"));
            UnorderedList unableList = new UnorderedList();
            unableList.setId("unable-instructors");
            unable.forEach(option -> unableList.add(new ListItem(option.name() + ": " + option.summary() + ".")));
            content.add(unableList);
        }
    }

    private void assign(InstructorOption option, boolean onwards) {
        if (onwards) {
            AssignmentResult result = staffing.assignFollowing(session.id(), option.instructorId());
            if (result.notAssigned().isEmpty()) {
                Notifications.success(option.name() + " assigned to " + result.assigned() + " sessions.");
            } else {
                Notifications.problem(option.name() + " assigned to " + result.assigned() + " sessions. Not assigned: "
                        + String.join(" | ", result.notAssigned().stream().limit(5).toList())
                        + (result.notAssigned().size() > 5 ? " | and " + (result.notAssigned().size() - 5) + " more" : "")
                        + ". See \"Cover needed\".");
            }
        } else {
            staffing.assign(session.id(), option.instructorId());
            Notifications.success(option.name() + " assigned.");
        }
        changed.run();
        close();
    }
}
