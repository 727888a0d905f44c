package org.warmpool.participant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.warmpool.participant.ui.IntakeSteps.CAUSE;
import static org.warmpool.participant.ui.IntakeSteps.PAIN_DURATION;
import static org.warmpool.participant.ui.IntakeSteps.PAIN_NOW;
import static org.warmpool.participant.ui.IntakeSteps.answerAccess;
import static org.warmpool.participant.ui.IntakeSteps.answerEveryQuestionNo;
import static org.warmpool.participant.ui.IntakeSteps.answerPain;
import static org.warmpool.participant.ui.IntakeSteps.button;
import static org.warmpool.participant.ui.IntakeSteps.choose;
import static org.warmpool.participant.ui.IntakeSteps.outcome;
import static org.warmpool.participant.ui.IntakeSteps.outcomeMessage;
import static org.warmpool.participant.ui.IntakeSteps.progress;
import static org.warmpool.participant.ui.IntakeSteps.questionGroups;
import static org.warmpool.participant.ui.IntakeSteps.radio;
import static org.warmpool.participant.ui.IntakeSteps.saveAndContinue;
import static org.warmpool.participant.ui.IntakeSteps.send;

import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.DayOfWeek;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.base.RuleViolationException;
import org.warmpool.participant.ClearanceService;
import org.warmpool.participant.RedFlag;
import org.warmpool.participant.Condition;
import org.warmpool.participant.HealthRecord;
import org.warmpool.participant.Intake;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.PainDuration;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.security.Role;

class IntakeViewTest extends KaribuTest {

    private static final String LEG_WEAKNESS = "Is one or both of your legs getting weaker?";
    private static final String FEVER = "Do you have a fever together with your back pain?";
    private static final String BOTH_LEGS = "Do you have sciatica (pain, tingling or numbness going down the leg) in "
            + "both legs, and is that new or getting worse?";
    private static final String RECENT_OPERATION = "Have you had an operation in the last 6 weeks?";
    private static final String DISC_WEAR = "Wear of the discs (degenerative disc disease)";
    private static final String GENTLEST_FOR_CHRONIC_PAIN_OF = "Your pain is %d out of 10 and "
            + "has lasted 12 weeks or more (chronic), so we suggest our gentlest classes to start with.";

    @Autowired
    private ParticipantTestData participants;
    @Autowired
    private IntakeService intakes;
    @Autowired
    private ClearanceService clearances;
    @Autowired
    private ParticipantRecordService records;

    private Registered pat;

    @BeforeEach
    void registerAndLogIn() {
        pat = participants.register("Pat Intake");
        login(pat.userId(), pat.email(), pat.name(), Role.PARTICIPANT);
    }

    @Test
    void theNumberOfWeeksStatesItsRealLimitOnTheFieldAndInTheMessage() {
        navigate("me");
        _click(button("Tell us about your pain"));
        com.vaadin.flow.component.textfield.IntegerField weeks = _get(
                com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withLabel("Or the number of weeks, if you know it"));

        assertThat(weeks.getMax()).isEqualTo(Intake.PAIN_WEEKS_MAX);
        assertThat(weeks.getHelperText()).isEqualTo("Optional: 0 to 5,200 weeks");
        assertThat(weeks.getI18n().getMaxErrorMessage()).isEqualTo("From 0 to 5,200 weeks");
        answerPain("6", "12 weeks or more");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(weeks, Intake.PAIN_WEEKS_MAX + 1);
        RuleViolationException refused = assertThrows(RuleViolationException.class, IntakeSteps::saveAndContinue);

        assertThat(refused.getMessage()).isEqualTo("The number of weeks is from 0 to 5,200.");
        assertThat(progress()).isEqualTo("Step 1 of 6: Your pain");
    }

