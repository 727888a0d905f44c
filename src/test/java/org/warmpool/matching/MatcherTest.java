package org.warmpool.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.matching.MatchingFixtures.L0;
import static org.warmpool.matching.MatchingFixtures.L1;
import static org.warmpool.matching.MatchingFixtures.L2;
import static org.warmpool.matching.MatchingFixtures.L3;
import static org.warmpool.matching.MatchingFixtures.profile;
import static org.warmpool.matching.MatchingFixtures.session;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warmpool.participant.Condition;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.program.ExerciseBias;

class MatcherTest {

    private final Matcher matcher = new Matcher(MatchSettings.DEFAULTS);

    private List<Long> recommendedIds(Profile profile, List<Candidate> sessions) {
        return matcher.match(profile, sessions).recommendations().stream().map(r -> r.session().sessionId()).toList();
    }

    @ParameterizedTest(name = "{0}: {1} best, {2} fine, {3} poor")
    @CsvSource({
            "HERNIATED_DISC,    EXTENSION, NEUTRAL,   FLEXION",
            "SPINAL_STENOSIS,   FLEXION,   NEUTRAL,   EXTENSION",
            "SPONDYLOLISTHESIS, FLEXION,   NEUTRAL,   EXTENSION",
            "DEGENERATIVE_DISC, NEUTRAL,   ,          FLEXION",
            "SI_JOINT,          NEUTRAL,   ,          EXTENSION",
            "OTHER_OR_UNKNOWN,  NEUTRAL,   ,          FLEXION",
            "PIRIFORMIS,        NEUTRAL,   FLEXION,   "})
    void eachConditionPrefersItsExerciseBias(Condition condition, ExerciseBias best, ExerciseBias fine,
            ExerciseBias poor) {
        List<Candidate> sessions = new java.util.ArrayList<>(List.of(session(1, L2, best, "32.0")));
        if (fine != null) {
            sessions.add(session(2, L2, fine, "32.0"));
        }
        if (poor != null) {
            sessions.add(session(3, L2, poor, "32.0"));
        }

        List<Long> order = recommendedIds(profile(3, 2, condition), sessions);

        assertThat(order.get(0)).isEqualTo(1L);
        if (poor != null) {
            assertThat(order.get(order.size() - 1)).isEqualTo(3L);
        }
        assertThat(BiasGuide.fit(condition, best)).isEqualTo(Reason.BiasFit.Fit.BEST);
    }

    @Test
    void theDomainExamplePainSixChronicStenosisGetsGentleMobilityInAFlexionClassWithTheReasons() {
        Profile pat = MatchingFixtures.withPreferences(profile(6, 20, Condition.SPINAL_STENOSIS),
                Set.of(DayOfWeek.TUESDAY), Set.of(TimeOfDay.MORNING), Set.of(7L));
        Candidate best = session(1, L1, ExerciseBias.FLEXION, "33.5", DayOfWeek.TUESDAY, LocalTime.of(10, 0), true,
                7L, 3, 0);
        Candidate conditioning = session(2, L3, ExerciseBias.NEUTRAL, "30.0");
        Candidate strengthen = session(3, L2, ExerciseBias.FLEXION, "33.5");

        MatchResult result = matcher.match(pat, List.of(conditioning, best, strengthen));

        assertThat(result.recommendations()).extracting(r -> r.session().sessionId()).containsExactly(1L);
        assertThat(ReasonWords.recommendation(result.recommendations().get(0))).isEqualTo(
                "Level 1 Gentle Mobility, because your pain of 6, lasting 12 weeks or more (chronic), fits its range "
                        + "(4 to 7); flexion-biased class suits spinal stenosis; 33.5 °C pool; Tuesday morning as "
                        + "you prefer; with Ana, who taught you before; 3 seats left");
        assertThat(result.rejections()).extracting(r -> ReasonWords.rejection(r)).containsExactlyInAnyOrder(
                "with pain of 6, lasting 12 weeks or more (chronic), we suggest a gentler level first",
                "with pain of 6, lasting 12 weeks or more (chronic), we suggest a gentler level first");
    }

    @Test
    void highPainGetsLevelZeroFirstAndNeverLevelTwoOrThree() {
        Profile flare = profile(8, 3, Condition.HERNIATED_DISC);

        List<Long> order = recommendedIds(flare, List.of(session(1, L1, ExerciseBias.NEUTRAL, "34.0"),
                session(2, L0, ExerciseBias.NEUTRAL, "34.0"), session(3, L2, ExerciseBias.EXTENSION, "34.0"),
                session(4, L3, ExerciseBias.NEUTRAL, "34.0")));

        assertThat(order).containsExactly(2L);
    }

    @Test
    void chronicLowPainStillGoesToGentleMobility() {
        assertThat(recommendedIds(profile(2, 30, Condition.DEGENERATIVE_DISC), List.of(
                session(1, L0, ExerciseBias.NEUTRAL, "34.0"), session(2, L1, ExerciseBias.NEUTRAL, "34.0"),
                session(3, L2, ExerciseBias.NEUTRAL, "34.0")))).containsExactly(2L);
    }

    @Test
    void mildRecentPainPrefersTheLevelWhoseRangeIsCentredOnIt() {
        Profile lee = profile(3, 4, Condition.HERNIATED_DISC);

        List<Long> order = recommendedIds(lee, List.of(session(1, L3, ExerciseBias.NEUTRAL, "30.0"),
                session(2, L2, ExerciseBias.NEUTRAL, "30.0")));

        assertThat(order).containsExactly(2L, 1L);
    }

