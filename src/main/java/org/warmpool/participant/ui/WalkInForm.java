package org.warmpool.participant.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.Notifications;
import org.warmpool.participant.Condition;
import org.warmpool.participant.Contraindication;
import org.warmpool.participant.Intake;
import org.warmpool.participant.IntakeAnswers;
import org.warmpool.participant.PainDuration;
import org.warmpool.participant.RedFlag;
import org.warmpool.participant.RegistrationForm;
import org.warmpool.participant.SafetyQuestion;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.participant.WalkInService;

/**
 * The front desk's one-page intake for someone who walked in: the registration fields and the six
 * intake steps' questions on one page, read out to the person. A red-flag tick shows the "seek
 * medical care now" warning at once. "Register and screen" checks every field first (each refusal
 * at its field), then registers, saves the answers and screens in one go through
 * {@link WalkInService}: a refusal there saves nothing and the form keeps what was typed.
 */
public class WalkInForm extends Div {

    static final String PAIN_RANGE = "Enter a number from 0 (no pain) to 10 (the worst pain)";
    static final String WEEKS_RANGE = "Enter a number of weeks from 0 to " + ClinicFormats.number(Intake.PAIN_WEEKS_MAX)
            + ", or leave it empty";

    private final RegistrationFields registration;
    private final IntegerField pain = new IntegerField(IntakeQuestions.PAIN_NOW);
    private final RadioButtonGroup<PainDuration> duration = IntakeQuestions.duration();
    private final IntegerField weeks = IntakeQuestions.weeks();
    private final RadioButtonGroup<Condition> condition = IntakeQuestions.condition();
    private final CheckboxGroup<RedFlag> redFlags = new CheckboxGroup<>("Warning signs: tick each one the person has now");
    private final Checkbox noRedFlag = new Checkbox("None of these warning signs");
    private final CheckboxGroup<Contraindication> contraindications = new CheckboxGroup<>(
            "Health matters that need a doctor's note: tick each one that applies");
    private final Checkbox noContraindication = new Checkbox("None of these health matters");
    private final RadioButtonGroup<Boolean> lift = IntakeQuestions.needsLift();
    private final RadioButtonGroup<Boolean> deepWater = IntakeQuestions.deepWater();
    private final CheckboxGroup<DayOfWeek> days = IntakeQuestions.preferredDays();
    private final CheckboxGroup<TimeOfDay> times = IntakeQuestions.preferredTimes();
    private final RedFlagAlert alert;
    private final Button register = new Button("Register and screen");

