package org.warmpool.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.time.LocalDate;
import org.warmpool.base.ui.DateFields;
import org.warmpool.participant.Intake;
import org.warmpool.base.ui.FormErrors;
import org.warmpool.base.ui.Notifications;
import org.warmpool.participant.ClearanceService;

/** Staff record that a doctor has seen the person: the red-flag answer stays, booking opens. */
class DoctorSeenForm extends Div {

    /** What staff type when a doctor has seen someone with a red flag. */
    static final class DoctorVisit {
        private LocalDate seenOn;
        private String doctor = "";
        private String note = "";

        LocalDate getSeenOn() {
            return seenOn;
        }

        void setSeenOn(LocalDate seenOn) {
            this.seenOn = seenOn;
        }

        String getDoctor() {
            return doctor;
        }

        void setDoctor(String doctor) {
            this.doctor = doctor;
        }

        String getNote() {
            return note;
        }

        void setNote(String note) {
            this.note = note;
        }
    }

    DoctorSeenForm(long participantId, ClearanceService clearances, Clock clock, Runnable recorded) {
        LocalDate today = LocalDate.now(clock);
        DatePicker seenOn = new DatePicker("Date the doctor saw them");
        seenOn.setMax(today);
        seenOn.setI18n(new DatePicker.DatePickerI18n().setMaxErrorMessage("The date cannot be in the future")
                .setBadInputErrorMessage("Enter a date, for example 3/12/2026"));
        DateFields.clinic(seenOn);
        TextField doctor = new TextField("Doctor's name");
        doctor.setMaxLength(Intake.DOCTOR_NAME_MAX_LENGTH);
        TextField note = new TextField("Note (optional)");
        note.setMaxLength(Intake.NOTE_MAX_LENGTH);
        note.setHelperText("For example what the doctor said about pool exercise");
        Binder<DoctorVisit> binder = new Binder<>();
        binder.forField(seenOn).asRequired("Enter the date the doctor saw them")
                .withValidator(day -> !day.isAfter(LocalDate.now(clock)), "The date cannot be in the future")
                .bind(DoctorVisit::getSeenOn, DoctorVisit::setSeenOn);
        binder.forField(doctor).asRequired("Enter the doctor's name")
                .withValidator(name -> name.strip().length() <= Intake.DOCTOR_NAME_MAX_LENGTH,
                        "The name can be " + Intake.DOCTOR_NAME_MAX_LENGTH + " characters at most")
                .bind(DoctorVisit::getDoctor, DoctorVisit::setDoctor);
        binder.forField(note).withValidator(text -> text.length() <= Intake.NOTE_MAX_LENGTH,
                        "The note can be " + Intake.NOTE_MAX_LENGTH + " characters at most")
                .bind(DoctorVisit::getNote, DoctorVisit::setNote);
        binder.setBean(new DoctorVisit());
        Button record = new Button("Record that a doctor has seen them", click -> {
            var status = binder.validate();
            if (status.isOk()) {
                DoctorVisit visit = binder.getBean();
                clearances.recordDoctorSeen(participantId, visit.getSeenOn(), visit.getDoctor(), visit.getNote());
                Notifications.success("Recorded that a doctor has seen them. The red-flag answer stays in the "
                        + "intake history.");
                recorded.run();
            } else {
                FormErrors.show(status);
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("record-doctor-seen");
        record.addClassName("wrapping-button");
        Div fields = new Div(seenOn, doctor, note);
        fields.addClassName("form-fields");
        add(new H2("Record that a doctor has seen this person"), new Paragraph("The red-flag answer "
                + "is kept. Booking opens once a doctor has seen them; staff who record it are written to the "
                + "audit log."), fields, record);
        setId("doctor-seen-form");
    }
}
