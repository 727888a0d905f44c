package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The value classes an intake stores its answers in: each step marks itself answered and keeps the others. */
class IntakeAnswerGroupsTest {

    @Test
    void painIsAnsweredWithTheNumberAndEitherTheWeeksOrARoughDuration() {
        assertThat(PainAnswers.NOT_ANSWERED.painAnswered()).isFalse();
        assertThat(PainAnswers.NOT_ANSWERED.withPain(5, null, null).painAnswered()).isFalse();
        assertThat(PainAnswers.NOT_ANSWERED.withPain(5, null, 8).painAnswered()).isTrue();
        assertThat(PainAnswers.NOT_ANSWERED.withPain(0, PainDuration.TWELVE_WEEKS_OR_MORE, null).painAnswered())
                .isTrue();
    }

    @Test
    void theCauseAndThePainAreSavedWithoutLosingEachOther() {
        PainAnswers answers = PainAnswers.NOT_ANSWERED.withCause(Condition.SI_JOINT).withPain(6, null, 3);

        assertThat(answers).isEqualTo(new PainAnswers(6, null, 3, Condition.SI_JOINT));
        assertThat(answers.withCause(Condition.PIRIFORMIS).painNow()).isEqualTo(6);
    }

    @Test
    void noneOfTheseIsAnAnswerAndEachQuestionKeepsTheOther() {
        SafetyAnswers none = SafetyAnswers.NOT_ANSWERED.withRedFlags(Set.of());
        assertThat(none.redFlagsAnswered()).isTrue();
        assertThat(none.redFlags()).isEmpty();
        assertThat(none.contraindicationsAnswered()).isFalse();

        SafetyAnswers both = none.withContraindications(Set.of(Contraindication.RECENT_SURGERY))
                .withRedFlags(Set.of(RedFlag.SADDLE_NUMBNESS, RedFlag.FEVER_WITH_BACK_PAIN));
        assertThat(both.redFlags()).containsExactlyInAnyOrder(RedFlag.SADDLE_NUMBNESS, RedFlag.FEVER_WITH_BACK_PAIN);
        assertThat(both.contraindications()).containsExactly(Contraindication.RECENT_SURGERY);
        assertThat(both.contraindicationsAnswered()).isTrue();
    }

    @Test
    void accessIsAnsweredOnceBothQuestionsAreAndTheDaysAndTimesComeBack() {
        assertThat(AccessAndPreferences.NOT_ANSWERED.answered()).isFalse();

        AccessAndPreferences access = AccessAndPreferences.of(false, true, Set.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY),
                Set.of(TimeOfDay.EVENING));
        assertThat(access.answered()).isTrue();
        assertThat(access.preferredDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
        assertThat(access.preferredTimes()).containsExactly(TimeOfDay.EVENING);
    }
}
