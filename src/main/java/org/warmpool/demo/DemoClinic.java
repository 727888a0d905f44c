package org.warmpool.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ClassLevelService;
import org.warmpool.program.ExerciseBias;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.SeriesDraft;

/**
 * Two pools and a weekly timetable across levels 0-3, mornings and evenings, for half a year
 * from the day the demo is loaded. One class sits in water colder than its level asks for, to
 * show the warning.
 */
final class DemoClinic {

    static final int WEEKS = 26;

    private final PoolService pools;
    private final ClassLevelService levels;
    private final ScheduleService schedule;
    private final Clock clock;

    DemoClinic(PoolService pools, ClassLevelService levels, ScheduleService schedule, Clock clock) {
        this.pools = pools;
        this.levels = levels;
        this.schedule = schedule;
        this.clock = clock;
    }

    void load() {
        Pool therapy = new Pool("Therapy pool", new BigDecimal("34.0"), new BigDecimal("1.00"),
                new BigDecimal("1.40"), true, 10);
        therapy.setNotes("Hoist at the shallow end; handrails on both sides.");
        therapy = pools.save(therapy);
        Pool exercise = new Pool("Exercise pool", new BigDecimal("30.0"), new BigDecimal("1.10"),
                new BigDecimal("2.20"), false, 12);
        exercise.setNotes("Steps only. Deep end for aqua running.");
        exercise = pools.save(exercise);

        List<ClassLevel> byNumber = levels.listAll();
        ClassLevel relief = byNumber.get(0);
        ClassLevel mobility = byNumber.get(1);
        ClassLevel strengthen = byNumber.get(2);
        ClassLevel conditioning = byNumber.get(3);

        series(relief, ExerciseBias.NEUTRAL, therapy, "09:00", DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        series(mobility, ExerciseBias.FLEXION, therapy, "10:00", DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.FRIDAY);
        series(mobility, ExerciseBias.EXTENSION, therapy, "09:30", DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        series(relief, ExerciseBias.NEUTRAL, therapy, "18:00", DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        series(mobility, ExerciseBias.NEUTRAL, therapy, "10:00", DayOfWeek.SATURDAY);
        series(strengthen, ExerciseBias.NEUTRAL, exercise, "18:00", DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        series(strengthen, ExerciseBias.EXTENSION, exercise, "11:00", DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        series(conditioning, ExerciseBias.NEUTRAL, exercise, "18:00", DayOfWeek.FRIDAY);
        series(conditioning, ExerciseBias.NEUTRAL, exercise, "09:00", DayOfWeek.SATURDAY);
        // Too cold for level 1 (30 °C, needs 32 °C): the schedule shows the warning.
        series(mobility, ExerciseBias.FLEXION, exercise, "11:00", DayOfWeek.WEDNESDAY);
    }

    private void series(ClassLevel level, ExerciseBias bias, Pool pool, String start, DayOfWeek... days) {
        LocalDate today = LocalDate.now(clock);
        SeriesDraft draft = new SeriesDraft();
        draft.setLevel(level);
        draft.setBias(bias);
        draft.setPool(pool);
        draft.setWeekdays(EnumSet.of(days[0], days));
        draft.setStartTime(LocalTime.parse(start));
        draft.setFirstDate(today);
        draft.setLastDate(today.plusWeeks(WEEKS));
        schedule.createSeries(draft);
    }
}
