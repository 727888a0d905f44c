package org.warmpool.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.warmpool.program.ExerciseBias;

/** Match results put together by hand, for tests of the screens that show them. */
public final class TestResults {

    private TestResults() {
    }

    /** A class in a warm pool at this level, date and time, with seats left. */
    public static Candidate session(long id, LevelRules level, LocalDate date, LocalTime start) {
        return new Candidate(id, date, start, level, ExerciseBias.FLEXION, "Therapy pool", new BigDecimal("34.0"),
                true, null, null, 6, 0);
    }

    /** These classes recommended in this order, each because the pool is warm; nothing else. */
    public static MatchResult recommending(List<Candidate> sessions) {
        List<Recommendation> recommendations = sessions.stream().map(session -> new Recommendation(session, 0,
                () -> List.<Reason>of(new Reason.WarmWater(session.poolName(), session.poolTemperature()))))
                .toList();
        return new MatchResult(null, recommendations, List.of());
    }
}
