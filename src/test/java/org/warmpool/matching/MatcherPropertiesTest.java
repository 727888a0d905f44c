package org.warmpool.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
import org.warmpool.participant.LevelSetAside;
import org.warmpool.participant.RedFlag;
import org.warmpool.participant.Condition;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.program.ExerciseBias;

/**
 * The matcher's safety rules, over generated participants and schedules. Tries come from
 * {@code jqwik.tries.default}: 10,000 in the default build, 100,000 in the {@code safety} profile.
 */
class MatcherPropertiesTest {

    private static final SafetyTally TALLY = new SafetyTally("MatcherPropertiesTest");
    private final Matcher matcher = new Matcher(MatchSettings.DEFAULTS);

    @AfterContainer
    static void printTally() {
        TALLY.print();
    }

    @Property
    void aParticipantWhoMayNotBookGetsNothingBookable(@ForAll("profiles") Profile profile,
            @ForAll("schedules") List<Candidate> schedule, @ForAll("blockReasons") String reason) {
        TALLY.check("aParticipantWhoMayNotBookGetsNothingBookable", () -> {
            Profile blocked = new Profile(reason, profile.pain(), profile.painWeeks(), profile.chronic(),
                    profile.highPain(), profile.condition(), profile.needsLift(), profile.deepWaterOk(),
                    profile.preferredDays(), profile.preferredTimes(), profile.currentLevel(), profile.knownInstructorIds(),
                profile.levelSetAside());

            MatchResult result = matcher.match(blocked, schedule);

            assertThat(result.recommendations()).isEmpty();
            assertThat(result.blockedBecause()).isEqualTo(reason);
        });
    }

