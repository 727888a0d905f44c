package org.warmpool.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.warmpool.matching.Candidate;
import org.warmpool.matching.LevelRules;
import org.warmpool.matching.MatchResult;
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
 * (p50, p99) and the total, for two schedules: the original random one ({@code random}) and one
 * shaped like {@link ChainData}'s ({@code chain}: therapy pools at 33.5 to 34.5 °C, one exercise
 * pool in five, levels in the chain's order, classes 55 to 100 % full). {@code -Dbench.shape}
 * picks one, {@code -Dbench.warmup} sets the matches before timing (default 2,000). The matcher's
 * own time is each participant's least of {@code 1 + -Dbench.repeats} matches (default 2 repeats):
 * on a busy machine the wall time's tail measures the scheduler. Beside the figures: how many
 * timed matches a garbage collection fell into, p99 without them, the times by
 * kind of participant, and the slowest 1 % timed a second time (a participant whose own work is
 * slow is slow again; a pause of the machine is not). A benchmark, not a test (docs/performance.md).
 */
public final class MatchingBenchmark {

    private static final int POOLS = 50;
    private static final int SESSIONS_PER_WEEK = 3_000;
    private static final int PARTICIPANTS = 50_000;
    private static final List<LevelRules> LEVELS = List.of(
            new LevelRules(0, "Warm Water Relief", 6, 10, new BigDecimal("33.0")),
            new LevelRules(1, "Gentle Mobility", 4, 7, new BigDecimal("32.0")),
            new LevelRules(2, "Stretch & Strengthen", 2, 5, new BigDecimal("30.0")),
            new LevelRules(3, "Aqua Conditioning", 0, 3, new BigDecimal("28.0")));

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        String shape = System.getProperty("bench.shape", "both");
        int warmup = Integer.getInteger("bench.warmup", 2_000);
        int repeats = Integer.getInteger("bench.repeats", 2);
        if (!shape.equals("chain")) {
            Random random = new Random(42);
            run("random schedule (as before)", schedule(random), participants(random), warmup, repeats);
        }
        if (!shape.equals("random")) {
            Random random = new Random(42);
            run("chain-shaped schedule", chainSchedule(random), chainParticipants(random), warmup, repeats);
        }
    }

    private static void run(String title, List<Candidate> candidates, List<Profile> participants, int warmup,
            int repeats) {
        Schedule schedule = new Schedule(candidates);
        Matcher matcher = new Matcher(MatchSettings.DEFAULTS);
        for (int i = 0; i < warmup; i++) {
            read(matcher.match(participants.get(i % PARTICIPANTS), schedule)); // warm-up
        }
        long[] nanos = new long[PARTICIPANTS];
        // The thread's own CPU time too: on a busy machine the wall time's tail is mostly waiting for a core.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[PARTICIPANTS];
        boolean[] gc = new boolean[PARTICIPANTS];
        int[] count = new int[PARTICIPANTS];
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        long recommended = 0;
        long start = System.nanoTime();
        for (int i = 0; i < PARTICIPANTS; i++) {
            long collections = collections(collectors);
            long before = System.nanoTime();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            // Every recommendation read (as the page lists them), the refusals only counted.
            count[i] = read(matcher.match(participants.get(i), schedule));
            nanos[i] = System.nanoTime() - before;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
            gc[i] = collections(collectors) != collections;
            recommended += count[i];
        }
        long total = System.nanoTime() - start;
        // Each participant matched again: the least of the times is the matcher's own work for them,
        // without the pauses of a busy machine (another process on the core, a collection).
        long[] least = nanos.clone();
        for (int r = 0; r < repeats; r++) {
            for (int i = 0; i < PARTICIPANTS; i++) {
                long before = System.nanoTime();
                read(matcher.match(participants.get(i), schedule));
                least[i] = Math.min(least[i], System.nanoTime() - before);
            }
        }

        System.out.printf("%n== %s: %,d candidate sessions (2 weeks, %d pools), %,d participants, warm-up %,d ==%n",
                title, candidates.size(), POOLS, PARTICIPANTS, warmup);
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long[] cpuSorted = cpu.clone();
        Arrays.sort(cpuSorted);
        System.out.printf("per participant: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", ms(sorted, 50),
                ms(sorted, 99), sorted[PARTICIPANTS - 1] / 1e6);
        System.out.printf("per participant, CPU time of the thread: p50 %.3f ms, p99 %.3f ms%n", ms(cpuSorted, 50),
                ms(cpuSorted, 99));
        System.out.printf("all participants: %.1f s; %.0f recommendations each on average%n", total / 1e9,
                (double) recommended / PARTICIPANTS);

        if (repeats > 0) {
            long[] leastSorted = least.clone();
            Arrays.sort(leastSorted);
            System.out.printf("per participant, the least of %d matches (the matcher's own work): p50 %.3f ms, "
                    + "p99 %.3f ms, max %.3f ms%n", repeats + 1, ms(leastSorted, 50), ms(leastSorted, 99),
                    leastSorted[PARTICIPANTS - 1] / 1e6);
        }
        long[] withoutGc = filter(nanos, gc, false);
        long[] onlyGc = filter(nanos, gc, true);
        System.out.printf("a garbage collection fell into %,d of the timed matches (%.2f %%); without them: "
                + "p50 %.3f ms, p99 %.3f ms; those %,d: p50 %.3f ms%n", onlyGc.length,
                100.0 * onlyGc.length / PARTICIPANTS, ms(withoutGc, 50), ms(withoutGc, 99), onlyGc.length,
                ms(onlyGc, 50));

        // By kind of participant.
        Map<String, List<Integer>> kinds = new TreeMap<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            kinds.computeIfAbsent(kind(participants.get(i)), k -> new ArrayList<>()).add(i);
        }
        Map<String, List<Integer>> bands = new LinkedHashMap<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            bands.computeIfAbsent(band(count[i]), k -> new ArrayList<>()).add(i);
        }
        long threshold = sorted[PARTICIPANTS * 99 / 100];
        System.out.println("by kind of participant: share of all, p50 / p99 ms (wall), p50 / p99 ms (CPU), "
                + "p50 / p99 ms (least of the repeats), recommendations on average, share of the slowest 1 % (wall)");
        print(kinds, nanos, cpu, least, count, threshold);
        System.out.println("by number of recommendations:");
        print(new TreeMap<>(bands), nanos, cpu, least, count, threshold);

        // The slowest 1 % again, then as many others picked evenly, each matched once more.
        List<Integer> slowest = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            if (nanos[i] >= threshold) {
                slowest.add(i);
            }
        }
        long[] again = new long[slowest.size()];
        long[] others = new long[slowest.size()];
        for (int k = 0; k < slowest.size(); k++) {
            long before = System.nanoTime();
            read(matcher.match(participants.get(slowest.get(k)), schedule));
            again[k] = System.nanoTime() - before;
            int other = (k * 97 + 13) % PARTICIPANTS;
            before = System.nanoTime();
            read(matcher.match(participants.get(other), schedule));
            others[k] = System.nanoTime() - before;
        }
        Arrays.sort(again);
        Arrays.sort(others);
        System.out.printf("the slowest 1 %% (%d, each >= %.3f ms) matched again: p50 %.3f ms, p99 %.3f ms; "
                + "as many others, again: p50 %.3f ms%n", slowest.size(), threshold / 1e6, ms(again, 50),
                ms(again, 99), ms(others, 50));
    }

    private static long collections(List<GarbageCollectorMXBean> collectors) {
        long sum = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            sum += collector.getCollectionCount();
        }
        return sum;
    }

    private static int read(MatchResult result) {
        int n = 0;
        for (Recommendation recommendation : result.recommendations()) {
            n += recommendation.score() == Integer.MIN_VALUE ? 0 : 1;
        }
        return n;
    }

    private static double ms(long[] sortedNanos, int percentile) {
        return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length * percentile / 100] / 1e6;
    }

    private static long[] filter(long[] nanos, boolean[] gc, boolean keep) {
        return java.util.stream.IntStream.range(0, nanos.length).filter(i -> gc[i] == keep)
                .mapToLong(i -> nanos[i]).sorted().toArray();
    }

    private static void print(Map<String, List<Integer>> groups, long[] nanos, long[] cpu, long[] least,
            int[] count, long threshold) {
        groups.forEach((name, members) -> {
            long[] leastTimes = members.stream().mapToLong(i -> least[i]).sorted().toArray();
            long[] times = members.stream().mapToLong(i -> nanos[i]).sorted().toArray();
            long[] cpuTimes = members.stream().mapToLong(i -> cpu[i]).sorted().toArray();
            double recommendations = members.stream().mapToInt(i -> count[i]).average().orElse(0);
            long slow = members.stream().filter(i -> nanos[i] >= threshold).count();
            System.out.printf("  %-40s %5.1f %%  %.3f / %.3f  %.3f / %.3f  %.3f / %.3f  %6.0f  %5.1f %%%n", name,
                    100.0 * members.size() / PARTICIPANTS, ms(times, 50), ms(times, 99), ms(cpuTimes, 50),
                    ms(cpuTimes, 99), ms(leastTimes, 50), ms(leastTimes, 99), recommendations,
                    100.0 * slow / (PARTICIPANTS / 100));
        });
    }

    private static String kind(Profile p) {
        if (!p.mayBook()) {
            return "may not book";
        }
        return (p.highPain() || p.chronic() ? "gentle levels only" : "pain range") + (p.needsLift() ? ", lift" : "")
                + (p.deepWaterOk() ? "" : ", no deep water");
    }

    private static String band(int recommendations) {
        int from = Math.min(recommendations / 500, 6) * 500;
        return String.format("%,5d%s recommendations", from, from == 3_000 ? " or more" : " to " + (from + 499));
    }

    private static List<Candidate> schedule(Random random) {
        List<Candidate> schedule = new ArrayList<>();
        LocalDate monday = LocalDate.of(2027, 3, 1);
        for (int i = 0; i < SESSIONS_PER_WEEK * 2; i++) {
            int pool = i % POOLS;
            BigDecimal temperature = BigDecimal.valueOf(290 + (pool * 7) % 60, 1);
            LevelRules level = LEVELS.get(random.nextInt(LEVELS.size()));
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

    /**
     * As {@link ChainData} lays out its classes: four pools in five therapy pools at 33.5 to
     * 34.5 °C with levels 0, 1, 1, 2, 2, 3 in turn, the fifth an exercise pool at 31 °C with levels
     * 2, 2, 3; one in four without a lift; 60 classes a pool a week, 90 minutes apart from 7:00;
     * 55 to 100 % full, three in ten full with up to three waiting.
     */
    private static List<Candidate> chainSchedule(Random random) {
        List<Candidate> schedule = new ArrayList<>();
        LocalDate monday = LocalDate.of(2027, 3, 1);
        int[] seats = {6, 8, 10, 12};
        long id = 0;
        for (int pool = 0; pool < POOLS; pool++) {
            boolean warm = pool % 5 != 4;
            BigDecimal temperature = warm ? BigDecimal.valueOf(335 + (pool * 3) % 11, 1) : new BigDecimal("31.0");
            boolean lift = pool % 4 != 3;
            for (int day = 0; day < 14; day++) {
                LocalDate date = monday.plusDays(day);
                int slots = date.getDayOfWeek() == DayOfWeek.SUNDAY ? 6 : 9; // 6 x 9 + 6 = 60 a week
                for (int slot = 0; slot < slots; slot++) {
                    int turn = slot + date.getDayOfWeek().getValue();
                    int number = warm ? new int[] {0, 1, 1, 2, 2, 3}[turn % 6] : new int[] {2, 2, 3}[turn % 3];
                    LevelRules level = LEVELS.get(number);
                    int size = seats[number];
                    boolean full = random.nextInt(10) < 3;
                    int taken = full ? size : (int) Math.round(size * (0.55 + 0.45 * random.nextDouble()));
                    schedule.add(new Candidate(id++, date, LocalTime.of(7, 0).plusMinutes(90L * slot), level,
                            ExerciseBias.values()[random.nextInt(3)], "Pool " + pool, temperature, lift,
                            (long) (pool * 6 + random.nextInt(6)), "Instructor", size - taken,
                            full ? random.nextInt(4) : 0));
                }
            }
        }
        return schedule;
    }

    /** As {@link ChainData} makes its participants (pain bands, durations, screening, lift, deep water). */
    private static List<Profile> chainParticipants(Random random) {
        List<Profile> participants = new ArrayList<>();
        Condition[] conditions = Condition.values();
        for (int i = 0; i < PARTICIPANTS; i++) {
            int pool = i % POOLS;
            int band = random.nextInt(100);
            int pain = band < 25 ? 1 + random.nextInt(3) : band < 70 ? 4 + random.nextInt(3) : 7 + random.nextInt(4);
            int duration = random.nextInt(100);
            int weeks = duration < 10 ? random.nextInt(2) : duration < 45 ? 2 + random.nextInt(10)
                    : 12 + random.nextInt(250);
            int screening = random.nextInt(100);
            String blocked = screening == 0 ? "red flag" : screening <= 2 ? "needs a clearance" : null;
            boolean needsLift = pool % 4 != 3 && random.nextInt(100) < 15;
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (int d = 1 + random.nextInt(3); d > 0; d--) {
                days.add(DayOfWeek.of(1 + random.nextInt(7)));
            }
            Set<Long> known = new java.util.HashSet<>(List.of((long) (pool * 6 + random.nextInt(6)),
                    (long) (pool * 6 + random.nextInt(6))));
            participants.add(new Profile(blocked, pain, weeks, weeks >= 12, pain >= 7,
                    conditions[random.nextInt(conditions.length)], needsLift, random.nextInt(100) < 60, days,
                    EnumSet.of(TimeOfDay.values()[random.nextInt(3)]), null, known));
        }
        return participants;
    }
}