    @Test
    void aPoolColderThanTheLevelNeedsIsRefusedInWords() {
        MatchResult result = matcher.match(profile(8, 2, Condition.SI_JOINT),
                List.of(session(1, L0, ExerciseBias.NEUTRAL, "30.0")));

        assertThat(result.recommendations()).isEmpty();
        assertThat(ReasonWords.rejection(result.rejections().get(0))).isEqualTo("Pool 30.0 is 30.0 °C; level 0 needs 33.0 °C");
    }

    @Test
    void someoneWhoNeedsALiftGetsNoPoolWithoutOne() {
        Profile needsLift = new Profile(null, 5, 3, false, false, Condition.PIRIFORMIS, true, true, Set.of(), Set.of(),
                null, Set.of());

        MatchResult result = matcher.match(needsLift, List.of(session(1, L2, ExerciseBias.NEUTRAL, "32.0",
                DayOfWeek.MONDAY, LocalTime.NOON, false, null, 5, 0)));

        assertThat(ReasonWords.rejection(result.rejections().get(0))).isEqualTo("Pool 32.0 has no lift or ramp");
    }

    @Test
    void levelThreeNeedsComfortInDeepWater() {
        Profile shallow = new Profile(null, 1, 2, false, false, Condition.PIRIFORMIS, false, false, Set.of(), Set.of(),
                null, Set.of());

        MatchResult result = matcher.match(shallow, List.of(session(1, L3, ExerciseBias.NEUTRAL, "30.0")));

        assertThat(ReasonWords.rejection(result.rejections().get(0))).isEqualTo("level 3 needs comfort in deep water");
    }

    @Test
    void aFullClassOffersTheWaitlistUntilTheWaitlistIsFull() {
        Profile p = profile(3, 2, Condition.HERNIATED_DISC);
        Candidate waitlist = session(1, L2, ExerciseBias.EXTENSION, "32.0", DayOfWeek.MONDAY, LocalTime.NOON, true,
                null, 0, 2);
        Candidate tooFull = session(2, L2, ExerciseBias.EXTENSION, "32.0", DayOfWeek.MONDAY, LocalTime.of(15, 0), true,
                null, 0, 10);

        MatchResult result = matcher.match(p, List.of(waitlist, tooFull));

        assertThat(result.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.waitlistOnly()).isTrue();
            assertThat(ReasonWords.recommendation(r)).endsWith("full: you would be number 3 on the waitlist");
        });
        assertThat(ReasonWords.rejection(result.rejections().get(0))).contains("the waitlist is full too");
    }

    @Test
    void aLevelSetByStaffCapsTheLevelsAndAllowsAProgressionBeyondTheGentleOnes() {
        Profile progressed = new Profile(null, 7, 30, true, true, Condition.HERNIATED_DISC, false, true, Set.of(),
                Set.of(), 2, Set.of());

        MatchResult result = matcher.match(progressed, List.of(session(1, L2, ExerciseBias.EXTENSION, "32.0"),
                session(2, L3, ExerciseBias.EXTENSION, "32.0"), session(3, L1, ExerciseBias.EXTENSION, "33.0")));

        assertThat(result.recommendations()).extracting(r -> r.session().sessionId()).containsExactly(1L, 3L);
        assertThat(ReasonWords.rejection(result.rejections().get(0))).startsWith("Level 3 Aqua Conditioning is above "
                + "your current level (2)");
    }

    @Test
    void aBlockedParticipantGetsNothingAndTheReason() {
        Profile blocked = new Profile("Booking is closed", 5, 3, false, false, Condition.SI_JOINT, false, true,
                Set.of(), Set.of(), null, Set.of());

        MatchResult result = matcher.match(blocked, List.of(session(1, L2, ExerciseBias.NEUTRAL, "34.0")));

        assertThat(result.blockedBecause()).isEqualTo("Booking is closed");
        assertThat(result.recommendations()).isEmpty();
    }

    @Test
    void warmerWaterRanksHigherForMorePain() {
        Profile flare = profile(9, 1, Condition.OTHER_OR_UNKNOWN);

        assertThat(recommendedIds(flare, List.of(session(1, L0, ExerciseBias.NEUTRAL, "33.0"),
                session(2, L0, ExerciseBias.NEUTRAL, "35.0")))).containsExactly(2L, 1L);
        assertThat(L0.minWaterTemperature()).isEqualByComparingTo(new BigDecimal("33.0"));
    }

    @Test
    void onlyAClassWhoseSoleProblemIsTheLevelMayBeBookedAnywayByStaff() {
        // Pain 5, not in deep water: level 0 is out of pain range only; level 3 also needs deep water;
        // level 1 in a cold pool is too cold for its level.
        Profile ann = new Profile(null, 5, 4, false, false, Condition.HERNIATED_DISC, false, false, Set.of(),
                Set.of(), null, Set.of());
        MatchResult result = matcher.match(ann, List.of(session(1, L0, ExerciseBias.NEUTRAL, "34.0"),
                session(2, L3, ExerciseBias.NEUTRAL, "34.0"), session(3, L1, ExerciseBias.NEUTRAL, "30.0")));

        Map<Long, Boolean> overridable = result.rejections().stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.session().sessionId(), Rejection::levelOnly));
        assertThat(overridable).containsExactlyInAnyOrderEntriesOf(Map.of(1L, true, 2L, false, 3L, false));
    }
}
