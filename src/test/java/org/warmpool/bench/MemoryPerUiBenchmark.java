package org.warmpool.bench;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;
import org.warmpool.security.Role;

/**
 * Heap kept per open UI on the chain data (ChainApp): {@code -Dbench.participants} (500) windows,
 * each its own session, logged in as different participants on their recommended classes, then
 * {@code -Dbench.staff} (50) front-desk windows on the schedule week; every window is held. Heap
 * used after a full GC, with the windows held, minus before, divided by their number; then the
 * classes whose instances grew most (a class histogram before and after). A warm-up of a few
 * windows, closed again, comes first, so that what every window shares (classes, caches) is not
 * counted. A benchmark, not a test (docs/performance.md, "Benchmark 4: memory per open UI").
 */
public final class MemoryPerUiBenchmark {

    private MemoryPerUiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int participants = Integer.getInteger("bench.participants", 500);
        int staff = Integer.getInteger("bench.staff", 50);
        try (ChainApp app = ChainApp.start()) {
            KaribuWindows windows = new KaribuWindows(app.context);
            List<Object[]> people = app.jdbc().query("SELECT u.id, u.email, u.display_name FROM participant p "
                    + "JOIN app_user u ON u.id = p.user_id JOIN intake i ON i.participant_id = p.id "
                    + "WHERE i.outcome = 'CLEARED' ORDER BY p.id",
                    (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
            // Spread over the chain's pools.
            int step = Math.max(1, people.size() / participants);

            // Warm-up: classes loaded, caches filled; these windows are closed again.
            for (int i = 0; i < 5; i++) {
                Object[] who = people.get(i * step + 1);
                windows.open((Long) who[0], (String) who[1], (String) who[2], "classes", Role.PARTICIPANT);
                KaribuWindows.closeCurrent();
            }
            windows.open(0L, "desk@example.org", "Front desk", "schedule", Role.FRONT_DESK);
            System.out.printf("Vaadin in %s mode%n", KaribuWindows.productionMode() ? "production" : "development");
            KaribuWindows.closeCurrent();

            List<UI> held = new ArrayList<>();
            System.out.println("load average before: " + loadAverage());
            long before = usedAfterGc();
            Map<String, long[]> histogramBefore = histogram();
            long start = System.nanoTime();
            for (int i = 0; i < participants; i++) {
                Object[] who = people.get(i * step % people.size());
                held.add(windows.open((Long) who[0], (String) who[1], (String) who[2], "classes",
                        Role.PARTICIPANT));
            }
            System.out.printf("%d participant windows opened in %.1f s%n", participants,
                    (System.nanoTime() - start) / 1e9);
            long withParticipants = usedAfterGc();
            Map<String, long[]> histogramParticipants = histogram();
            report("participant UI (recommended classes)", withParticipants - before, participants);
            top(histogramBefore, histogramParticipants, participants);

            start = System.nanoTime();
            for (int i = 0; i < staff; i++) {
                held.add(windows.open(0L, "desk" + i + "@example.org", "Front desk " + i, "schedule",
                        Role.FRONT_DESK));
            }
            System.out.printf("%d staff windows opened in %.1f s%n", staff, (System.nanoTime() - start) / 1e9);
            long withStaff = usedAfterGc();
            report("staff UI (schedule week as it opens: one pool on a chain)", withStaff - withParticipants, staff);
            top(histogramParticipants, histogram(), staff);
            System.out.println("load average after: " + loadAverage());
            System.out.printf("windows held: %d; heap before %.1f MB, after %.1f MB (max %.0f MB)%n", held.size(),
                    before / 1048576.0, withStaff / 1048576.0,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1048576.0);
        }
        System.exit(0);
    }

    /** The machine's load average (1, 5 and 15 minutes), where the system tells it. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return String.format("%.1f (1 minute)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void report(String what, long bytes, int count) {
        System.out.printf("%s: %d held, %.1f MB more heap after GC: %.0f KB per UI%n", what, count,
                bytes / 1048576.0, bytes / 1024.0 / count);
    }

    /** Heap used after full collections (until it stops falling). */
    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used - 64 * 1024) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    /** Instances and bytes per class of the live heap (the JVM's GC.class_histogram, after a full GC). */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                classes.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        return classes;
    }

    private static void top(Map<String, long[]> before, Map<String, long[]> after, int count) {
        record Growth(String type, long instances, long bytes) {
        }
        List<Growth> growth = new ArrayList<>();
        after.forEach((type, now) -> {
            long[] was = before.getOrDefault(type, new long[2]);
            growth.add(new Growth(type, now[0] - was[0], now[1] - was[1]));
        });
        growth.sort(Comparator.comparingLong(Growth::bytes).reversed());
        System.out.println("  grew most (per UI: instances, bytes):");
        growth.stream().limit(15).forEach(g -> System.out.printf("    %-70s %8.1f %9.0f%n", g.type(),
                g.instances() / (double) count, g.bytes() / (double) count));
    }
}
