package org.warmpool.matching;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.warmpool.participant.Condition;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.program.ExerciseBias;

/** The default levels of the domain rules, and quick ways to make profiles and sessions. */
final class MatchingFixtures {

    static final LevelRules L0 = new LevelRules(0, "Warm Water Relief", 6, 10, new BigDecimal("33.0"));
    static final LevelRules L1 = new LevelRules(1, "Gentle Mobility", 4, 7, new BigDecimal("32.0"));
    static final LevelRules L2 = new LevelRules(2, "Stretch & Strengthen", 2, 5, new BigDecimal("30.0"));
    static final LevelRules L3 = new LevelRules(3, "Aqua Conditioning", 0, 3, new BigDecimal("28.0"));
    static final List<LevelRules> LEVELS = List.of(L0, L1, L2, L3);

    static final LocalDate TUESDAY = LocalDate.of(2027, 3, 2);

    private MatchingFixtures() {
    }

    static Profile profile(int pain, int weeks, Condition condition) {
        return new Profile(null, pain, weeks, weeks >= 12, pain >= 7, condition, false, true, Set.of(), Set.of(),
                null, Set.of());
    }

    static Candidate session(long id, LevelRules level, ExerciseBias bias, String temperature) {
        return new Candidate(id, TUESDAY, LocalTime.of(10, 0), level, bias, "Pool " + temperature,
                new BigDecimal(temperature), true, null, null, 5, 0);
    }

    static Candidate session(long id, LevelRules level, ExerciseBias bias, String temperature, DayOfWeek day,
            LocalTime start, boolean lift, Long instructorId, int seatsLeft, int waitlist) {
        LocalDate date = TUESDAY.with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
        return new Candidate(id, date, start, level, bias, "Pool " + temperature, new BigDecimal(temperature), lift,
                instructorId, instructorId == null ? null : "Ana", seatsLeft, waitlist);
    }

    static Profile withPreferences(Profile p, Set<DayOfWeek> days, Set<TimeOfDay> times, Set<Long> known) {
        return new Profile(p.blockedBecause(), p.pain(), p.painWeeks(), p.chronic(), p.highPain(), p.condition(),
                p.needsLift(), p.deepWaterOk(), days, times, p.currentLevel(), known);
    }
}