    public WalkInForm(WalkInService walkIns, ClinicSettings clinic, Clock clock,
            Consumer<WalkInService.Registered> registered) {
        addClassName("walk-in-form");
        setId("walk-in-form");
        registration = new RegistrationFields(false, LocalDate.now(clock));
        registration.consent.setLabel("The person agrees that the clinic stores their health answers "
                + "(read them the consent text on the registration page).");
        pain.setMin(0);
        pain.setMax(10);
        pain.setStepButtonsVisible(true);
        pain.setHelperText(IntakeQuestions.PAIN_SCALE);
        pain.setRequiredIndicatorVisible(true);
        // The field's own checks need the same words, or a refused number turns red without saying why.
        pain.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(PAIN_RANGE).setMaxErrorMessage(PAIN_RANGE)
                .setBadInputErrorMessage(PAIN_RANGE).setRequiredErrorMessage(PAIN_RANGE));
        weeks.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(WEEKS_RANGE)
                .setMaxErrorMessage(WEEKS_RANGE).setBadInputErrorMessage(WEEKS_RANGE));
        duration.setRequiredIndicatorVisible(true);
        condition.setRequiredIndicatorVisible(true);
        lift.setRequiredIndicatorVisible(true);
        // The answer that books nothing it should not: only the most active level needs deep water.
        deepWater.setValue(Boolean.FALSE);
        alert = new RedFlagAlert(clinic);
        checklist(redFlags, noRedFlag, RedFlag.values());
        checklist(contraindications, noContraindication, Contraindication.values());
        redFlags.setId("walk-in-red-flags");
        noRedFlag.setId("no-red-flag");
        contraindications.setId("walk-in-contraindications");
        noContraindication.setId("no-contraindication");
        pain.setId("walk-in-pain");
        redFlags.addValueChangeListener(change -> alert.show(change.getValue()));

        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("register-and-screen");
        // Disabled while the answers are sent, so that a double click registers the person once.
        register.setDisableOnClick(true);
        register.addClickListener(click -> submit(walkIns, registered));
        add(new H2("Who they are"), registration,
                new H2("Their pain"), pain, duration, weeks, condition,
                new H2("Safety"), redFlags, noRedFlag, alert,
                new H2("Health"), contraindications, noContraindication,
                new H2("Getting into the pool"), lift, deepWater, days, times,
                register);
    }

    /** A tick list of yes-answers with "None of these" beside it: one of the two must be chosen. */
    private static <E extends Enum<E> & SafetyQuestion> void checklist(CheckboxGroup<E> group, Checkbox none,
            E[] questions) {
        group.setItems(questions);
        group.setItemLabelGenerator(SafetyQuestion::question);
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setHelperText("Ask each question. If the answer to every one is no, tick \"" + none.getLabel() + "\".");
        group.setRequiredIndicatorVisible(true);
        none.addClassName("none-of-these");
        none.addValueChangeListener(change -> {
            if (change.getValue()) {
                group.clear();
                group.setInvalid(false);
            }
        });
        group.addValueChangeListener(change -> {
            if (!change.getValue().isEmpty()) {
                none.setValue(false);
                group.setInvalid(false);
            }
        });
    }

    private void submit(WalkInService walkIns, Consumer<WalkInService.Registered> registered) {
        RegistrationForm form = new RegistrationForm();
        List<String> wrong = new ArrayList<>();
        BinderValidationStatus<RegistrationForm> status = registration.binder.validate();
        status.getFieldValidationErrors().forEach(error -> wrong.add(
                error.getField() == registration.consent ? "Consent" : labelOf(error.getField())));
        check(pain, pain.getValue() != null && pain.getValue() >= 0 && pain.getValue() <= 10, PAIN_RANGE, wrong);
        boolean weeksInRange = weeks.getValue() == null || (weeks.getValue() >= 0 && weeks.getValue() <= Intake.PAIN_WEEKS_MAX);
        check(weeks, weeksInRange, WEEKS_RANGE, wrong);
        check(duration, duration.getValue() != null || weeks.getValue() != null,
                "Choose how long, or enter the number of weeks", wrong);
        check(condition, condition.getValue() != null, "Choose the main cause, or the last choice if not sure", wrong);
        check(redFlags, !redFlags.getValue().isEmpty() || noRedFlag.getValue(),
                "Tick each warning sign the person has, or \"" + noRedFlag.getLabel() + "\"", wrong);
        check(contraindications, !contraindications.getValue().isEmpty() || noContraindication.getValue(),
                "Tick each matter that applies, or \"" + noContraindication.getLabel() + "\"", wrong);
        check(lift, lift.getValue() != null, "Choose how they get into a pool", wrong);
        check(deepWater, deepWater.getValue() != null, "Choose yes or no", wrong);
        if (!wrong.isEmpty() || !registration.binder.writeBeanIfValid(form)) {
            Notifications.problem("Nothing was saved yet. Please correct the fields marked in red ("
                    + String.join("; ", wrong) + "): each says what to change.");
            register.setEnabled(true);
            return;
        }
        IntakeAnswers answers = new IntakeAnswers(pain.getValue(), duration.getValue(), weeks.getValue(),
                condition.getValue(), withNone(redFlags.getValue(), RedFlag.class),
                withNone(contraindications.getValue(), Contraindication.class),
                lift.getValue(), deepWater.getValue(), days.getValue(), times.getValue());
        WalkInService.Registered done;
        try {
            done = walkIns.registerAndScreen(form, answers);
        } catch (RuleViolationException refused) {
            // A rule the fields do not check (an e-mail address registered already): nothing was saved.
            Notifications.problem(refused.getMessage() + " Nothing was saved; the form keeps what you typed.");
            register.setEnabled(true);
            return;
        }
        registered.accept(done);
    }

    private static <E extends Enum<E>> Set<E> withNone(Set<E> ticked, Class<E> type) {
        return ticked.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(ticked);
    }

    private static void check(HasValidation field, boolean ok, String message, List<String> wrong) {
        field.setErrorMessage(ok ? null : message);
        field.setInvalid(!ok);
        if (!ok) {
            wrong.add(labelOf((HasValue<?, ?>) field));
        }
    }

    private static String labelOf(HasValue<?, ?> field) {
        return field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel() : "a field";
    }
}
