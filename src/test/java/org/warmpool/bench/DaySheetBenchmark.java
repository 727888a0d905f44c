package org.warmpool.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.warmpool.booking.PrintedClass;
import org.warmpool.booking.RosterPdf;

/**
 * The printed day sheet's PDF alone ({@link RosterPdf#daySheet}), without the application or the
 * database: a chain's day made up in memory as the chain has it (400 classes in 50 pools, nine
 * slots, capacities 6 to 12, about 7 people a class and 156 waiting), written again and again in
 * one thread. Prints per sheet the p50 / p95 of the wall time, the p50 of the thread's CPU time and
 * of the bytes it allocated, the PDF's size and the load average. {@code -Dbench.rounds} sheets
 * measured (default 200) after {@code -Dbench.warmUp} unmeasured (default 50); {@code -Dbench.out=file.pdf}
 * keeps the last sheet, to look at.
 * A benchmark, not a test (docs/performance.md, "Printed day sheet: writing the PDF").
 */
public final class DaySheetBenchmark {

    private static final String[] LEVELS = {"Warm Water Relief", "Gentle Mobility", "Stretch & Strengthen",
        "Aqua Conditioning"};
    private static final int[] CAPACITIES = {6, 8, 10, 12};
    private static final int[] MINUTES = {30, 45, 45, 60};

    private DaySheetBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = Integer.getInteger("bench.rounds", 200);
        int warmUp = Integer.getInteger("bench.warmUp", 50);
        LocalDate day = LocalDate.of(2026, 12, 5);
        List<PrintedClass> classes = chainDay(day);
        LocalDateTime printedAt = day.atTime(12, 0);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] wall = new long[rounds];
        long[] cpu = new long[rounds];
        long[] allocated = new long[rounds];
        byte[] pdf = {};
        for (int round = 0; round < warmUp + rounds; round++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            pdf = RosterPdf.daySheet(day, classes, printedAt);
            if (round >= warmUp) {
                int i = round - warmUp;
                wall[i] = System.nanoTime() - start;
                cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                allocated[i] = threads.getCurrentThreadAllocatedBytes() - bytes;
            }
        }
        System.out.printf(Locale.ROOT, "day sheet (%d classes, PDF of %d KB), %d sheets: p50 %.1f ms  p95 %.1f ms  "
                + "CPU p50 %.1f ms  allocated p50 %.1f MB  (load %.1f)%n", classes.size(), pdf.length / 1024, rounds,
                percentile(wall, 50) / 1e6, percentile(wall, 95) / 1e6, percentile(cpu, 50) / 1e6,
                percentile(allocated, 50) / 1e6, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        String out = System.getProperty("bench.out");
        if (out != null) {
            Files.write(Path.of(out), pdf);
        }
    }

    /** 50 pools, nine slots (eight of them held in all but the last 50 pools' ninth), 400 classes. */
    static List<PrintedClass> chainDay(LocalDate day) {
        Random random = new Random(42);
        List<PrintedClass> classes = new ArrayList<>();
        int person = 0;
        for (int slot = 0; slot < 8; slot++) {
            LocalTime start = LocalTime.of(7, 0).plusMinutes(90L * slot);
            for (int pool = 1; pool <= 50; pool++) {
                int level = random.nextInt(LEVELS.length);
                int capacity = CAPACITIES[level];
                int taken = Math.max(1, capacity - random.nextInt(capacity / 2 + 1));
                List<String> participants = new ArrayList<>();
                for (int i = 0; i < taken; i++) {
                    participants.add(name(person++ * 7919 % 25_000));
                }
                List<String> waitlist = new ArrayList<>();
                if (taken == capacity && random.nextInt(3) == 0) {
                    for (int i = random.nextInt(3); i >= 0; i--) {
                        waitlist.add(name(person++ * 7919 % 25_000));
                    }
                }
                participants.sort(null);
                classes.add(new PrintedClass(LEVELS[level], day, start, start.plusMinutes(MINUTES[level]),
                        String.format(Locale.ROOT, "Chain pool %02d", pool), name(pool * 31 + slot % 2), capacity,
                        participants, waitlist, null));
            }
        }
        return classes;
    }

    /** The chain's names, with a second last name once the pairs run out. */
    private static String name(int i) {
        String[] first = ChainData.FIRST;
        String[] last = ChainData.LAST;
        int pairs = first.length * last.length;
        return first[i % first.length] + " " + last[(i / first.length) % last.length]
                + (i >= pairs ? "-" + last[(i / pairs) % last.length] : "");
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }
}
