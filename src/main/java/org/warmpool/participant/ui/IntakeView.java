package org.warmpool.participant.ui;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.participant.Condition;
import org.warmpool.participant.Contraindication;
import org.warmpool.participant.Intake;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.IntakeStep;
import org.warmpool.participant.PainDuration;
import org.warmpool.participant.RedFlag;
import org.warmpool.participant.SafetyQuestion;
import org.warmpool.participant.ScreeningOutcome;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.security.Roles;

/**
 * The intake in short steps with large controls. Every step is saved as it is left, so the
 * participant can stop and come back. "intake" is the participant's own; "intake/ID" lets the
 * front desk fill it in for a walk-in.
 */
@Route(value = "intake", layout = MainLayout.class)
@PageTitle("About your pain | Warmpool")
@RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
public class IntakeView extends Main implements HasUrlParameter<Long> {

    private static final List<IntakeStep> STEPS = List.of(IntakeStep.values());

    private final transient IntakeService intakes;
    private final ClinicSettings clinic;
    private final Paragraph progress = new Paragraph();
    private final Div stepContent = new Div();
    private final Div actions = new Div();
    private long participantId;
    private boolean forSomeoneElse;
    private IntakeStep step;

    public IntakeView(IntakeService intakes, ClinicSettings clinic) {
        this.intakes = intakes;
        this.clinic = clinic;
        addClassName("intake-view");
        progress.setId("intake-progress");
        actions.addClassName("inline-row");
        add(new H1("About your pain"), progress, stepContent, actions);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long forParticipant) {
        forSomeoneElse = forParticipant != null;
        participantId = forSomeoneElse ? forParticipant : intakes.myParticipantId();
        Intake draft = intakes.draft(participantId);
        IntakeStep missing = firstMissing(draft);
        show(missing == null ? IntakeStep.REVIEW : missing);
    }

    private static IntakeStep firstMissing(Intake draft) {
        if (draft.getPainNow() == null || (draft.getPainDuration() == null && draft.getPainWeeks() == null)) {
            return IntakeStep.PAIN;
        }
        if (draft.getCondition() == null) {
            return IntakeStep.CAUSE;
        }
        if (!draft.isRedFlagsAnswered()) {
            return IntakeStep.SAFETY;
        }
        if (!draft.isContraindicationsAnswered()) {
            return IntakeStep.HEALTH;
        }
        return draft.getNeedsLift() == null || draft.getDeepWaterOk() == null ? IntakeStep.ACCESS : null;
    }

    private void show(IntakeStep next) {
        step = next;
        Intake draft = intakes.draft(participantId);
        progress.setText("Step " + (STEPS.indexOf(step) + 1) + " of " + STEPS.size() + ": " + step.title());
        stepContent.removeAll();
        actions.removeAll();
        Runnable save = switch (step) {
            case PAIN -> painStep(draft);
            case CAUSE -> causeStep(draft);
            case SAFETY -> safetyStep(draft);
            case HEALTH -> yesNoStep(draft.getContraindications(), draft.isContraindicationsAnswered(),
                    Contraindication.values(), "Some health matters need a doctor's note before you go in the pool.",
                    answers -> intakes.saveContraindications(participantId, answers),
                    new EnumMap<>(Contraindication.class));
            case ACCESS -> accessStep(draft);
            case REVIEW -> reviewStep();
        };
        if (step != IntakeStep.PAIN) {
            Button back = new Button("Back", click -> show(STEPS.get(STEPS.indexOf(step) - 1)));
            actions.add(back);
        }
        if (save != null) {
            Button saveAndContinue = new Button("Save and continue", click -> {
                save.run();
                show(STEPS.get(STEPS.indexOf(step) + 1));
            });
            saveAndContinue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveAndContinue.setId("save-and-continue");
            actions.add(saveAndContinue);
        }
    }

    private Runnable painStep(Intake draft) {
        RadioButtonGroup<Integer> pain = IntakeQuestions.painScale();
        pain.setValue(draft.getPainNow());
        RadioButtonGroup<PainDuration> duration = IntakeQuestions.duration();
        duration.setValue(draft.getPainDuration());
        IntegerField weeks = IntakeQuestions.weeks();
        weeks.setValue(draft.getPainWeeks());
        stepContent.add(pain, duration, weeks);
        return () -> intakes.savePain(participantId, pain.getValue(), duration.getValue(), weeks.getValue());
    }

