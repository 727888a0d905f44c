package org.warmpool.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.warmpool.base.ui.DateFields;
import org.warmpool.base.ClinicFormats;
import org.warmpool.pool.Pool;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ExerciseBias;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.SeriesDraft;

/** The "new class series" form: what, where, which weekdays, when, and the dates to skip. */
class SeriesForm extends FormLayout {

    final Select<ClassLevel> level = new Select<>();
    final Select<ExerciseBias> bias = new Select<>();
    final Select<Pool> pool = new Select<>();
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>("Weekdays");
    final TimePicker startTime = new TimePicker("Start time");
    final IntegerField durationMinutes = new IntegerField("Minutes");
    final DatePicker firstDate = new DatePicker("First date");
    final DatePicker lastDate = new DatePicker("Last date");
    final IntegerField capacity = new IntegerField("Places");
    final DatePicker skipDate = new DatePicker("Skip a date (holiday, maintenance)");
    final Div skippedList = new Div();
    final Paragraph temperatureWarning = new Paragraph();
    final BeanValidationBinder<SeriesDraft> binder = new BeanValidationBinder<>(SeriesDraft.class);
    private final Set<LocalDate> skipped = new TreeSet<>();

    SeriesForm(List<ClassLevel> levels, List<Pool> pools, LocalDate today) {
        level.setLabel("Level");
        level.setItems(levels);
        level.setItemLabelGenerator(ClassLevel::title);
        bias.setLabel("Exercise bias");
        bias.setItems(ExerciseBias.values());
        bias.setItemLabelGenerator(ExerciseBias::label);
        bias.setHelperText("Flexion suits stenosis; extension suits a herniated disc");
        pool.setLabel("Pool");
        pool.setItems(pools);
        pool.setItemLabelGenerator(p -> p.getName() + " (" + ClinicFormats.celsius(p.getWaterTemperature()) + ")");
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(ClinicFormats::weekday);
        startTime.setStep(Duration.ofMinutes(15));
        startTime.setLocale(ClinicFormats.LOCALE);
        durationMinutes.setHelperText("Filled in from the level");
        firstDate.setMin(today);
        DateFields.clinic(firstDate);
        DateFields.clinic(lastDate);
        DateFields.clinic(skipDate);
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        temperatureWarning.addClassName("warning-text");
        temperatureWarning.setVisible(false);

        Button addSkip = new Button("Skip this date", click -> addSkippedDate());
        Div skipRow = new Div(skipDate, addSkip);
        skipRow.addClassName("inline-row");
        skippedList.setId("skipped-dates");

        add(level, bias, pool, capacity, weekdays, startTime, durationMinutes, firstDate, lastDate, skipRow,
                skippedList, temperatureWarning);
        setColspan(weekdays, 2);
        setColspan(skipRow, 2);
        setColspan(skippedList, 2);
        setColspan(temperatureWarning, 2);

        binder.forField(lastDate).asRequired("Choose the last date")
                .withValidator(last -> firstDate.getValue() == null || !last.isBefore(firstDate.getValue()),
                        "The last date must be on or after the first date")
                .bind(SeriesDraft::getLastDate, SeriesDraft::setLastDate);
        binder.bindInstanceFields(this);
        level.addValueChangeListener(change -> levelOrPoolChanged(true));
        pool.addValueChangeListener(change -> levelOrPoolChanged(false));
    }

    /** Fills in the level's length and the largest allowed class, and warns about cold water. */
    private void levelOrPoolChanged(boolean levelChanged) {
        ClassLevel chosenLevel = level.getValue();
        Pool chosenPool = pool.getValue();
        if (levelChanged && chosenLevel != null) {
            durationMinutes.setValue(chosenLevel.getMinutes());
        }
        if (chosenLevel == null || chosenPool == null) {
            return;
        }
        int max = ScheduleService.maxCapacity(chosenLevel, chosenPool);
        capacity.setMax(max);
        capacity.setHelperText("At most " + max);
        if (capacity.getValue() == null || capacity.getValue() > max) {
            capacity.setValue(max);
        }
        boolean cold = chosenPool.getWaterTemperature().compareTo(chosenLevel.getMinWaterTemperature()) < 0;
        temperatureWarning.setVisible(cold);
        temperatureWarning.setText(cold ? "Warning: " + chosenPool.getName() + " is "
                + ClinicFormats.celsius(chosenPool.getWaterTemperature()) + " but " + chosenLevel.title()
                + " needs at least "
                + ClinicFormats.celsius(chosenLevel.getMinWaterTemperature())
                + ". You may save, but these sessions are flagged "
                + "and not recommended until the water is warm enough." : "");
    }

    private void addSkippedDate() {
        if (skipDate.getValue() != null) {
            skipped.add(skipDate.getValue());
            skipDate.clear();
            showSkipped();
        }
    }

    private void showSkipped() {
        skippedList.removeAll();
        for (LocalDate date : skipped) {
            Button remove = new Button("Remove", click -> {
                skipped.remove(date);
                showSkipped();
            });
            remove.setAriaLabel("Do not skip " + date);
            Div row = new Div(new Span("Skipped: " + date), remove);
            row.addClassName("inline-row");
            skippedList.add(row);
        }
    }

    Set<LocalDate> skippedDates() {
        return Set.copyOf(skipped);
    }
}
