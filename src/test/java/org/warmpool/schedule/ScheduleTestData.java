package org.warmpool.schedule;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ClassLevelService;
import org.warmpool.program.ExerciseBias;

/** Pools and series for tests; each test gets its own pool so that tests never clash. */
@Component
public class ScheduleTestData {

    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock clock;

    private final PoolService pools;
    private final ClassLevelService levels;

    ScheduleTestData(PoolService pools, ClassLevelService levels) {
        this.pools = pools;
        this.levels = levels;
    }

    /** A warm 34 °C pool for 10 people with a lift, under a unique name. Needs an admin logged in. */
    public Pool warmPool() {
        return pools.save(new Pool("Pool " + UUID.randomUUID().toString().substring(0, 8), new BigDecimal("34.0"),
                new BigDecimal("1.00"), new BigDecimal("1.40"), true, 10));
    }

    public ClassLevel level(int number) {
        return levels.listAll().get(number);
    }

    /** A Monday some weeks ahead, so that every date in a test is in the future. */
    public LocalDate mondayInWeeks(int weeks) {
        return LocalDate.now(clock).plusWeeks(weeks).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    public SeriesDraft weekly(ClassLevel level, Pool pool, String start, LocalDate first, LocalDate last,
            DayOfWeek... days) {
        SeriesDraft draft = new SeriesDraft();
        draft.setLevel(level);
        draft.setPool(pool);
        draft.setBias(ExerciseBias.NEUTRAL);
        draft.setWeekdays(EnumSet.of(days[0], days));
        draft.setStartTime(LocalTime.parse(start));
        draft.setFirstDate(first);
        draft.setLastDate(last);
        return draft;
    }

    /** One session on one date. */
    public SeriesDraft once(ClassLevel level, Pool pool, LocalDate date, String start) {
        return weekly(level, pool, start, date, date, date.getDayOfWeek());
    }
}
