package org.warmpool.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;
import static org.warmpool.progress.ProgressTestData.asInstructor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.TestClock;
import org.warmpool.base.RuleViolationException;
import org.warmpool.booking.BookingTestData;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.participant.AuditTrail;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.program.ProgrammeSettings;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.progress.ProgressTestData;
import org.warmpool.security.SystemTasks;

/** When the outcome questionnaire is due, what is stored when it is answered, and who may read the scores. */
@SpringBootTest
@ActiveProfiles("test")
class QuestionnaireServiceTest {

    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    ProgrammeSettingsService programme;
    @Autowired
    BookingTestData data;
    @Autowired
    ParticipantTestData participants;
    @Autowired
    ProgressTestData classes;
    @Autowired
    InstructorTestData instructors;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
        SystemTasks.runAsStaff(() -> {
            ProgrammeSettings current = programme.current();
            current.setOutcomeQuestionnaire(ProgrammeSettings.ROLAND_MORRIS);
            current.setQuestionnaireEveryClasses(6);
            current.setRolandMorrisChange(5);
            current.setOswestryChange(10);
            programme.save(current);
        });
    }

    @Test
    void dueOnlyOnceTheIntakeIsSentAndNotAgainRightAfterAnswering() {
        Registered noIntake = participants.register("Nia No Intake");
        assertThat(as(noIntake, () -> questionnaires.myDue()).due()).isFalse();
        assertThatThrownBy(() -> as(noIntake, () -> questionnaires.answerRolandMorris(yes(3))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("intake");

        Registered ida = data.cleared("Ida Intake Sent");
        Outcomes.Due atIntake = as(ida, () -> questionnaires.myDue());
        assertThat(atIntake.due()).isTrue();
        assertThat(atIntake.kind()).isEqualTo(Questionnaire.RMDQ);

        as(ida, () -> questionnaires.answerRolandMorris(yes(9)));
        assertThat(as(ida, () -> questionnaires.myDue()).due()).isFalse();
    }

    @Test
    void dueAgainAfterTheSetNumberOfAttendedClassesSinceTheLastAnswers() {
        Registered ted = data.cleared("Ted Six Classes");
        answeredDaysAgo(ted, 50, () -> questionnaires.answerRolandMorris(yes(14)));
        classes.classesWithPain(ted, 2, 40, "4-4 4-3 4-4 3-3 3-3");

        Outcomes.Due afterFive = as(ted, () -> questionnaires.myDue());
        assertThat(afterFive.due()).isFalse();
        assertThat(afterFive.classesSince()).isEqualTo(5);

        classes.classesWithPain(ted, 2, 2, "3-2");
        Outcomes.Due afterSix = as(ted, () -> questionnaires.myDue());
        assertThat(afterSix.due()).isTrue();
        assertThat(afterSix.reason()).isEqualTo("6 classes attended since the last answers.");

        // The clinic asks every 8 classes instead: not due yet.
        SystemTasks.runAsStaff(() -> {
            ProgrammeSettings current = programme.current();
            current.setQuestionnaireEveryClasses(8);
            programme.save(current);
        });
        assertThat(as(ted, () -> questionnaires.myDue()).due()).isFalse();
    }

    @Test
    void classesBeforeTheLastAnswersDoNotCount() {
        Registered una = data.cleared("Una Earlier Classes");
        classes.classesWithPain(una, 2, 60, "4-4 4-3 4-4 3-3 3-3 3-3 3-3");
        as(una, () -> questionnaires.answerRolandMorris(yes(10)));

        Outcomes.Due due = as(una, () -> questionnaires.myDue());
        assertThat(due.due()).isFalse();
        assertThat(due.classesSince()).isZero();
    }

    @Test
    void whenStaffAskItIsDueUntilAnsweredAndTheRequestIsAudited() {
        Registered sue = data.cleared("Sue Asked Again");
        as(sue, () -> questionnaires.answerRolandMorris(yes(12)));
        assertThat(as(sue, () -> questionnaires.myDue()).due()).isFalse();

        asStaff(() -> {
            questionnaires.askAgain(sue.participantId());
            return null;
        });
        Outcomes.Due asked = as(sue, () -> questionnaires.myDue());
        assertThat(asked.due()).isTrue();
        assertThat(asked.reason()).isEqualTo("The clinic asked for it again.");
        assertThat(asStaff(() -> auditTrail.of(sue.participantId())))
                .filteredOn(e -> e.getAction().equals("REQUESTED_QUESTIONNAIRE")).singleElement()
                .satisfies(e -> assertThat(e.getDetails()).isEqualTo("Questionnaire request"));

        as(sue, () -> questionnaires.answerRolandMorris(yes(11)));
        assertThat(as(sue, () -> questionnaires.myDue()).due()).isFalse();
        assertThatThrownBy(() -> as(sue, () -> {
            questionnaires.askAgain(sue.participantId());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rolandMorrisAnswersAreStoredWithTheirScoreAndAnImportantFallIsMarked() {
        Registered rae = data.cleared("Rae Roland Morris");
        answeredDaysAgo(rae, 30, () -> questionnaires.answerRolandMorris(yes(14)));
        Outcomes.Score second = as(rae, () -> questionnaires.answerRolandMorris(yes(9)));
        assertThat(second.value()).isEqualByComparingTo("9");
        assertThat(second.change()).isEqualTo(ImportantChange.IMPROVED);

        Outcomes mine = as(rae, () -> questionnaires.mine());
        assertThat(mine.scores()).extracting(Outcomes.Score::shown).containsExactly("14", "9");
        assertThat(mine.scores()).extracting(Outcomes.Score::change)
                .containsExactly(null, ImportantChange.IMPROVED);
        assertThat(mine.summaries()).singleElement().asString()
                .startsWith("Roland-Morris: 14 on ").contains(", 9 on ")
                .endsWith(": an important improvement (5 points or more)");

        // A fall of 4 is not important at the default threshold.
        Outcomes.Score third = as(rae, () -> questionnaires.answerRolandMorris(yes(5)));
        assertThat(third.change()).isEqualTo(ImportantChange.NO_IMPORTANT_CHANGE);
    }

    @Test
    void oswestryAnswersAreScoredWithSkippedSectionsAndMoreThanTwoSkippedAreRefused() {
        useOswestry();
        Registered oli = data.cleared("Oli Oswestry");
        assertThat(as(oli, () -> questionnaires.myDue()).kind()).isEqualTo(Questionnaire.ODI);
        assertThatThrownBy(() -> as(oli, () -> questionnaires.answerRolandMorris(yes(3))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Oswestry");

        // 16 points over nine answered sections: 35.6%.
        Outcomes.Score first = as(oli, () -> questionnaires.answerOswestry(
                Arrays.asList(2, 2, 2, 2, 2, 2, 2, null, 1, 1)));
        assertThat(first.shown()).isEqualTo("35.6%");

        assertThatThrownBy(() -> as(oli, () -> questionnaires.answerOswestry(
                Arrays.asList(2, 2, 2, 2, 2, 2, 2, null, null, null))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("skip 2 at most");

        Outcomes.Score second = as(oli, () -> questionnaires.answerOswestry(
                Arrays.asList(1, 1, 1, 1, 1, 1, 1, null, 1, 1)));
        assertThat(second.shown()).isEqualTo("20.0%");
        assertThat(second.change()).isEqualTo(ImportantChange.IMPROVED);
        assertThat(as(oli, () -> questionnaires.mine()).summaries()).singleElement().asString()
                .startsWith("Oswestry: 35.6% on ").endsWith(": an important improvement (10 percentage points or more)");
    }

    @Test
    void anotherParticipantCannotReadTheScoresAndStaffReadsAreAuditedWithReferencesOnly() {
        Registered amy = data.cleared("Amy Private Scores");
        Registered bob = data.cleared("Bob Curious");
        Outcomes.Score saved = as(amy, () -> questionnaires.answerRolandMorris(yes(17)));

        assertThatThrownBy(() -> as(bob, () -> questionnaires.of(amy.participantId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(amy, () -> questionnaires.of(amy.participantId())).scores()).hasSize(1);
        assertThat(asStaff(() -> auditTrail.of(amy.participantId())))
                .noneMatch(e -> e.getAction().equals("VIEWED_QUESTIONNAIRES"));

        assertThat(asStaff(() -> questionnaires.of(amy.participantId())).scores()).hasSize(1);
        assertThat(asStaff(() -> auditTrail.of(amy.participantId())))
                .filteredOn(e -> e.getAction().equals("VIEWED_QUESTIONNAIRES")).singleElement()
                .satisfies(e -> {
                    assertThat(e.getDetails()).isEqualTo("Questionnaire " + saved.id());
                    assertThat(e.getDetails()).doesNotContain("17");
                });
    }

    @Test
    void anInstructorReadsOnlyWithinTheirRosterWindow() {
        Instructor teacher = asStaff(() -> instructors.qualified("Questionnaire Teacher"));
        Registered cal = data.cleared("Cal In Class");
        Registered dee = data.cleared("Dee Not In Class");
        classes.pastClass(2, 3, teacher, cal);
        as(cal, () -> questionnaires.answerRolandMorris(yes(8)));
        as(dee, () -> questionnaires.answerRolandMorris(yes(8)));

        assertThat(asInstructor(teacher, () -> questionnaires.of(cal.participantId())).scores()).hasSize(1);
        assertThat(asStaff(() -> auditTrail.of(cal.participantId())))
                .anyMatch(e -> e.getAction().equals("VIEWED_QUESTIONNAIRES"));
        assertThatThrownBy(() -> asInstructor(teacher, () -> questionnaires.of(dee.participantId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void useOswestry() {
        SystemTasks.runAsStaff(() -> {
            ProgrammeSettings current = programme.current();
            current.setOutcomeQuestionnaire(ProgrammeSettings.OSWESTRY);
            programme.save(current);
        });
    }

    private void answeredDaysAgo(Registered who, int days, Supplier<Outcomes.Score> answer) {
        clock.moveTo(clock.instant().minus(Duration.ofDays(days)));
        try {
            as(who, answer);
        } finally {
            clock.reset();
        }
    }

    /** Roland-Morris answers: the first {@code count} statements apply, the rest do not. */
    static List<Boolean> yes(int count) {
        List<Boolean> answers = new ArrayList<>(Collections.nCopies(RolandMorris.ITEMS, false));
        for (int i = 0; i < count; i++) {
            answers.set(i, true);
        }
        return answers;
    }
}