    @Test
    void aParticipantAnswersEveryStepAndMayBookWithTheGentlestClassesSuggestedForChronicPain() {
        navigate("me");
        _click(button("Tell us about your pain"));

        assertThat(progress()).isEqualTo("Step 1 of 6: Your pain");
        answerPain("6", "12 weeks or more");
        saveAndContinue();
        assertThat(progress()).isEqualTo("Step 2 of 6: The cause");
        choose(CAUSE, DISC_WEAR);
        saveAndContinue();
        assertThat(progress()).isEqualTo("Step 3 of 6: Safety questions");
        assertThat(answerEveryQuestionNo()).isEqualTo(5);
        saveAndContinue();
        assertThat(progress()).isEqualTo("Step 4 of 6: Health questions");
        assertThat(answerEveryQuestionNo()).isEqualTo(7);
        saveAndContinue();
        assertThat(progress()).isEqualTo("Step 5 of 6: Getting into the pool and when you can come");
        answerAccess();
        saveAndContinue();
        assertThat(progress()).isEqualTo("Step 6 of 6: Check and send");
        send();

        assertThat(progress()).isEqualTo("Your answers are saved.");
        Div outcome = outcome();
        assertThat(_get(outcome, H2.class).getText()).isEqualTo("You can book classes");
        assertThat(outcomeMessage(outcome)).isEqualTo(GENTLEST_FOR_CHRONIC_PAIN_OF.formatted(6));
        _get(outcome, Anchor.class, spec -> spec.withText("See the classes that suit you"));
        assertThat(clearances.mayBook(pat.participantId())).isTrue();
        Intake sent = records.record(pat.participantId()).latest().orElseThrow();
        assertThat(sent.getPainNow()).isEqualTo(6);
        assertThat(sent.getPainDuration()).isEqualTo(PainDuration.TWELVE_WEEKS_OR_MORE);
        assertThat(sent.getCondition()).isEqualTo(Condition.DEGENERATIVE_DISC);
        assertThat(sent.getNeedsLift()).isFalse();
        assertThat(sent.getDeepWaterOk()).isFalse();
        assertThat(sent.getPreferredDays()).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(sent.getPreferredTimes()).containsExactly(TimeOfDay.MORNING);

        navigate("me");

        Div onMyPage = outcome();
        assertThat(_get(onMyPage, H2.class).getText()).isEqualTo("You can book classes");
        assertThat(outcomeMessage(onMyPage)).isEqualTo(GENTLEST_FOR_CHRONIC_PAIN_OF.formatted(6));
        button("My pain has changed: update my answers");
        _assertNone(Button.class, spec -> spec.withText("Tell us about your pain"));
    }

    @Test
    void aParticipantWhoStopsAfterTwoStepsComesBackToTheSafetyQuestionsWithTheEarlierAnswersKept() {
        navigate("me");
        _click(button("Tell us about your pain"));
        answerPain("6", "12 weeks or more");
        saveAndContinue();
        choose(CAUSE, DISC_WEAR);
        saveAndContinue();

        navigate("me");
        _click(button("Tell us about your pain"));

        assertThat(progress()).isEqualTo("Step 3 of 6: Safety questions");
        assertThat(questionGroups()).allSatisfy(group -> assertThat(group.getValue()).isNull());
        _click(button("Back"));
        assertThat(progress()).isEqualTo("Step 2 of 6: The cause");
        assertThat(radio(CAUSE).getValue()).isEqualTo(Condition.DEGENERATIVE_DISC);
        _click(button("Back"));
        assertThat(progress()).isEqualTo("Step 1 of 6: Your pain");
        assertThat(radio(PAIN_NOW).getValue()).isEqualTo(6);
        assertThat(radio(PAIN_DURATION).getValue()).isEqualTo(PainDuration.TWELVE_WEEKS_OR_MORE);
    }

