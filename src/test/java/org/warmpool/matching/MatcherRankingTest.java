package org.warmpool.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.matching.MatchingFixtures.L0;
import static org.warmpool.matching.MatchingFixtures.L1;
import static org.warmpool.matching.MatchingFixtures.L2;
import static org.warmpool.matching.MatchingFixtures.L3;
import static org.warmpool.matching.MatchingFixtures.profile;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.warmpool.participant.Condition;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.program.ExerciseBias;

/**
 * The order a participant sees, criterion by criterion as the domain rules list them: the level
 * closest to their need, a bias that suits their condition, warmer water for higher pain, their
 * preferred days and times, an instructor they know, seats left. Each test changes one thing
 * between otherwise equal classes; the precedence tests set one criterion against the next. The
 * class listed first in the schedule (earlier the same morning) is always the one that should
 * lose, so a criterion that stopped counting would leave it first.
 */
class MatcherRankingTest {

    private static final Condition DISC = Condition.HERNIATED_DISC; // extension best, neutral fine, flexion poor

    private final Matcher matcher = new Matcher(MatchSettings.DEFAULTS);

    /** A class on Tuesday at 9:00 + id minutes, everything else the same unless changed. */
    private static Builder session(long id) {
        return new Builder(id);
    }

    private List<Long> order(Profile profile, Builder... sessions) {
        List<Candidate> candidates = java.util.Arrays.stream(sessions).map(Builder::build).toList();
        MatchResult result = matcher.match(profile, candidates);
        assertThat(result.rejections()).as("every class here is allowed").isEmpty();
        return result.recommendations().stream().map(r -> r.session().sessionId()).toList();
    }

    private static Profile preferring(Profile p, Set<DayOfWeek> days, Set<TimeOfDay> times, Set<Long> known) {
        return MatchingFixtures.withPreferences(p, days, times, known);
    }

    @Nested
    class LevelClosestToTheNeed {

        @Test
        void painTwoGetsAquaConditioningBeforeStretchAndStrengthen() {
            // Pain 2 is in both ranges; level 3's (0 to 3) is centred nearer than level 2's (2 to 5).
            assertThat(order(profile(2, 3, DISC), session(1).level(L2), session(2).level(L3)))
                    .containsExactly(2L, 1L);
        }

        @Test
        void painFiveGetsGentleMobilityBeforeStretchAndStrengthen() {
            assertThat(order(profile(5, 3, DISC), session(1).level(L2), session(2).level(L1)))
                    .containsExactly(2L, 1L);
        }

        @Test
        void chronicPainOfNineGetsGentleMobilityTheLevelMadeForLongLastingPain() {
            assertThat(order(profile(9, 20, DISC), session(1).level(L0), session(2).level(L1)))
                    .containsExactly(2L, 1L);
        }

        @Test
        void chronicPainOfEightStillGetsWarmWaterReliefWhoseRangeIsCentredOnIt() {
            assertThat(order(profile(8, 20, DISC), session(1).level(L1), session(2).level(L0)))
                    .containsExactly(2L, 1L);
        }

        @Test
        void aLevelCentredOnTheirPainOutranksTheChronicLevel() {
            // The clinic made level 0 the level that also takes chronic pain, and level 1 is for pain 4 to 6.
            Matcher clinic = new Matcher(new MatchSettings(Set.of(0, 1), 0, Set.of(3), 10));
            LevelRules gentle = new LevelRules(1, "Gentle Mobility", 4, 6, new BigDecimal("32.0"));

            MatchResult result = clinic.match(profile(5, 20, DISC), List.of(session(1).level(L0).build(),
                    session(2).level(gentle).build()));

            assertThat(result.recommendations()).extracting(r -> r.session().sessionId()).containsExactly(2L, 1L);
        }

