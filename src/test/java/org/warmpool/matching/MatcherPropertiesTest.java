package org.warmpool.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.warmpool.participant.Condition;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.program.ExerciseBias;

/** The matcher's safety rules, over generated participants and schedules. */
class MatcherPropertiesTest {

    private static final int TRIES = 10_000;
    private final Matcher matcher = new Matcher(MatchSettings.DEFAULTS);

    @Property(tries = TRIES)
    void aParticipantWhoMayNotBookGetsNothingBookable(@ForAll("profiles") Profile profile,
            @ForAll("schedules") List<Candidate> schedule, @ForAll("blockReasons") String reason) {
        Profile blocked = new Profile(reason, profile.pain(), profile.painWeeks(), profile.chronic(),
                profile.highPain(), profile.condition(), profile.needsLift(), profile.deepWaterOk(),
                profile.preferredDays(), profile.preferredTimes(), profile.currentLevel(), profile.knownInstructorIds());

        MatchResult result = matcher.match(blocked, schedule);

        assertThat(result.recommendations()).isEmpty();
        assertThat(result.blockedBecause()).isEqualTo(reason);
    }

    @Property(tries = TRIES)
    void everyRecommendationKeepsEverySafetyRule(@ForAll("profiles") Profile profile,
            @ForAll("schedules") List<Candidate> schedule) {
        MatchResult result = matcher.match(profile, schedule);

        for (Recommendation recommendation : result.recommendations()) {
            Candidate session = recommendation.session();
            int level = session.level().number();
            if (profile.currentLevel() != null) {
                assertThat(level).isLessThanOrEqualTo(profile.currentLevel());
            } else if (profile.highPain() || profile.chronic()) {
                assertThat(level).as("high or chronic pain gets gentle levels only").isIn(0, 1);
            }
            if (level == 3) {
                assertThat(profile.deepWaterOk()).as("level 3 only with deep-water comfort").isTrue();
            }
            if (profile.needsLift()) {
                assertThat(session.poolHasLift()).as("a lift or ramp for those who need one").isTrue();
            }
            assertThat(session.poolTemperature()).as("water warm enough for the level")
                    .isGreaterThanOrEqualTo(session.level().minWaterTemperature());
            assertThat(session.seatsLeft() > 0 || session.waitlistLength() < MatchSettings.DEFAULTS.maxWaitlist())
                    .as("a seat or a waitlist place").isTrue();
            assertThat(recommendation.reasons()).isNotEmpty();
            assertThat(ReasonWords.recommendation(recommendation)).isNotBlank();
        }
    }

    @Property(tries = TRIES)
    void everySessionIsEitherRecommendedOrRefusedWithAReason(@ForAll("profiles") Profile profile,
            @ForAll("schedules") List<Candidate> schedule) {
        MatchResult result = matcher.match(profile, schedule);

        assertThat(result.recommendations().size() + result.rejections().size()).isEqualTo(schedule.size());
        for (Rejection rejection : result.rejections()) {
            assertThat(rejection.reasons()).isNotEmpty();
            assertThat(ReasonWords.rejection(rejection)).isNotBlank();
        }
    }

    @Property(tries = TRIES)
    void theOrderDoesNotDependOnTheOrderOfTheSchedule(@ForAll("profiles") Profile profile,
            @ForAll("schedules") List<Candidate> schedule, @ForAll long seed) {
        List<Candidate> shuffled = new ArrayList<>(schedule);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(ids(matcher.match(profile, shuffled))).isEqualTo(ids(matcher.match(profile, schedule)));
    }

    private static List<Long> ids(MatchResult result) {
        List<Long> ids = new ArrayList<>();
        result.recommendations().forEach(r -> ids.add(r.session().sessionId()));
        ids.add(-1L);
        result.rejections().forEach(r -> ids.add(r.session().sessionId()));
        return ids;
    }

    @Provide
    Arbitrary<String> blockReasons() {
        return Arbitraries.of("Booking is closed: please contact a doctor first.",
                "Booking opens when the front desk has your doctor's note.", "Fill in the questions first.");
    }

    @Provide
    Arbitrary<Profile> profiles() {
        Arbitrary<Integer> pain = Arbitraries.integers().between(0, 10);
        Arbitrary<Integer> weeks = Arbitraries.integers().between(0, 60);
        Arbitrary<Condition> condition = Arbitraries.of(Condition.class);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMaxSize(3);
        Arbitrary<Set<TimeOfDay>> times = Arbitraries.of(TimeOfDay.class).set().ofMaxSize(2);
        Arbitrary<Integer> currentLevel = Arbitraries.integers().between(0, 3).injectNull(0.7);
        Arbitrary<Set<Long>> known = Arbitraries.longs().between(1, 5).set().ofMaxSize(2);
        return Combinators.combine(pain, weeks, condition, flag, flag, days, times, currentLevel)
                .as((p, w, c, lift, deep, d, t, level) -> new Profile(null, p, w, w >= 12, p >= 7, c, lift, deep, d,
                        t, level, Set.of()))
                .flatMap(profile -> known.map(ids -> MatchingFixtures.withPreferences(profile,
                        profile.preferredDays(), profile.preferredTimes(), ids)));
    }

    @Provide
    Arbitrary<List<Candidate>> schedules() {
        return candidate().list().ofMaxSize(25).map(MatcherPropertiesTest::renumber);
    }

    private static Arbitrary<Candidate> candidate() {
        Arbitrary<LevelRules> level = Arbitraries.of(MatchingFixtures.LEVELS);
        Arbitrary<ExerciseBias> bias = Arbitraries.of(ExerciseBias.class);
        Arbitrary<BigDecimal> temperature = Arbitraries.integers().between(260, 360)
                .map(tenths -> BigDecimal.valueOf(tenths, 1));
        Arbitrary<DayOfWeek> day = Arbitraries.of(DayOfWeek.class);
        Arbitrary<LocalTime> start = Arbitraries.integers().between(28, 82).map(q -> LocalTime.of(q / 4, q % 4 * 15));
        Arbitrary<Boolean> lift = Arbitraries.of(true, false);
        Arbitrary<Long> instructor = Arbitraries.longs().between(1, 8).injectNull(0.2);
        Arbitrary<Integer> seats = Arbitraries.integers().between(0, 12);
        Arbitrary<Integer> waitlist = Arbitraries.integers().between(0, 14);
        return Combinators.combine(level, bias, temperature, day, start, lift, instructor, seats)
                .as((l, b, t, d, s, li, i, se) -> new Candidate(0, MatchingFixtures.TUESDAY.with(
                        java.time.temporal.TemporalAdjusters.nextOrSame(d)), s, l, b, "Pool " + t, t, li, i,
                        i == null ? null : "Instructor " + i, se, 0))
                .flatMap(c -> waitlist.map(w -> new Candidate(c.sessionId(), c.date(), c.start(), c.level(), c.bias(),
                        c.poolName(), c.poolTemperature(), c.poolHasLift(), c.instructorId(), c.instructorName(),
                        c.seatsLeft(), c.seatsLeft() > 0 ? 0 : w)));
    }

    private static List<Candidate> renumber(List<Candidate> candidates) {
        List<Candidate> numbered = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            numbered.add(new Candidate(i + 1, c.date(), c.start(), c.level(), c.bias(), c.poolName(),
                    c.poolTemperature(), c.poolHasLift(), c.instructorId(), c.instructorName(), c.seatsLeft(),
                    c.waitlistLength()));
        }
        return numbered;
    }
}
