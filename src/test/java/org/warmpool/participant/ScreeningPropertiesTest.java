package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.warmpool.SafetyTally;

/**
 * Screening's safety rules over generated intakes and thresholds. Tries come from
 * {@code jqwik.tries.default}: 10,000 in the default build, 100,000 in the {@code safety} profile.
 */
class ScreeningPropertiesTest {

    private static final SafetyTally TALLY = new SafetyTally("ScreeningPropertiesTest");

    @AfterContainer
    static void printTally() {
        TALLY.print();
    }

    @Property
    void anyRedFlagClosesBookingAndNamesEveryFlag(@ForAll("intakes") IntakeAnswers answers,
            @ForAll @IntRange(min = 1, max = 10) int highPainFrom, @ForAll @IntRange(min = 1, max = 104) int chronic) {
        TALLY.check("anyRedFlagClosesBookingAndNamesEveryFlag", () -> {
            ScreeningOutcome outcome = new Screening(highPainFrom, chronic).assess(answers);

            if (!answers.redFlags().isEmpty()) {
                assertThat(outcome.status()).isEqualTo(ScreeningStatus.RED_FLAG);
                assertThat(outcome.mayBook()).isFalse();
                answers.redFlags().forEach(flag -> assertThat(outcome.message()).contains(flag.reason()));
            } else if (!answers.contraindications().isEmpty()) {
                assertThat(outcome.status()).isEqualTo(ScreeningStatus.NEEDS_CLEARANCE);
                assertThat(outcome.mayBook()).isFalse();
            } else {
                assertThat(outcome.status()).isEqualTo(ScreeningStatus.CLEARED);
                assertThat(outcome.mayBook()).isTrue();
            }
            assertThat(outcome.redFlags()).containsExactlyInAnyOrderElementsOf(answers.redFlags());
            assertThat(outcome.contraindications()).containsExactlyInAnyOrderElementsOf(answers.contraindications());
        });
    }

    @Property
    void highPainAndChronicPainFollowTheThresholds(@ForAll("intakes") IntakeAnswers answers,
            @ForAll @IntRange(min = 1, max = 10) int highPainFrom, @ForAll @IntRange(min = 1, max = 104) int chronic) {
        TALLY.check("highPainAndChronicPainFollowTheThresholds", () -> {
            ScreeningOutcome outcome = new Screening(highPainFrom, chronic).assess(answers);

            assertThat(outcome.highPain()).isEqualTo(answers.painNow() >= highPainFrom);
            if (answers.painWeeks() != null) {
                assertThat(outcome.chronic()).isEqualTo(answers.painWeeks() >= chronic);
            } else if (chronic == 12) {
                assertThat(outcome.chronic()).as("12 weeks is chronic: the band that holds it is chronic")
                        .isEqualTo(answers.painDuration() == PainDuration.TWELVE_WEEKS_OR_MORE);
            }
        });
    }

    /** Whatever was reported, high pain or a red flag sets an accepted level aside; nothing else does. */
    @Property
    void highPainOrARedFlagSetsAnAcceptedLevelAside(@ForAll("intakes") IntakeAnswers answers,
            @ForAll @IntRange(min = 1, max = 10) int highPainFrom, @ForAll @IntRange(min = 0, max = 3) int accepted) {
        TALLY.check("highPainOrARedFlagSetsAnAcceptedLevelAside", () -> {
            var because = LevelSetAside.because(answers.painNow(), answers.redFlags(), highPainFrom,
                    "in the intake");

            assertThat(because.isPresent())
                    .isEqualTo(answers.painNow() >= highPainFrom || !answers.redFlags().isEmpty());
            because.ifPresent(reason -> assertThat(new LevelSetAside(accepted, java.time.Instant.EPOCH, reason)
                    .wordsForParticipant(java.time.ZoneOffset.UTC)).startsWith("Your accepted level " + accepted
                    + " was set aside on 1 Jan because of ").contains("gentle classes"));
        });
    }

    @Provide
    Arbitrary<IntakeAnswers> intakes() {
        Arbitrary<Integer> pain = Arbitraries.integers().between(0, 10);
        Arbitrary<Integer> weeks = Arbitraries.integers().between(0, 200).injectNull(0.4);
        Arbitrary<PainDuration> duration = Arbitraries.of(PainDuration.class);
        Arbitrary<Condition> condition = Arbitraries.of(Condition.class);
        Arbitrary<Set<RedFlag>> flags = Arbitraries.of(RedFlag.class).set().ofMaxSize(3)
                .withSizeDistribution(net.jqwik.api.RandomDistribution.biased());
        Arbitrary<Set<Contraindication>> contraindications = Arbitraries.of(Contraindication.class).set()
                .ofMaxSize(3).withSizeDistribution(net.jqwik.api.RandomDistribution.biased());
        Arbitrary<Boolean> yes = Arbitraries.of(true, false);
        return Combinators.combine(pain, weeks, duration, condition, flags, contraindications, yes, yes)
                .as((p, w, d, c, f, ci, lift, deep) -> new IntakeAnswers(p, w == null ? d : null, w, c, f, ci, lift,
                        deep, Set.<DayOfWeek>of(), Set.<TimeOfDay>of()));
    }
}