    @Property
    void everyRecommendationKeepsEverySafetyRule(@ForAll("profiles") Profile profile,
            @ForAll("schedules") List<Candidate> schedule) {
        TALLY.check("everyRecommendationKeepsEverySafetyRule", () -> {
            MatchResult result = matcher.match(profile, schedule);

            for (Recommendation recommendation : result.recommendations()) {
                Candidate session = recommendation.session();
                int level = session.level().number();
                if (profile.levelSetAside() != null) {
                    assertThat(level).as("an accepted level set aside: gentle levels only").isIn(0, 1);
                } else if (profile.currentLevel() != null) {
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
        });
    }

    @Property
    void everySessionIsEitherRecommendedOrRefusedWithAReason(@ForAll("profiles") Profile profile,
            @ForAll("schedules") List<Candidate> schedule) {
        TALLY.check("everySessionIsEitherRecommendedOrRefusedWithAReason", () -> {
            MatchResult result = matcher.match(profile, schedule);

            assertThat(result.recommendations().size() + result.rejections().size()).isEqualTo(schedule.size());
            for (Rejection rejection : result.rejections()) {
                assertThat(rejection.reasons()).isNotEmpty();
                assertThat(ReasonWords.rejection(rejection)).isNotBlank();
            }
        });
    }

    @Property
    void theOrderDoesNotDependOnTheOrderOfTheSchedule(@ForAll("profiles") Profile profile,
            @ForAll("schedules") List<Candidate> schedule, @ForAll long seed) {
        TALLY.check("theOrderDoesNotDependOnTheOrderOfTheSchedule", () -> {
            List<Candidate> shuffled = new ArrayList<>(schedule);
            Collections.shuffle(shuffled, new Random(seed));

            assertThat(ids(matcher.match(profile, shuffled))).isEqualTo(ids(matcher.match(profile, schedule)));
        });
    }

    /**
     * DOMAIN.md, Progression: whatever level staff accepted, a later intake or pain check-in with
     * high pain, or a red flag, sets it aside and only the gentle levels are offered; every level
     * above them is refused with the reason in words. The profile is built as the recommendation
     * service builds it: the set-aside rule decides from the later report, and the accepted level
     * stays in the profile too, so the matcher must prefer the set-aside over it.
     */
    @Property
    void anAcceptedLevelSetAsideByHighPainOrARedFlagOffersOnlyTheGentleLevels(@ForAll("profiles") Profile profile,
            @ForAll("schedules") List<Candidate> schedule, @ForAll @IntRange(min = 0, max = 3) int acceptedLevel,
            @ForAll @IntRange(min = 0, max = 10) int laterPain, @ForAll("redFlags") Set<RedFlag> laterRedFlags,
            @ForAll boolean atAClass) {
        TALLY.check("anAcceptedLevelSetAsideByHighPainOrARedFlagOffersOnlyTheGentleLevels", () -> {
            Optional<String> because = LevelSetAside.because(laterPain, laterRedFlags, 7,
                    atAClass ? "at a class" : "in the intake");
            assertThat(because.isPresent()).as("high pain or a red flag sets the level aside")
                    .isEqualTo(laterPain >= 7 || !laterRedFlags.isEmpty());
            Profile later = withLevelSetAside(profile, acceptedLevel, because.orElse(null));

            MatchResult result = matcher.match(later, schedule);

            if (because.isPresent()) {
                assertThat(result.recommendations()).allSatisfy(r -> assertThat(r.session().level().number())
                        .as("gentle levels only after the set-aside").isIn(0, 1));
                assertThat(result.rejections()).filteredOn(r -> r.session().level().number() > 1)
                        .allSatisfy(r -> assertThat(ReasonWords.rejection(r)).contains("is not offered for now")
                                .contains(because.get()));
            } else {
                assertThat(result.recommendations()).allSatisfy(r -> assertThat(r.session().level().number())
                        .isLessThanOrEqualTo(acceptedLevel));
            }
        });
    }

    @Provide
    Arbitrary<Set<RedFlag>> redFlags() {
        return Arbitraries.of(RedFlag.class).set().ofMaxSize(2);
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
        Arbitrary<String> setAside = setAsideReasons().injectNull(0.8);
        Arbitrary<Profile> base = Combinators.combine(pain, weeks, condition, flag, flag, days, times, currentLevel)
                .as((p, w, c, lift, deep, d, t, level) -> new Profile(null, p, w, w >= 12, p >= 7, c, lift, deep, d,
                        t, level, Set.of()));
        // combine, not flatMap: jqwik memoises each flatMap's inner arbitrary, and with 10,000 tries that
        // cache, not the matcher, took most of the run's time.
        return Combinators.combine(base, known, setAside).as((profile, ids, why) -> withLevelSetAside(
                MatchingFixtures.withPreferences(profile, profile.preferredDays(), profile.preferredTimes(), ids),
                profile.currentLevel(), why));
    }

    @Provide
    Arbitrary<String> setAsideReasons() {
        return Arbitraries.of("the accepted level 2 was set aside on 3 Dec because of pain 9 reported at a class",
                "the accepted level 3 was set aside on 1 Dec because of a warning sign reported in the intake "
                        + "(sciatica in both legs that is new or getting worse)");
    }

    static Profile withLevelSetAside(Profile p, Integer currentLevel, String why) {
        return new Profile(p.blockedBecause(), p.pain(), p.painWeeks(), p.chronic(), p.highPain(), p.condition(),
                p.needsLift(), p.deepWaterOk(), p.preferredDays(), p.preferredTimes(), currentLevel,
                p.knownInstructorIds(), why);
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
        Arbitrary<Candidate> withoutWaitlist = Combinators.combine(level, bias, temperature, day, start, lift, instructor,
                seats).as((l, b, t, d, s, li, i, se) -> new Candidate(0, MatchingFixtures.TUESDAY.with(
                        java.time.temporal.TemporalAdjusters.nextOrSame(d)), s, l, b, "Pool " + t, t, li, i,
                        i == null ? null : "Instructor " + i, se, 0));
        return Combinators.combine(withoutWaitlist, waitlist).as((c, w) -> new Candidate(c.sessionId(), c.date(),
                c.start(), c.level(), c.bias(), c.poolName(), c.poolTemperature(), c.poolHasLift(), c.instructorId(),
                c.instructorName(), c.seatsLeft(), c.seatsLeft() > 0 ? 0 : w));
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
