package org.warmpool.participant.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.util.stream.IntStream;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.Limits;
import org.warmpool.participant.Condition;
import org.warmpool.participant.Intake;
import org.warmpool.participant.PainDuration;
import org.warmpool.participant.TimeOfDay;

/**
 * The intake's questions as fields, the same words wherever they are asked: on the participant's
 * own steps and on the front desk's one-page walk-in intake (where staff read them out).
 */
final class IntakeQuestions {

    static final String PAIN_NOW = "How strong is your pain right now?";
    static final String PAIN_SCALE = "0 means no pain, 10 the worst pain you can imagine";

    private IntakeQuestions() {
    }

    /** The pain now as eleven large choices, 0 to 10. */
    static RadioButtonGroup<Integer> painScale() {
        RadioButtonGroup<Integer> pain = new RadioButtonGroup<>(PAIN_NOW);
        pain.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
        pain.setHelperText(PAIN_SCALE);
        pain.addClassName("pain-scale");
        return pain;
    }

    static RadioButtonGroup<PainDuration> duration() {
        RadioButtonGroup<PainDuration> duration = new RadioButtonGroup<>("How long have you had this pain?");
        duration.setItems(PainDuration.values());
        duration.setItemLabelGenerator(PainDuration::label);
        duration.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        return duration;
    }

    static IntegerField weeks() {
        IntegerField weeks = new IntegerField("Or the number of weeks, if you know it");
        Limits.between(weeks, 0, Intake.PAIN_WEEKS_MAX, "weeks");
        weeks.setHelperText("Optional: 0 to " + ClinicFormats.number(Intake.PAIN_WEEKS_MAX) + " weeks");
        return weeks;
    }

    static RadioButtonGroup<Condition> condition() {
        RadioButtonGroup<Condition> condition = new RadioButtonGroup<>("What is the main cause of your pain?");
        condition.setItems(Condition.values());
        condition.setItemLabelGenerator(Condition::label);
        condition.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        condition.setHelperText("As your doctor or physiotherapist told you. If you are not sure, choose the last one.");
        return condition;
    }

    static RadioButtonGroup<Boolean> needsLift() {
        RadioButtonGroup<Boolean> lift = new RadioButtonGroup<>("How do you get into a pool?");
        lift.setItems(Boolean.FALSE, Boolean.TRUE);
        lift.setItemLabelGenerator(needs -> needs ? "I need a lift or a ramp" : "I can use steps with a handrail");
        lift.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        return lift;
    }

    static RadioButtonGroup<Boolean> deepWater() {
        RadioButtonGroup<Boolean> deep = new RadioButtonGroup<>(
                "Are you comfortable in deep water, out of your depth, with a float belt?");
        deep.setItems(Boolean.TRUE, Boolean.FALSE);
        deep.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
        deep.setHelperText("Only the most active level uses deep water");
        return deep;
    }

    static CheckboxGroup<DayOfWeek> preferredDays() {
        CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>("Which days suit you?");
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(ClinicFormats::weekday);
        days.setHelperText("Optional: we show these first");
        return days;
    }

    static CheckboxGroup<TimeOfDay> preferredTimes() {
        CheckboxGroup<TimeOfDay> times = new CheckboxGroup<>("Which times suit you?");
        times.setItems(TimeOfDay.values());
        times.setItemLabelGenerator(TimeOfDay::label);
        return times;
    }
}
