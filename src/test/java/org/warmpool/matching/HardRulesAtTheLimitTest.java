package org.warmpool.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.matching.MatchingFixtures.L0;
import static org.warmpool.matching.MatchingFixtures.L1;
import static org.warmpool.matching.MatchingFixtures.L2;
import static org.warmpool.matching.MatchingFixtures.L3;
import static org.warmpool.matching.MatchingFixtures.profile;
import static org.warmpool.matching.MatchingFixtures.session;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warmpool.participant.Condition;
import org.warmpool.program.ExerciseBias;

/** Each hard rule just inside and just outside its limit, and what a refused participant reads. */
class HardRulesAtTheLimitTest {

    private final Matcher matcher = new Matcher(MatchSettings.DEFAULTS);

    private MatchResult match(Profile profile, Candidate session) {
        return matcher.match(profile, List.of(session));
    }

    private String refusal(Profile profile, Candidate session) {
        MatchResult result = match(profile, session);
        assertThat(result.recommendations()).isEmpty();
        return ReasonWords.rejection(result.rejections().get(0));
    }

    private static Profile atLevel(int pain, int currentLevel) {
        return new Profile(null, pain, 4, false, pain >= 7, Condition.HERNIATED_DISC, false, true, Set.of(),
                Set.of(), currentLevel, Set.of());
    }

    @Test
    void aClassAtExactlyTheAcceptedLevelIsOffered() {
        assertThat(match(atLevel(3, 2), session(1, L2, ExerciseBias.EXTENSION, "32.0")).recommendations())
                .hasSize(1);
    }

    @Test
    void aClassOneLevelAboveTheAcceptedLevelIsRefused() {
        assertThat(refusal(atLevel(1, 2), session(1, L3, ExerciseBias.EXTENSION, "32.0"))).isEqualTo(
                "Level 3 Aqua Conditioning is above your current level (2); your instructor will suggest when to "
                        + "move up");
    }

    @Test
    void waterAtExactlyTheLevelsMinimumIsWarmEnough() {
        assertThat(match(profile(8, 2, Condition.SI_JOINT), session(1, L0, ExerciseBias.NEUTRAL, "33.0"))
                .recommendations()).hasSize(1);
    }

    @Test
    void waterATenthOfADegreeBelowTheMinimumIsTooCold() {
        assertThat(refusal(profile(8, 2, Condition.SI_JOINT), session(1, L0, ExerciseBias.NEUTRAL, "32.9")))
                .isEqualTo("Pool 32.9 is 32.9 °C; level 0 needs 33.0 °C");
    }

    @ParameterizedTest(name = "pain {0} for level 2 (2 to 5): offered {1}")
    @CsvSource({"1, false", "2, true", "5, true", "6, false"})
    void painAtTheEdgesOfALevelsRange(int pain, boolean offered) {
        MatchResult result = match(profile(pain, 2, Condition.HERNIATED_DISC),
                session(1, L2, ExerciseBias.EXTENSION, "32.0"));

        assertThat(result.recommendations().isEmpty()).isEqualTo(!offered);
        if (!offered) {
            assertThat(ReasonWords.rejection(result.rejections().get(0)))
                    .isEqualTo("Level 2 Stretch & Strengthen is for pain 2 to 5; yours is " + pain);
        }
    }

    @Test
    void chronicPainInsideARangeStillGetsTheGentleLevelsOnly() {
        assertThat(refusal(profile(3, 12, Condition.HERNIATED_DISC), session(1, L2, ExerciseBias.EXTENSION, "32.0")))
                .isEqualTo("with pain of 3, lasting 12 weeks or more (chronic), we suggest a gentler level first");
    }

    @Test
    void highPainGetsTheGentleLevelsOnly() {
        assertThat(refusal(profile(7, 2, Condition.HERNIATED_DISC), session(1, L2, ExerciseBias.EXTENSION, "32.0")))
                .isEqualTo("with pain of 7 (high) we suggest a gentler level first");
    }

    @Test
    void chronicPainBelowGentleMobilitysRangeIsStillOfferedGentleMobility() {
        assertThat(match(profile(2, 12, Condition.DEGENERATIVE_DISC), session(1, L1, ExerciseBias.NEUTRAL, "32.0"))
                .recommendations()).hasSize(1);
    }

    @Test
    void recentPainBelowGentleMobilitysRangeIsNot() {
        assertThat(refusal(profile(2, 11, Condition.DEGENERATIVE_DISC), session(1, L1, ExerciseBias.NEUTRAL, "32.0")))
                .isEqualTo("Level 1 Gentle Mobility is for pain 4 to 7; yours is 2");
    }

    @Test
    void aPoolWithoutALiftIsFineForSomeoneWhoNeedsNone() {
        assertThat(match(profile(3, 2, Condition.PIRIFORMIS), session(1, L2, ExerciseBias.NEUTRAL, "32.0",
                DayOfWeek.MONDAY, LocalTime.NOON, false, null, 5, 0)).recommendations()).hasSize(1);
    }

    @Test
    void levelThreeIsOfferedToSomeoneComfortableInDeepWater() {
        assertThat(match(profile(1, 2, Condition.PIRIFORMIS), session(1, L3, ExerciseBias.NEUTRAL, "30.0"))
                .recommendations()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} seats, {1} waiting: offered {2}")
    @CsvSource({"0, 9, true", "0, 10, false", "1, 10, true"})
    void aWaitlistPlaceUntilTenAreWaiting(int seats, int waiting, boolean offered) {
        MatchResult result = match(profile(3, 2, Condition.HERNIATED_DISC), session(1, L2, ExerciseBias.EXTENSION,
                "32.0", DayOfWeek.MONDAY, LocalTime.NOON, true, null, seats, waiting));

        assertThat(result.recommendations().isEmpty()).isEqualTo(!offered);
        if (!offered) {
            assertThat(ReasonWords.rejection(result.rejections().get(0)))
                    .isEqualTo("full, and the waitlist is full too (10 waiting)");
        }
    }

    @Test
    void aClassThatBreaksEveryRuleSaysSoRuleByRule() {
        Profile ann = new Profile(null, 8, 2, false, true, Condition.HERNIATED_DISC, true, false, Set.of(), Set.of(),
                null, Set.of());

        MatchResult result = match(ann, session(1, L3, ExerciseBias.EXTENSION, "27.5", DayOfWeek.MONDAY,
                LocalTime.NOON, false, null, 0, 10));

        assertThat(ReasonWords.all(result.rejections().get(0).reasons())).containsExactly(
                "with pain of 8 (high) we suggest a gentler level first",
                "Pool 27.5 is 27.5 °C; level 3 needs 28.0 °C",
                "Pool 27.5 has no lift or ramp",
                "level 3 needs comfort in deep water",
                "full, and the waitlist is full too (10 waiting)");
        assertThat(result.rejections().get(0).levelOnly()).isFalse();
    }

    @Test
    void aClassThatOnlyBreaksTheLevelRuleMayBeBookedAnywayByStaff() {
        MatchResult result = match(profile(6, 2, Condition.HERNIATED_DISC), session(1, L2, ExerciseBias.EXTENSION,
                "32.0"));

        assertThat(result.rejections().get(0).levelOnly()).isTrue();
    }
}
