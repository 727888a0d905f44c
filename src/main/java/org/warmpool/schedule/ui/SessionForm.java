package org.warmpool.schedule.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.Duration;
import java.util.List;
import org.warmpool.base.ui.DateFields;
import org.warmpool.base.ClinicFormats;
import org.warmpool.pool.Pool;
import org.warmpool.program.ExerciseBias;
import org.warmpool.schedule.SessionChange;

/** Editing a session; onwards (this and following) the date stays each session's own. */
class SessionForm extends FormLayout {

    final DatePicker date = new DatePicker("Date");
    final TimePicker startTime = new TimePicker("Start time");
    final IntegerField durationMinutes = new IntegerField("Minutes");
    final Select<Pool> pool = new Select<>();
    final Select<ExerciseBias> bias = new Select<>();
    final IntegerField capacity = new IntegerField("Places");
    final BeanValidationBinder<SessionChange> binder = new BeanValidationBinder<>(SessionChange.class);

    SessionForm(List<Pool> pools, boolean onwards) {
        DateFields.clinic(date);
        date.setVisible(!onwards);
        startTime.setStep(Duration.ofMinutes(15));
        startTime.setLocale(ClinicFormats.LOCALE);
        pool.setLabel("Pool");
        pool.setItems(pools);
        pool.setItemLabelGenerator(p -> p.getName() + " (" + ClinicFormats.celsius(p.getWaterTemperature()) + ")");
        bias.setLabel("Exercise bias");
        bias.setItems(ExerciseBias.values());
        bias.setItemLabelGenerator(ExerciseBias::label);
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        add(date, startTime, durationMinutes, pool, bias, capacity);
        binder.bindInstanceFields(this);
    }
}