        @Test
        void aLevelSetByStaffComesFirstThenTheGentlerOnesNearestToIt() {
            Profile progressed = new Profile(null, 3, 4, false, false, DISC, false, true, Set.of(), Set.of(), 2,
                    Set.of());

            assertThat(order(progressed, session(1).level(L0), session(2).level(L1), session(3).level(L2)))
                    .containsExactly(3L, 2L, 1L);
        }

        @Test
        void outranksTheBias() {
            assertThat(order(profile(2, 3, DISC), session(1).level(L2).bias(ExerciseBias.EXTENSION),
                    session(2).level(L3).bias(ExerciseBias.FLEXION))).containsExactly(2L, 1L);
        }
    }

    @Nested
    class BiasThatSuitsTheCondition {

        @Test
        void bestThenFineThenPoor() {
            assertThat(order(profile(3, 3, DISC), session(1).bias(ExerciseBias.FLEXION),
                    session(2).bias(ExerciseBias.NEUTRAL), session(3).bias(ExerciseBias.EXTENSION)))
                    .containsExactly(3L, 2L, 1L);
        }

        @Test
        void outranksWarmerWaterEvenFiveDegreesWarmer() {
            assertThat(order(profile(4, 3, DISC), session(1).bias(ExerciseBias.NEUTRAL).water("35.0"),
                    session(2).bias(ExerciseBias.EXTENSION).water("30.0"))).containsExactly(2L, 1L);
        }
    }

    @Nested
    class WarmerWaterForHigherPain {

        @Test
        void painOfEightGetsThe34DegreePoolBeforeThe33DegreeOne() {
            assertThat(order(profile(8, 3, DISC), session(1).level(L0).water("33.0"),
                    session(2).level(L0).water("34.0"))).containsExactly(2L, 1L);
        }

        @Test
        void halfADegreeCounts() {
            assertThat(order(profile(8, 3, DISC), session(1).level(L0).water("33.0"),
                    session(2).level(L0).water("33.5"))).containsExactly(2L, 1L);
        }

        @Test
        void fromPainOfFour() {
            assertThat(order(profile(4, 3, DISC), session(1).water("31.0"), session(2).water("32.0")))
                    .containsExactly(2L, 1L);
        }

        @Test
        void notForPainOfThreeWhereTheEarlierClassStaysFirst() {
            assertThat(order(profile(3, 3, DISC), session(1).water("30.0"), session(2).water("35.0")))
                    .containsExactly(1L, 2L);
        }

        @Test
        void notBeyondFiveDegreesAboveTheLevelsMinimum() {
            assertThat(order(profile(4, 3, DISC), session(1).water("35.0"), session(2).water("36.0")))
                    .containsExactly(1L, 2L);
        }