    @Test
    void aYesToARedFlagQuestionSendsTheParticipantToADoctorAndBookingStaysClosed() {
        navigate("intake");
        answerPain("8", "2 to 11 weeks");
        saveAndContinue();
        choose(CAUSE, "Herniated or bulging disc in the lower back");
        saveAndContinue();
        choose(LEG_WEAKNESS, "Yes");
        answerEveryQuestionNo();
        saveAndContinue();
        answerEveryQuestionNo();
        saveAndContinue();
        answerAccess();
        saveAndContinue();
        send();

        Div outcome = outcome();
        assertThat(_get(outcome, H2.class).getText()).isEqualTo("Please contact a doctor or emergency services now");
        assertThat(outcomeMessage(outcome)).contains("You told us about leg weakness that is getting worse.")
                .contains("Booking is closed until the clinic has recorded that a doctor has seen you.");
        _assertNone(outcome, Anchor.class, spec -> spec.withText("See the classes that suit you"));
        assertThat(clearances.mayBook(pat.participantId())).isFalse();
        HealthRecord record = records.record(pat.participantId());
        assertThat(record.redFlag()).isTrue();
        assertThat(record.mayBook()).isFalse();

        navigate("me");

        assertThat(_get(outcome(), H2.class).getText()).isEqualTo("Please contact a doctor or emergency services now");
    }

