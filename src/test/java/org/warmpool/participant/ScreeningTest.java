package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ScreeningTest {

    private final Screening screening = Screening.DEFAULTS;

    private static IntakeAnswers answers(int pain, Integer weeks, PainDuration duration, Set<RedFlag> flags,
            Set<Contraindication> contraindications) {
        return new IntakeAnswers(pain, duration, weeks, Condition.HERNIATED_DISC, flags, contraindications, false,
                false, Set.of(), Set.of());
    }

    private static IntakeAnswers clean(int pain, Integer weeks) {
        return answers(pain, weeks, null, Set.of(), Set.of());
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void eachRedFlagAloneSendsToADoctorWithItsReason(RedFlag flag) {
        ScreeningOutcome outcome = screening.assess(answers(4, 3, null, EnumSet.of(flag), Set.of()));

        assertThat(outcome.status()).isEqualTo(ScreeningStatus.RED_FLAG);
        assertThat(outcome.mayBook()).isFalse();
        assertThat(outcome.redFlags()).containsExactly(flag);
        assertThat(outcome.message()).startsWith("Please contact a doctor or emergency services now.")
                .contains(flag.reason());
    }

    @ParameterizedTest
    @EnumSource(Contraindication.class)
    void eachContraindicationAloneWaitsForClearanceWithItsReason(Contraindication contraindication) {
        ScreeningOutcome outcome = screening.assess(answers(4, 3, null, Set.of(), EnumSet.of(contraindication)));

        assertThat(outcome.status()).isEqualTo(ScreeningStatus.NEEDS_CLEARANCE);
        assertThat(outcome.mayBook()).isFalse();
        assertThat(outcome.contraindications()).containsExactly(contraindication);
        assertThat(outcome.message()).contains("note from your doctor").contains(contraindication.reason());
    }

    @Test
    void aRedFlagOutranksContraindicationsButBothAreKept() {
        ScreeningOutcome outcome = screening.assess(answers(5, 3, null, EnumSet.of(RedFlag.SADDLE_NUMBNESS),
                EnumSet.of(Contraindication.RECENT_SURGERY)));

        assertThat(outcome.status()).isEqualTo(ScreeningStatus.RED_FLAG);
        assertThat(outcome.contraindications()).containsExactly(Contraindication.RECENT_SURGERY);
    }

    @Test
    void severalRedFlagsAreAllNamedInOneSentence() {
        ScreeningOutcome outcome = screening.assess(answers(5, 3, null,
                EnumSet.of(RedFlag.BLADDER_OR_BOWEL, RedFlag.FEVER_WITH_BACK_PAIN), Set.of()));

        assertThat(outcome.message()).contains("new loss of bladder or bowel control and fever with back pain");
    }

    @Test
    void everyContraindicationTogetherStillOnlyNeedsOneClearance() {
        ScreeningOutcome outcome = screening.assess(answers(2, 1, null, Set.of(), EnumSet.allOf(Contraindication.class)));

        assertThat(outcome.status()).isEqualTo(ScreeningStatus.NEEDS_CLEARANCE);
        assertThat(outcome.contraindications()).hasSize(Contraindication.values().length);
    }

    @ParameterizedTest(name = "pain {0} for {1} weeks: high {2}, chronic {3}")
    @CsvSource({
            "0, 1, false, false",
            "6, 11, false, false",
            "7, 11, true, false",
            "6, 12, false, true",
            "10, 52, true, true",
            "3, 0, false, false"})
    void highPainStartsAtSevenAndChronicAtTwelveWeeks(int pain, int weeks, boolean high, boolean chronic) {
        ScreeningOutcome outcome = screening.assess(clean(pain, weeks));

        assertThat(outcome.status()).isEqualTo(ScreeningStatus.CLEARED);
        assertThat(outcome.mayBook()).isTrue();
        assertThat(outcome.highPain()).isEqualTo(high);
        assertThat(outcome.chronic()).isEqualTo(chronic);
    }

    @ParameterizedTest(name = "{0} weeks counted: chronic {1}")
    @CsvSource({"11, false", "12, true"})
    void twelveCountedWeeksAreChronicElevenAreNot(int weeks, boolean chronic) {
        assertThat(screening.assess(clean(3, weeks)).chronic()).isEqualTo(chronic);
    }

    @ParameterizedTest(name = "\"{1}\" chosen: chronic {2}")
    @CsvSource({
            "LESS_THAN_2_WEEKS, Less than 2 weeks, false",
            "TWO_TO_11_WEEKS, 2 to 11 weeks, false",
            "TWELVE_WEEKS_OR_MORE, 12 weeks or more, true"})
    void withoutAWeekCountTheChoiceThatHoldsTwelveWeeksIsChronic(PainDuration duration, String label,
            boolean chronic) {
        assertThat(duration.label()).isEqualTo(label);
        assertThat(screening.assess(answers(3, null, duration, Set.of(), Set.of())).chronic()).isEqualTo(chronic);
    }

    @Test
    void aChronicThresholdInsideABandCountsTheWholeBandAsChronic() {
        Screening eightWeeks = new Screening(7, 8);

        assertThat(eightWeeks.assess(answers(3, null, PainDuration.TWO_TO_11_WEEKS, Set.of(), Set.of())).chronic())
                .isTrue();
        assertThat(eightWeeks.assess(answers(3, null, PainDuration.LESS_THAN_2_WEEKS, Set.of(), Set.of())).chronic())
                .isFalse();
    }

    @Test
    void sciaticaInBothLegsIsARedFlagThatNamesItself() {
        ScreeningOutcome outcome = screening.assess(answers(3, 3, null, EnumSet.of(RedFlag.SCIATICA_BOTH_LEGS),
                Set.of()));

        assertThat(outcome.status()).isEqualTo(ScreeningStatus.RED_FLAG);
        assertThat(outcome.message()).contains("You told us about sciatica in both legs that is new or getting worse.")
                .contains("until the clinic has recorded that a doctor has seen you");
    }

    @Test
    void aClearedParticipantInHighOrChronicPainIsToldAboutGentleClasses() {
        assertThat(screening.assess(clean(8, 2)).message()).contains("Your pain is 8 out of 10")
                .contains("gentlest classes");
        assertThat(screening.assess(clean(4, 20)).message()).contains("(chronic)").contains("gentlest classes");
        assertThat(screening.assess(clean(3, 2)).message()).isEqualTo("Your pain is 3 out of 10.");
    }

    @Test
    void theThresholdsAreSettings() {
        Screening stricter = new Screening(6, 8);

        assertThat(stricter.assess(clean(6, 8)).highPain()).isTrue();
        assertThat(stricter.assess(clean(6, 8)).chronic()).isTrue();
    }

    @Test
    void painOutsideZeroToTenIsRefused() {
        assertThatThrownBy(() -> screening.assess(clean(11, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> screening.assess(clean(-1, 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
