package org.warmpool.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.data.domain.PageRequest;
import org.warmpool.booking.PrintedRosters;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.pool.Pool;
import org.warmpool.pool.ui.PoolChoice;
import org.warmpool.security.Role;

/**
 * Server time and SQL statements of the main views on the chain data (ChainApp: the whole chain
 * by default, {@code -Dchain.pools=5} for a quick run), driven with Karibu as a browser would: each
 * sample is one request's work (navigating to the view, or a change on it), what runs before the
 * answer (a grid's rows) and the UIDL answer written as JSON. Staff views as the front desk;
 * participant views each sample as another participant. Prints p50/p95 per view, the statements per
 * sample and the p50 of the request thread's CPU time (steadier than wall time on a busy machine: the
 * view, Vaadin and the embedded H2 all work in that thread) and of the bytes it allocated (the garbage
 * whose young collections make the tail), the answer's size and the page's state nodes, with the load average.
 * {@code -Dbench.rounds} samples a view (default 20, after 3 unmeasured).
 * {@code -Dbench.passes=2} goes through all the views twice and keeps the second pass: every view
 * is then measured on a server whose compiler has already seen all of them, as a clinic's server
 * that has been open for a while (the first view of a single pass is measured on a cold one).
 * {@code -Dbench.only=schedule} measures only the views whose name matches that regular expression;
 * {@code -Dbench.trace=true} prints the SQL statements of each view's last sample (Hibernate's and
 * JdbcTemplate's, as their loggers write them), to see what a count is made of.
 * A benchmark, not a test (docs/performance.md, "Benchmark 3: view round trips").
 */
public final class ViewBenchmark {

    private static final int WARM_UP = 3;
    private static final String NEUTRAL = "accessibility";
    private static final String SEARCH = "Search by name, e-mail, phone or date of birth";

    private record Sample(long nanos, long statements, long hibernate, int answer, long cpuNanos, long allocated) {
    }

    private static final Map<String, List<Sample>> RESULTS = new LinkedHashMap<>();

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    /** HotSpot's view of the same bean: the bytes the request thread allocates (its garbage, mostly). */
    private static final com.sun.management.ThreadMXBean ALLOCATIONS = (com.sun.management.ThreadMXBean) THREADS;

    private static ChainApp app;
    private static Statistics hibernate;

