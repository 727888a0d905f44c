package org.warmpool.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.warmpool.matching.Candidate;
import org.warmpool.matching.LevelRules;
import org.warmpool.matching.MatchSettings;
import org.warmpool.matching.Matcher;
import org.warmpool.matching.Profile;
import org.warmpool.matching.Recommendation;
import org.warmpool.matching.Schedule;
import org.warmpool.participant.Condition;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.program.ExerciseBias;

/**
 * Matching at the scale of a regional chain, in memory: 50 pools, 3,000 sessions a week over a
 * two-week horizon (6,000 candidates), 50,000 participants. Prints the time per participant
 * (p50, p99) and the total. A benchmark, not a test (see docs/performance.md).
 */
public final class MatchingBenchmark {

    private static final int POOLS = 50;
    private static final int SESSIONS_PER_WEEK = 3_000;
    private static final int PARTICIPANTS = 50_000;

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(42);
        List<LevelRules> levels = List.of(
                new LevelRules(0, "Warm Water Relief", 6, 10, new BigDecimal("33.0")),
                new LevelRules(1, "Gentle Mobility", 4, 7, new BigDecimal("32.0")),
                new LevelRules(2, "Stretch & Strengthen", 2, 5, new BigDecimal("30.0")),
                new LevelRules(3, "Aqua Conditioning", 0, 3, new BigDecimal("28.0")));
        List<Candidate> candidates = schedule(random, levels);
        Schedule schedule = new Schedule(candidates);
        List<Profile> participants = participants(random);
        Matcher matcher = new Matcher(MatchSettings.DEFAULTS);

        for (int i = 0; i < 2_000; i++) {
            matcher.match(participants.get(i), schedule); // warm-up
        }
        long[] nanos = new long[PARTICIPANTS];
        // The thread's own CPU time too: on a busy machine the wall time's tail is mostly waiting for a core.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[PARTICIPANTS];
        long recommended = 0;
        long start = System.nanoTime();
        for (int i = 0; i < PARTICIPANTS; i++) {
            long before = System.nanoTime();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            // Every recommendation read (as the page lists them), the refusals only counted.
            for (Recommendation recommendation : matcher.match(participants.get(i), schedule).recommendations()) {
                recommended += recommendation.score() == Integer.MIN_VALUE ? 0 : 1;
            }
            nanos[i] = System.nanoTime() - before;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
        }
        long total = System.nanoTime() - start;
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("%,d candidate sessions (2 weeks, %d pools), %,d participants%n", candidates.size(), POOLS,
                PARTICIPANTS);
        System.out.printf("per participant: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", nanos[PARTICIPANTS / 2] / 1e6,
                nanos[PARTICIPANTS * 99 / 100] / 1e6, nanos[PARTICIPANTS - 1] / 1e6);
        System.out.printf("per participant, CPU time of the thread: p50 %.3f ms, p99 %.3f ms%n",
                cpu[PARTICIPANTS / 2] / 1e6, cpu[PARTICIPANTS * 99 / 100] / 1e6);
        System.out.printf("all participants: %.1f s; %.0f recommendations each on average%n", total / 1e9,
                (double) recommended / PARTICIPANTS);
    }

    private static List<Candidate> schedule(Random random, List<LevelRules> levels) {
        List<Candidate> schedule = new ArrayList<>();
        LocalDate monday = LocalDate.of(2027, 3, 1);
        for (int i = 0; i < SESSIONS_PER_WEEK * 2; i++) {
            int pool = i % POOLS;
            BigDecimal temperature = BigDecimal.valueOf(290 + (pool * 7) % 60, 1);
            LevelRules level = levels.get(random.nextInt(levels.size()));
            schedule.add(new Candidate(i, monday.plusDays(random.nextInt(14)),
                    LocalTime.of(7 + random.nextInt(13), random.nextInt(4) * 15), level,
                    ExerciseBias.values()[random.nextInt(3)], "Pool " + pool, temperature, pool % 3 != 0,
                    (long) random.nextInt(300), "Instructor", random.nextInt(13), random.nextInt(4)));
        }
        return schedule;
    }

    private static List<Profile> participants(Random random) {
        List<Profile> participants = new ArrayList<>();
        Condition[] conditions = Condition.values();
        for (int i = 0; i < PARTICIPANTS; i++) {
            int pain = random.nextInt(11);
            int weeks = random.nextInt(60);
            Set<DayOfWeek> days = EnumSet.of(DayOfWeek.of(1 + random.nextInt(7)));
            participants.add(new Profile(null, pain, weeks, weeks >= 12, pain >= 7,
                    conditions[random.nextInt(conditions.length)], random.nextInt(5) == 0, random.nextBoolean(),
                    days, EnumSet.of(TimeOfDay.values()[random.nextInt(3)]), null,
                    Set.of((long) random.nextInt(300))));
        }
        return participants;
    }
}
