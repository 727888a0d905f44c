package org.warmpool.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import org.warmpool.base.ui.DateFields;
import org.warmpool.participant.Intake;
import org.warmpool.base.ui.Notifications;
import org.warmpool.participant.ClearanceService;

/** Staff record a doctor's clearance for a participant whose screening asked for one. */
class ClearanceForm extends Div {

    ClearanceForm(long participantId, ClearanceService clearances, Clock clock, Runnable recorded) {
        DatePicker clearedOn = new DatePicker("Date of the clearance");
        DateFields.clinic(clearedOn);
        clearedOn.setMax(LocalDate.now(clock));
        TextField clearedBy = new TextField("Given by (doctor's name)");
        clearedBy.setMaxLength(Intake.DOCTOR_NAME_MAX_LENGTH);
        TextField note = new TextField("Note (optional)");
        note.setMaxLength(Intake.NOTE_MAX_LENGTH);
        Button record = new Button("Record clearance and open booking", click -> {
            clearances.recordClearance(participantId, clearedOn.getValue(), clearedBy.getValue(), note.getValue());
            Notifications.success("Clearance recorded. Booking is open.");
            recorded.run();
        });
        record.addClassName("wrapping-button");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(clearedOn, clearedBy, note);
        fields.addClassName("form-fields");
        add(new H2("Medical clearance"), fields, record);
        setId("clearance-form");
    }
}