    private ViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 20);
        try (ChainApp started = ChainApp.start()) {
            app = started;
            hibernate = app.context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            hibernate.setStatisticsEnabled(true);
            KaribuWindows windows = new KaribuWindows(app.context);

            int passes = Integer.getInteger("bench.passes", 1);
            for (int pass = 1; pass <= passes; pass++) {
                if (passes > 1) {
                    System.out.printf("%n--- pass %d of %d%s%n", pass, passes,
                            pass < passes ? " (warms the server up; the last pass is the one kept)" : "");
                }
                RESULTS.clear();
                staffViews(windows, rounds);
                participantViews(windows, rounds);
            }
            print(rounds);
        }
        System.exit(0);
    }

    private static void staffViews(KaribuWindows windows, int rounds) {
        Role[] desk = {Role.FRONT_DESK};
        windows.open(0L, "desk@example.org", "Front desk", NEUTRAL, desk);

        // A new session: the week opens as a clinic of this size has it (a chain: its first pool).
        measure("schedule week, as it opens (a chain: one pool)", rounds, round -> away(),
                round -> UI.getCurrent().navigate("schedule"));
        measure("schedule week, all pools (chosen before)", rounds, round -> {
            PoolChoice.remember(null);
            away();
        }, round -> UI.getCurrent().navigate("schedule"));
        List<Long> poolIds = app.jdbc().queryForList("SELECT id FROM pool ORDER BY id", Long.class);
        UI.getCurrent().navigate("schedule");
        KaribuWindows.respond();
        // The front desk picks a pool in the week's filter (each sample another pool).
        measure("schedule week, one pool (choosing it)", rounds, round -> {
        }, round -> {
            @SuppressWarnings("unchecked")
            ComboBox<Pool> pool = _get(ComboBox.class, spec -> spec.withLabel("Pool"));
            long id = poolIds.get(round % poolIds.size());
            _setValue(pool, pool.getListDataView().getItems().filter(p -> p.getId() == id).findFirst().orElseThrow());
        });

        List<Long> today = app.jdbc().queryForList("SELECT s.id FROM class_session s WHERE s.session_date = ? "
                + "AND s.seats_taken > 0 ORDER BY s.starts_at, s.pool_id", Long.class, app.today);
        measure("roster of a class today", rounds, round -> away(),
                round -> UI.getCurrent().navigate("roster/" + today.get(round * 7 % today.size())));

        measure("participant search \"emma\" (first page)", rounds, round -> {
            away();
            UI.getCurrent().navigate("participants");
            KaribuWindows.respond();
        }, round -> _setValue(_get(TextField.class, spec -> spec.withLabel(SEARCH)), "emma"));
        int matches = app.context.getBean(ParticipantRecordService.class).search("emma", PageRequest.of(0, 100_000))
                .size();
        System.out.printf("participant search \"emma\": %d matches%n", matches);
        // Scrolling the grid to the end: each sample is the next page of 50 the browser asks for; as many
        // samples as it takes to reach the last page (at least bench.rounds), then from the top again.
        int pages = (matches + 49) / 50;
        int[] page = {0};
        int[] reached = {0};
        if (pages > 1) {
            measure("participant search \"emma\" scrolled to the end (each page of 50)",
                    Math.max(rounds, pages - 1 - WARM_UP), round -> {
                        if (page[0] == 0) {
                            away();
                            UI.getCurrent().navigate("participants");
                            _setValue(_get(TextField.class, spec -> spec.withLabel(SEARCH)), "emma");
                            KaribuWindows.respond();
                        }
                    }, round -> {
                        page[0]++;
                        grid().getDataCommunicator().setViewportRange(page[0] * 50, 50);
                        reached[0] = Math.max(reached[0], Math.min(matches, page[0] * 50 + 50));
                        if (page[0] >= pages - 1) {
                            page[0] = 0;
                        }
                    });
            if (reached[0] > 0) {
                System.out.printf("participant search \"emma\" scrolled: rows reached %d of %d (the grid counts %d)%n",
                        reached[0], matches, grid().getDataCommunicator().getItemCount());
            }
        }

        // Check-in opens on the pool chosen last (on the week, above); then on all pools.
        measure("check-in, one pool (classes around now)", rounds, round -> away(),
                round -> UI.getCurrent().navigate("check-in"));
        measure("check-in, all pools (chosen before)", rounds, round -> {
            PoolChoice.remember(null);
            away();
        }, round -> UI.getCurrent().navigate("check-in"));
        for (String report : List.of("reports", "reports/utilisation", "reports/waitlists", "reports/attendance",
                "reports/outcomes", "reports/instructors")) {
            measure(report + " (last 30 days)", rounds, round -> away(), round -> UI.getCurrent().navigate(report));
        }
        // The day sheet the front desk prints: a PDF of every class today with its roster and waitlist
        // (the table's answer column is UIDL, none here; the PDF's size is printed on its own).
        PrintedRosters printed = app.context.getBean(PrintedRosters.class);
        int[] pdf = {0};
        measure("printed day sheet (today, all pools)", rounds, round -> {
        }, round -> pdf[0] = printed.daySheet(app.today).length);
        if (selected("printed day sheet")) {
            System.out.printf("printed day sheet: %d classes today, PDF of %d KB%n", app.jdbc().queryForObject(
                    "SELECT COUNT(*) FROM class_session WHERE session_date = ?", Integer.class, app.today),
                    pdf[0] / 1024);
        }
        KaribuWindows.closeCurrent();
    }

    private static void participantViews(KaribuWindows windows, int rounds) {
        // Cleared participants spread over the chain, with bookings: each sample another one.
        List<Map<String, Object>> people = app.jdbc().queryForList("SELECT u.id, u.email, u.display_name "
                + "FROM participant p JOIN app_user u ON u.id = p.user_id JOIN intake i ON i.participant_id = p.id "
                + "WHERE i.outcome = 'CLEARED' AND MOD(p.id, 37) = 0 AND EXISTS (SELECT 1 FROM booking b "
                + "WHERE b.participant_id = p.id) ORDER BY p.id");
        System.out.printf("participants sampled from %d%n", people.size());
        Map<String, Object> first = people.get(0);
        windows.open((Long) first.get("ID"), (String) first.get("EMAIL"), (String) first.get("DISPLAY_NAME"),
                NEUTRAL, Role.PARTICIPANT);
        for (String[] view : new String[][] {{"recommended classes", "classes"}, {"my bookings", "my-bookings"},
            {"my progress", "my-progress"}}) {
            measure(view[0], rounds, round -> {
                Map<String, Object> who = people.get((round * 131 + view[1].length()) % people.size());
                KaribuWindows.switchUser((Long) who.get("ID"), (String) who.get("EMAIL"),
                        (String) who.get("DISPLAY_NAME"), Role.PARTICIPANT);
                away();
            }, round -> UI.getCurrent().navigate(view[1]));
        }
        KaribuWindows.closeCurrent();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid() {
        return _get(Grid.class);
    }

    /** Leaves the view for a light page, so that the next navigation builds the view again. */
    private static void away() {
        UI.getCurrent().navigate(NEUTRAL);
        KaribuWindows.respond();
    }

    private interface Step {
        void run(int round);
    }

    /** Whether {@code -Dbench.only} (a regular expression) selects this view. */
    private static boolean selected(String view) {
        return java.util.regex.Pattern.compile(System.getProperty("bench.only", "")).matcher(view).find();
    }

    private static void measure(String view, int rounds, Step before, Step action) {
        if (!selected(view)) {
            return;
        }
        List<Sample> samples = new ArrayList<>();
        boolean trace = Boolean.getBoolean("bench.trace");
        for (int round = 0; round < WARM_UP + rounds; round++) {
            before.run(round);
            List<String> sent = trace && round == WARM_UP + rounds - 1 ? SqlTrace.start() : null;
            long statements = app.statements();
            long prepared = hibernate.getPrepareStatementCount();
            long allocatedStart = ALLOCATIONS.getCurrentThreadAllocatedBytes();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            action.run(round);
            int answer = KaribuWindows.respond();
            long nanos = System.nanoTime() - start;
            long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
            long allocated = ALLOCATIONS.getCurrentThreadAllocatedBytes() - allocatedStart;
            if (sent != null) {
                SqlTrace.stop();
                System.out.printf("SQL of \"%s\" (last sample, %d statements):%n", view, sent.size());
                sent.forEach(sql -> System.out.println("  " + sql));
            }
            if (round >= WARM_UP) {
                samples.add(new Sample(nanos, app.statements() - statements,
                        hibernate.getPrepareStatementCount() - prepared, answer, cpuNanos, allocated));
            }
        }
        RESULTS.put(view, samples);
        Sample median = summary(samples);
        System.out.printf("%-62s p50 %7.1f ms  p95 %7.1f ms  CPU p50 %7.1f ms  allocated p50 %5.1f MB  "
                + "statements %s  answer %.0f KB  nodes %d  (load %s)%n",
                view, median.nanos / 1e6, percentile(samples, 95) / 1e6, cpuPercentile(samples, 50) / 1e6,
                allocatedPercentile(samples, 50) / 1e6, range(samples), answerKb(samples), nodes(), load());
    }

    /** The state nodes the current page keeps (elements and text nodes, each sent to the browser once). */
    private static int nodes() {
        int[] count = {0};
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> count[0]++);
        return count[0];
    }

    private static Sample summary(List<Sample> samples) {
        return new Sample(percentile(samples, 50), 0, 0, 0, 0, 0);
    }

    private static long percentile(List<Sample> samples, int p) {
        long[] sorted = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    /** The request thread's CPU time: the view's work (H2 runs in it too), steadier than wall time on a busy machine. */
    private static long cpuPercentile(List<Sample> samples, int p) {
        long[] sorted = samples.stream().mapToLong(Sample::cpuNanos).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    /**
     * The bytes the request thread allocated: nearly all of it garbage by the answer's end, which the
     * young collections must clear (their pauses make the tail); steady whatever the load.
     */
    private static long allocatedPercentile(List<Sample> samples, int p) {
        long[] sorted = samples.stream().mapToLong(Sample::allocated).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    private static double answerKb(List<Sample> samples) {
        return samples.stream().mapToInt(Sample::answer).average().orElse(0) / 1024;
    }

    /** The machine's load average (one minute) as the operating system reports it. */
    private static String load() {
        return String.format(java.util.Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String range(List<Sample> samples) {
        long min = samples.stream().mapToLong(Sample::statements).min().orElse(0);
        long max = samples.stream().mapToLong(Sample::statements).max().orElse(0);
        return min == max ? String.valueOf(min) : min + "-" + max;
    }

    private static void print(int rounds) {
        System.out.println();
        System.out.printf("| view | samples | p50 ms | p95 ms | max ms | SQL statements (of which Hibernate) "
                + "| answer (UIDL) KB | CPU p50 ms | allocated p50 MB |%n|---|---|---|---|---|---|---|---|---|%n");
        RESULTS.forEach((view, samples) -> {
            long[] hib = samples.stream().mapToLong(Sample::hibernate).toArray();
            Arrays.sort(hib);
            System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %s (%s) | %.0f | %.1f | %.1f |%n", view, samples.size(),
                    percentile(samples, 50) / 1e6, percentile(samples, 95) / 1e6, percentile(samples, 100) / 1e6,
                    range(samples), hib[0] == hib[hib.length - 1] ? String.valueOf(hib[0]) : hib[0] + "-" + hib[hib.length - 1],
                    answerKb(samples), cpuPercentile(samples, 50) / 1e6, allocatedPercentile(samples, 50) / 1e6);
        });
    }
}