    private Runnable causeStep(Intake draft) {
        RadioButtonGroup<Condition> condition = IntakeQuestions.condition();
        condition.setValue(draft.getCondition());
        stepContent.add(condition);
        return () -> intakes.saveCause(participantId, condition.getValue());
    }

    private interface Answers<E> {
        void save(Set<E> yes);
    }

    /**
     * The red-flag questions. A "Yes" shows the warning to seek medical care at once, on this
     * step, and a change back to "No" takes it away again; the answers are saved as the step is left.
     */
    private Runnable safetyStep(Intake draft) {
        Map<RedFlag, RadioButtonGroup<Boolean>> groups = new EnumMap<>(RedFlag.class);
        Runnable save = yesNoStep(draft.getRedFlags(), draft.isRedFlagsAnswered(), RedFlag.values(),
                "These questions check that a pool class is safe for you now.",
                answers -> intakes.saveRedFlags(participantId, answers), groups);
        RedFlagAlert alert = new RedFlagAlert(clinic);
        stepContent.add(alert);
        Runnable update = () -> alert.show(groups.entrySet().stream()
                .filter(entry -> Boolean.TRUE.equals(entry.getValue().getValue())).map(Map.Entry::getKey).toList());
        groups.values().forEach(group -> group.addValueChangeListener(change -> update.run()));
        update.run();
        return save;
    }

    private <E extends Enum<E> & SafetyQuestion> Runnable yesNoStep(Set<E> saved, boolean answered, E[] questions, String intro,
            Answers<E> answers, Map<E, RadioButtonGroup<Boolean>> groups) {
        stepContent.add(new Paragraph(intro));
        for (E question : questions) {
            RadioButtonGroup<Boolean> yesNo = new RadioButtonGroup<>(question.question());
            yesNo.setItems(Boolean.TRUE, Boolean.FALSE);
            yesNo.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
            if (answered) {
                yesNo.setValue(saved.contains(question));
            }
            groups.put(question, yesNo);
            stepContent.add(yesNo);
        }
        return () -> {
            for (Map.Entry<E, RadioButtonGroup<Boolean>> entry : groups.entrySet()) {
                if (entry.getValue().getValue() == null) {
                    entry.getValue().setInvalid(true);
                    entry.getValue().setErrorMessage("Please answer yes or no");
                    throw new org.warmpool.base.RuleViolationException("Please answer every question with yes or no.");
                }
            }
            Set<E> yes = EnumSet.noneOf(questions[0].getDeclaringClass());
            groups.forEach((question, group) -> {
                if (group.getValue()) {
                    yes.add(question);
                }
            });
            answers.save(yes);
        };
    }

    private Runnable accessStep(Intake draft) {
        RadioButtonGroup<Boolean> lift = IntakeQuestions.needsLift();
        lift.setValue(draft.getNeedsLift());
        RadioButtonGroup<Boolean> deep = IntakeQuestions.deepWater();
        deep.setValue(draft.getDeepWaterOk());
        CheckboxGroup<DayOfWeek> days = IntakeQuestions.preferredDays();
        days.setValue(draft.getPreferredDays());
        CheckboxGroup<TimeOfDay> times = IntakeQuestions.preferredTimes();
        times.setValue(draft.getPreferredTimes());
        stepContent.add(lift, deep, days, times);
        return () -> intakes.saveAccess(participantId, lift.getValue(), deep.getValue(), days.getValue(),
                times.getValue());
    }

    private Runnable reviewStep() {
        stepContent.add(new Paragraph("Thank you. When you send your answers we tell you at once which classes "
                + "you can book. You can change your answers later if your pain changes."));
        Button send = new Button("Send my answers", click -> showOutcome(intakes.submit(participantId)));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-intake");
        actions.add(send);
        return null;
    }

    private void showOutcome(ScreeningOutcome outcome) {
        progress.setText("Your answers are saved.");
        stepContent.removeAll();
        actions.removeAll();
        stepContent.add(OutcomePanels.of(outcome, forSomeoneElse ? "participant-classes/" + participantId : "classes"));
    }

}
