package org.warmpool.instructor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import org.warmpool.base.ui.DateFields;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.Notifications;
import org.warmpool.instructor.AvailabilityWindow;
import org.warmpool.instructor.Certification;
import org.warmpool.account.ui.ResetLinkButton;
import org.warmpool.instructor.CertificationType;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorService;
import org.warmpool.instructor.Leave;

/** One instructor: contact and status, certificates, weekly availability and leave. */
class InstructorDialog extends Dialog {

    private final transient InstructorService instructors;
    private final long instructorId;
    private final transient Clock clock;
    private final Runnable changed;
    private final Div content = new Div();

    InstructorDialog(InstructorService instructors, long instructorId, Clock clock, Runnable changed) {
        this.instructors = instructors;
        this.instructorId = instructorId;
        this.clock = clock;
        this.changed = changed;
        add(content);
        getFooter().add(new Button("Close", click -> close()));
        setWidth("min(52rem, 100vw)");
        show();
    }

    private void show() {
        Instructor instructor = instructors.get(instructorId);
        setHeaderTitle(instructor.getName());
        content.removeAll();
        content.add(contact(instructor), certificates(instructor), availability(instructor), leave(instructor),
                new ResetLinkButton(instructor.getUser().getId(), instructor.getName()));
    }

    private void done(String message) {
        Notifications.success(message);
        changed.run();
        show();
    }

    private Div contact(Instructor instructor) {
        TextField phone = new TextField("Phone", instructor.getPhone() == null ? "" : instructor.getPhone(), "");
        Checkbox active = new Checkbox("Teaching (untick when they leave the clinic)", instructor.isActive());
        Button save = new Button("Save contact and status", click -> {
            instructors.update(instructorId, phone.getValue(), active.getValue());
            done("Saved.");
        });
        Div section = new Div(new Span(instructor.getEmail()), phone, active, save);
        section.addClassName("inline-row");
        return section;
    }

    private Div certificates(Instructor instructor) {
        LocalDate today = LocalDate.now(clock);
        UnorderedList list = new UnorderedList();
        list.setId("certificates");
        for (Certification c : instructor.getCertifications()) {
            Button remove = new Button("Remove", click -> {
                instructors.removeCertification(instructorId, c.getId());
                done("Certificate removed.");
            });
            remove.setAriaLabel("Remove " + c.getType().label() + " certificate " + c.getNumber());
            list.add(new ListItem(new Span(c.getType().label() + " no. " + c.getNumber() + ", " + c.getIssuedOn()
                    + " to " + c.getExpiresOn() + (c.getExpiresOn().isBefore(today) ? " (expired)" : "")), remove));
        }
        Select<CertificationType> type = new Select<>();
        type.setLabel("Certificate");
        type.setItems(CertificationType.values());
        type.setItemLabelGenerator(CertificationType::label);
        TextField number = new TextField("Number");
        DatePicker issued = new DatePicker("Issued on");
        DatePicker expires = new DatePicker("Expires on");
        DateFields.clinic(issued);
        DateFields.clinic(expires);
        Button add = new Button("Add certificate", click -> {
            instructors.addCertification(instructorId, type.getValue(), number.getValue(), issued.getValue(),
                    expires.getValue());
            done("Certificate added.");
        });
        Div form = new Div(type, number, issued, expires, add);
        form.addClassName("inline-row");
        return new Div(new H3("Certificates"), list, form);
    }

    private Div availability(Instructor instructor) {
        UnorderedList list = new UnorderedList();
        list.setId("availability");
        for (AvailabilityWindow w : instructor.getAvailability()) {
            String text = ClinicFormats.weekday(w.getDay()) + " " + w.getStartTime() + "-"
                    + w.getEndTime();
            Button remove = new Button("Remove", click -> {
                instructors.removeAvailability(instructorId, w.getId());
                done("Time removed.");
            });
            remove.setAriaLabel("Remove " + text);
            list.add(new ListItem(new Span(text), remove));
        }
        Select<DayOfWeek> day = new Select<>();
        day.setLabel("Weekday");
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(ClinicFormats::weekday);
        TimePicker from = new TimePicker("From");
        TimePicker until = new TimePicker("Until");
        from.setStep(Duration.ofMinutes(15));
        until.setStep(Duration.ofMinutes(15));
        from.setLocale(ClinicFormats.LOCALE);
        until.setLocale(ClinicFormats.LOCALE);
        Button add = new Button("Add time", click -> {
            instructors.addAvailability(instructorId, day.getValue(), from.getValue(), until.getValue());
            done("Time added.");
        });
        Div form = new Div(day, from, until, add);
        form.addClassName("inline-row");
        return new Div(new H3("When they can teach, every week"), list, form);
    }

    private Div leave(Instructor instructor) {
        UnorderedList list = new UnorderedList();
        list.setId("leave");
        for (Leave days : instructor.getLeave()) {
            Button remove = new Button("Remove", click -> {
                instructors.removeLeave(instructorId, days.getId());
                done("Leave removed.");
            });
            remove.setAriaLabel("Remove leave from " + days.getFirstDay());
            list.add(new ListItem(new Span(days.getFirstDay() + " to " + days.getLastDay() + ": " + days.getReason()),
                    remove));
        }
        DatePicker first = new DatePicker("First day");
        DatePicker last = new DatePicker("Last day");
        DateFields.clinic(first);
        DateFields.clinic(last);
        TextField reason = new TextField("Reason");
        Button add = new Button("Add leave", click -> {
            instructors.addLeave(instructorId, first.getValue(), last.getValue(), reason.getValue());
            Notifications.success("Leave added. Sessions in that time now show under \"Cover needed\", "
                    + "with substitutes.");
            changed.run();
            show();
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(first, last, reason, add);
        form.addClassName("inline-row");
        return new Div(new H3("Leave and sickness"), list, form);
    }
}