    @Test
    void aYesToARedFlagShowsTheWarningToSeekCareAtOnceOnTheSafetyStepWithTheNumbersToCallAndANoTakesItAway() {
        navigate("intake");
        answerPain("8", "2 to 11 weeks");
        saveAndContinue();
        choose(CAUSE, "Herniated or bulging disc in the lower back");
        saveAndContinue();
        assertThat(progress()).isEqualTo("Step 3 of 6: Safety questions");
        assertThat(redFlagAlert().getText()).isEmpty();

        choose(LEG_WEAKNESS, "Yes");

        assertThat(progress()).isEqualTo("Step 3 of 6: Safety questions");
        Div alert = redFlagAlert();
        assertThat(alert.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(_get(alert, H2.class).getText()).isEqualTo("Please seek medical care now");
        assertThat(alert.getElement().getTextRecursively())
                .contains("You told us about leg weakness that is getting worse.")
                .contains("call 999 now, or go to the nearest emergency department")
                .contains("phone the clinic on 01632 960 123");
        assertThat(_find(alert, Anchor.class).stream().map(Anchor::getHref))
                .containsExactly("tel:999", "tel:01632960123");

        choose(LEG_WEAKNESS, "No");

        assertThat(redFlagAlert().getText()).isEmpty();
        _assertNone(redFlagAlert(), H2.class);
    }

    private static Div redFlagAlert() {
        return _get(Div.class, spec -> spec.withId("red-flag-alert"));
    }

    @Test
    void sciaticaInBothLegsIsAskedAndAYesSendsToADoctorAndCannotBeAnsweredNoAfterwards() {
        navigate("intake");
        answerPain("4", "12 weeks or more");
        saveAndContinue();
        choose(CAUSE, "Herniated or bulging disc in the lower back");
        saveAndContinue();
        choose(BOTH_LEGS, "Yes");
        answerEveryQuestionNo();
        saveAndContinue();
        answerEveryQuestionNo();
        saveAndContinue();
        answerAccess();
        saveAndContinue();
        send();

        assertThat(outcomeMessage(outcome()))
                .contains("You told us about sciatica in both legs that is new or getting worse.");
        assertThat(clearances.mayBook(pat.participantId())).isFalse();

        navigate("intake");
        while (!progress().endsWith("Safety questions")) {
            _click(IntakeSteps.button("Back"));
        }
        assertThat(radio(BOTH_LEGS).getValue()).isEqualTo(Boolean.TRUE);
        RadioButtonsKt.selectByLabel(radio(BOTH_LEGS), "No");

        RuleViolationException refusal = assertThrows(RuleViolationException.class, IntakeSteps::saveAndContinue);

        assertThat(refusal.getMessage()).contains("sciatica in both legs that is new or getting worse")
                .contains("stays as it was");
        assertThat(intakes.draft(pat.participantId()).getRedFlags()).contains(RedFlag.SCIATICA_BOTH_LEGS);
    }

    @Test
    void aYesToAHealthQuestionAsksForTheDoctorsNoteFirst() {
        navigate("intake");
        answerPain("4", "Less than 2 weeks");
        saveAndContinue();
        choose(CAUSE, "Something else, or I don't know");
        saveAndContinue();
        answerEveryQuestionNo();
        saveAndContinue();
        choose(RECENT_OPERATION, "Yes");
        answerEveryQuestionNo();
        saveAndContinue();
        answerAccess();
        saveAndContinue();
        send();

        Div outcome = outcome();
        assertThat(_get(outcome, H2.class).getText()).isEqualTo("We need your doctor's note first");
        assertThat(outcomeMessage(outcome)).contains("because you told us about surgery in the last 6 weeks.");
        _assertNone(outcome, Anchor.class, spec -> spec.withText("See the classes that suit you"));
        assertThat(clearances.mayBook(pat.participantId())).isFalse();
        assertThat(records.record(pat.participantId()).waitingForClearance()).isTrue();
    }

    @Test
    void aQuestionLeftUnansweredKeepsTheParticipantOnTheStepWithTheQuestionMarked() {
        navigate("intake");
        answerPain("5", "2 to 11 weeks");
        saveAndContinue();
        choose(CAUSE, DISC_WEAR);
        saveAndContinue();
        for (RadioButtonGroup<Boolean> group : questionGroups()) {
            if (!group.getLabel().equals(FEVER)) {
                RadioButtonsKt.selectByLabel(group, "No");
            }
        }

        RuleViolationException refusal = assertThrows(RuleViolationException.class, IntakeSteps::saveAndContinue);

        assertThat(refusal.getMessage()).isEqualTo("Please answer every question with yes or no.");
        assertThat(progress()).isEqualTo("Step 3 of 6: Safety questions");
        RadioButtonGroup<Boolean> fever = radio(FEVER);
        assertThat(fever.isInvalid()).isTrue();
        assertThat(fever.getErrorMessage()).isEqualTo("Please answer yes or no");
        assertThat(questionGroups()).filteredOn(group -> group != fever)
                .hasSize(4).allSatisfy(group -> assertThat(group.getValue()).isFalse());
        assertThat(intakes.draft(pat.participantId()).isRedFlagsAnswered()).isFalse();

        RadioButtonsKt.selectByLabel(fever, "No");
        saveAndContinue();

        assertThat(progress()).isEqualTo("Step 4 of 6: Health questions");
    }

    @Test
    void updatingTheIntakeLaterKeepsTheEarlierIntakeAsHistory() {
        navigate("intake");
        answerPain("6", "12 weeks or more");
        saveAndContinue();
        choose(CAUSE, DISC_WEAR);
        saveAndContinue();
        answerEveryQuestionNo();
        saveAndContinue();
        answerEveryQuestionNo();
        saveAndContinue();
        answerAccess();
        saveAndContinue();
        send();

        navigate("me");
        _click(button("My pain has changed: update my answers"));
        assertThat(progress()).isEqualTo("Step 6 of 6: Check and send");
        for (int step = 5; step >= 1; step--) {
            _click(button("Back"));
        }
        assertThat(progress()).isEqualTo("Step 1 of 6: Your pain");
        assertThat(radio(PAIN_NOW).getValue()).isEqualTo(6);
        RadioButtonsKt.selectByLabel(radio(PAIN_NOW), "3");
        for (int step = 1; step <= 5; step++) {
            saveAndContinue();
        }
        assertThat(progress()).isEqualTo("Step 6 of 6: Check and send");
        send();

        assertThat(outcomeMessage(outcome())).isEqualTo(GENTLEST_FOR_CHRONIC_PAIN_OF.formatted(3));
        login("desk@warmpool.example", Role.FRONT_DESK);
        HealthRecord record = records.record(pat.participantId());
        assertThat(record.history()).extracting(Intake::getPainNow).containsExactly(3, 6);
        assertThat(record.latest().orElseThrow().getPainNow()).isEqualTo(3);

        navigate("participant/" + pat.participantId());

        H2 earlier = _get(H2.class, spec -> spec.withText("Earlier intakes"));
        assertThat(_find(earlier.getParent().orElseThrow(), ListItem.class))
                .anyMatch(item -> item.getText().contains(": pain 6 of 10, cleared to book"));
    }
}
