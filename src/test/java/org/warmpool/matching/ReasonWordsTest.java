package org.warmpool.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.matching.MatchingFixtures.L0;
import static org.warmpool.matching.MatchingFixtures.L1;
import static org.warmpool.matching.MatchingFixtures.L2;
import static org.warmpool.matching.MatchingFixtures.session;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warmpool.participant.Condition;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.program.ExerciseBias;

/** Every reason in the words a participant or the front desk reads. */
class ReasonWordsTest {

    private static String words(Reason reason) {
        return ReasonWords.words(reason);
    }

    @Test
    void painInsideTheLevelsRange() {
        assertThat(words(new Reason.LevelFits(L2, 3, 4, false, false, null)))
                .isEqualTo("your pain of 3 fits its range (2 to 5)");
    }

    @Test
    void highPainInsideTheLevelsRange() {
        assertThat(words(new Reason.LevelFits(L0, 8, 4, false, true, null)))
                .isEqualTo("your pain of 8 (high) fits its range (6 to 10)");
    }

    @Test
    void chronicPainOutsideGentleMobilitysRange() {
        assertThat(words(new Reason.LevelFits(L1, 2, 30, true, false, null)))
                .isEqualTo("your pain of 2, lasting 12 weeks or more (chronic), suits this level, made for "
                        + "long-lasting pain");
    }

    @Test
    void theLevelStaffAccepted() {
        assertThat(words(new Reason.LevelFits(L2, 3, 4, false, false, 2))).isEqualTo("it is your current level");
    }