        @Test
        void outranksThePreferredDayAndTime() {
            Profile pain = preferring(profile(8, 3, DISC), Set.of(DayOfWeek.TUESDAY), Set.of(TimeOfDay.MORNING),
                    Set.of());

            assertThat(order(pain, session(1).level(L0).water("33.0"),
                    session(2).level(L0).water("34.0").on(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0))))
                    .containsExactly(2L, 1L);
        }
    }

    @Nested
    class PreferredDaysAndTimes {

        private final Profile thursdayEvenings = preferring(profile(3, 3, DISC), Set.of(DayOfWeek.THURSDAY),
                Set.of(TimeOfDay.EVENING), Set.of());

        @Test
        void thePreferredDayFirst() {
            assertThat(order(thursdayEvenings, session(1).on(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0)),
                    session(2).on(DayOfWeek.THURSDAY, LocalTime.of(10, 0)))).containsExactly(2L, 1L);
        }

        @Test
        void thePreferredTimeFirst() {
            assertThat(order(thursdayEvenings, session(1).on(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0)),
                    session(2).on(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0)))).containsExactly(2L, 1L);
        }

        @Test
        void bothBeforeOneOfThem() {
            assertThat(order(thursdayEvenings, session(1).on(DayOfWeek.THURSDAY, LocalTime.of(10, 0)),
                    session(2).on(DayOfWeek.THURSDAY, LocalTime.of(18, 0)))).containsExactly(2L, 1L);
        }

        @Test
        void outrankAKnownInstructor() {
            Profile p = preferring(profile(3, 3, DISC), Set.of(DayOfWeek.THURSDAY), Set.of(), Set.of(7L));

            assertThat(order(p, session(1).instructor(7L).on(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0)),
                    session(2).on(DayOfWeek.THURSDAY, LocalTime.of(10, 0)))).containsExactly(2L, 1L);
        }
    }

    @Nested
    class AnInstructorWhoTaughtThem {

        @Test
        void comesFirst() {
            Profile p = preferring(profile(3, 3, DISC), Set.of(), Set.of(), Set.of(7L));

            assertThat(order(p, session(1).instructor(8L), session(2).instructor(7L))).containsExactly(2L, 1L);
        }

        @Test
        void outranksSeatsLeft() {
            Profile p = preferring(profile(3, 3, DISC), Set.of(), Set.of(), Set.of(7L));

            assertThat(order(p, session(1).seats(5), session(2).instructor(7L).seats(1))).containsExactly(2L, 1L);
        }

        @Test
        void aClassWithNoInstructorYetIsNotOneTheyKnow() {
            Profile p = preferring(profile(3, 3, DISC), Set.of(), Set.of(), Set.of(7L));

            assertThat(order(p, session(1).instructor(null), session(2).instructor(7L))).containsExactly(2L, 1L);
        }
    }

    @Nested
    class SeatsLeft {

        @Test
        void moreSeatsFirst() {
            assertThat(order(profile(3, 3, DISC), session(1).seats(2), session(2).seats(4)))
                    .containsExactly(2L, 1L);
        }

        @Test
        void aSeatBeforeAWaitlistPlace() {
            assertThat(order(profile(3, 3, DISC), session(1).seats(0).waitlist(1), session(2).seats(1)))
                    .containsExactly(2L, 1L);
        }

        @Test
        void fiveOrMoreSeatsCountTheSame() {
            assertThat(order(profile(3, 3, DISC), session(1).seats(5), session(2).seats(9)))
                    .containsExactly(1L, 2L);
        }
    }

    @Test
    void equalClassesKeepTheirDateAndTimeOrder() {
        assertThat(order(profile(3, 3, DISC), session(3).on(DayOfWeek.THURSDAY, LocalTime.of(9, 0)),
                session(2).on(DayOfWeek.TUESDAY, LocalTime.of(11, 0)), session(1).on(DayOfWeek.TUESDAY,
                        LocalTime.of(11, 0)))).containsExactly(1L, 2L, 3L);
    }

    private static final class Builder {
        private final long id;
        private LevelRules level = L2;
        private ExerciseBias bias = ExerciseBias.EXTENSION;
        private String water = "32.0";
        private DayOfWeek day = DayOfWeek.TUESDAY;
        private LocalTime start;
        private Long instructor = 8L;
        private int seats = 3;
        private int waitlist = 0;

        Builder(long id) {
            this.id = id;
            this.start = LocalTime.of(9, 0).plusMinutes(id);
        }

        Builder level(LevelRules value) {
            level = value;
            if (new BigDecimal(water).compareTo(value.minWaterTemperature()) < 0) {
                water = value.minWaterTemperature().toPlainString();
            }
            return this;
        }

        Builder bias(ExerciseBias value) {
            bias = value;
            return this;
        }

        Builder water(String value) {
            water = value;
            return this;
        }

        Builder on(DayOfWeek d, LocalTime t) {
            day = d;
            start = t;
            return this;
        }

        Builder instructor(Long value) {
            instructor = value;
            return this;
        }

        Builder seats(int value) {
            seats = value;
            return this;
        }

        Builder waitlist(int value) {
            waitlist = value;
            return this;
        }

        Candidate build() {
            return MatchingFixtures.session(id, level, bias, water, day, start, true, instructor, seats, waitlist);
        }
    }
}