    @Test
    void aLevelBelowTheOneStaffAccepted() {
        assertThat(words(new Reason.LevelFits(L1, 3, 4, false, false, 2)))
                .isEqualTo("it is gentler than your current level (2)");
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "HERNIATED_DISC    | EXTENSION | extension-biased class suits a herniated disc",
            "HERNIATED_DISC    | NEUTRAL   | neutral-biased class suits a herniated disc",
            "HERNIATED_DISC    | FLEXION   | flexion-biased class, not ideal for a herniated disc (extension or "
                    + "neutral suits better)",
            "SPINAL_STENOSIS   | FLEXION   | flexion-biased class suits spinal stenosis",
            "DEGENERATIVE_DISC | NEUTRAL   | neutral-biased class suits degenerative disc disease",
            "SPONDYLOLISTHESIS | EXTENSION | extension-biased class, not ideal for spondylolisthesis (flexion or "
                    + "neutral suits better)",
            "PIRIFORMIS        | EXTENSION | extension-biased class suits piriformis syndrome",
            "SI_JOINT          | FLEXION   | flexion-biased class, not ideal for a sacroiliac joint problem (neutral "
                    + "suits better)",
            "OTHER_OR_UNKNOWN  | NEUTRAL   | neutral-biased class suits back pain of unknown cause"})
    void theBiasForTheCondition(Condition condition, ExerciseBias bias, String expected) {
        assertThat(words(new Reason.BiasFit(bias, condition, BiasGuide.fit(condition, bias)))).isEqualTo(expected);
    }

    @Test
    void warmWater() {
        assertThat(words(new Reason.WarmWater("Main pool", new BigDecimal("33.5")))).isEqualTo("33.5 °C pool");
    }

    @Test
    void thePreferredDayAndTime() {
        assertThat(words(new Reason.PreferredTime(DayOfWeek.TUESDAY, TimeOfDay.MORNING, true, true)))
                .isEqualTo("Tuesday morning as you prefer");
    }

    @Test
    void thePreferredDayOnly() {
        assertThat(words(new Reason.PreferredTime(DayOfWeek.FRIDAY, TimeOfDay.MORNING, true, false)))
                .isEqualTo("Friday as you prefer");
    }

    @Test
    void thePreferredTimeOnly() {
        assertThat(words(new Reason.PreferredTime(DayOfWeek.FRIDAY, TimeOfDay.EVENING, false, true)))
                .isEqualTo("in the evening as you prefer");
    }

    @Test
    void aKnownInstructor() {
        assertThat(words(new Reason.KnownInstructor("Ana"))).isEqualTo("with Ana, who taught you before");
    }

    @Test
    void seatsAndWaitlistPlaces() {
        assertThat(words(new Reason.Seats(1, 0))).isEqualTo("1 seat left");
        assertThat(words(new Reason.Seats(4, 0))).isEqualTo("4 seats left");
        assertThat(words(new Reason.Seats(0, 3))).isEqualTo("full: you would be number 3 on the waitlist");
    }

    @Test
    void refusals() {
        assertThat(words(new Reason.PainOutOfRange(L2, 7))).isEqualTo("Level 2 Stretch & Strengthen is for pain 2 to 5; "
                + "yours is 7");
        assertThat(words(new Reason.GentleLevelsOnly(L2, 8, true, true)))
                .isEqualTo("with pain of 8 (high), lasting 12 weeks or more (chronic), we suggest a gentler level first");
        assertThat(words(new Reason.AboveCurrentLevel(L2, 1))).isEqualTo("Level 2 Stretch & Strengthen is above your "
                + "current level (1); your instructor will suggest when to move up");
        assertThat(words(new Reason.PoolTooCold("Small pool", new BigDecimal("31.5"), L1)))
                .isEqualTo("Small pool is 31.5 °C; level 1 needs 32.0 °C");
        assertThat(words(new Reason.NoLift("Small pool"))).isEqualTo("Small pool has no lift or ramp");
        assertThat(words(new Reason.NeedsDeepWater(MatchingFixtures.L3))).isEqualTo("level 3 needs comfort in deep water");
        assertThat(words(new Reason.WaitlistFull(12))).isEqualTo("full, and the waitlist is full too (12 waiting)");
    }

    @Test
    void aRecommendationWithItsLevelAndWithoutIt() {
        Candidate candidate = session(1, L2, ExerciseBias.EXTENSION, "32.0");
        Recommendation recommendation = new Recommendation(candidate, 0, () -> List.of(
                new Reason.LevelFits(L2, 3, 4, false, false, null), new Reason.WarmWater("Pool 32.0",
                        new BigDecimal("32.0")), new Reason.Seats(2, 0)));

        assertThat(ReasonWords.recommendation(recommendation)).isEqualTo("Level 2 Stretch & Strengthen, because your "
                + "pain of 3 fits its range (2 to 5); 32.0 °C pool; 2 seats left");
        assertThat(ReasonWords.because(recommendation)).isEqualTo("Because your pain of 3 fits its range (2 to 5); "
                + "32.0 °C pool; 2 seats left");
        assertThat(recommendation.waitlistOnly()).isFalse();
    }

    @Test
    void aMatchedClassWithoutTheirPreferredDayOrTimeSaysNothingAboutEither() {
        Profile anyTime = MatchingFixtures.profile(3, 4, Condition.HERNIATED_DISC);

        assertThat(ReasonWords.because(matched(anyTime))).isEqualTo("Because your pain of 3 fits its range (2 to 5); "
                + "extension-biased class suits a herniated disc; 32.0 °C pool; 5 seats left");
    }

    @Test
    void aMatchedClassAtThePreferredTimeOnDayTheyDidNotAskFor() {
        Profile mornings = MatchingFixtures.withPreferences(MatchingFixtures.profile(3, 4, Condition.HERNIATED_DISC),
                Set.of(DayOfWeek.FRIDAY), Set.of(TimeOfDay.MORNING), Set.of());

        assertThat(ReasonWords.because(matched(mornings))).isEqualTo("Because your pain of 3 fits its range (2 to 5); "
                + "extension-biased class suits a herniated disc; 32.0 °C pool; in the morning as you prefer; "
                + "5 seats left");
    }

    private static Recommendation matched(Profile profile) {
        return new Matcher(MatchSettings.DEFAULTS).match(profile, List.of(session(1, L2, ExerciseBias.EXTENSION,
                "32.0"))).recommendations().get(0);
    }

    @Test
    void aRefusalListsEveryRuleItBreaks() {
        Rejection rejection = new Rejection(session(1, L2, ExerciseBias.EXTENSION, "32.0"), () -> List.of(
                new Reason.NoLift("Pool 32.0"), new Reason.WaitlistFull(10)));

        assertThat(ReasonWords.rejection(rejection))
                .isEqualTo("Pool 32.0 has no lift or ramp; full, and the waitlist is full too (10 waiting)");
    }
}
