package org.warmpool.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A participant is told "booked" only once the booking is committed; this checks that a commit
 * survives the application's JVM being killed ({@code kill -9}) a moment later. Each trial starts
 * {@link BookingWorkload} in its own JVM on the same database, reads what it confirmed (bookings,
 * waitlist places, cancellations, promotions), and kills it after a different number of changes. The
 * next workload starts the application on what the killed one left behind, with no manual step, and
 * prints what the database holds; after the last kill the test reads the database itself. Every confirmed change must be there, the
 * places taken must match the bookings and the waitlists must keep their order.
 *
 * <p>The H2 and the PostgreSQL test run at the same time (Failsafe turns on JUnit's parallel
 * execution for this): each has its own database, folder and workload JVMs, and a workload mostly
 * starts the application, which keeps about one core busy. The browser tests hold the
 * {@link #MACHINE} lock exclusively, so they never run beside a crash test.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = CrashScenario.MACHINE, mode = ResourceAccessMode.READ)
public abstract class CrashScenario {

    /** The lock the crash tests share with each other but not with the browser tests. */
    public static final String MACHINE = "the test machine's cores";

    /** After how many confirmed changes each trial is killed: while booking, after a promotion, later. */
    private static final int[] KILL_AFTER = {5, 23, 61};
    private static final long LINE_TIMEOUT_SECONDS = 240;

    @TempDir
    Path work;

    /** The JDBC URL, user and password the workloads use. */
    abstract String[] database();

    /** A short name for the report ("H2", "PostgreSQL"). */
    abstract String name();

    /** One change a workload confirmed: a booking became WAITLISTED, CONFIRMED or CANCELLED. */
    private record Change(long bookingId, long sessionId, String status, int trial) {
    }

    private record Row(long bookingId, long sessionId, String status, long position) {
    }

    private record Seats(long sessionId, int taken, int capacity) {
    }

    private record Dump(Map<Long, Row> rows, List<Seats> seats) {
    }

    @Test
    void everyConfirmedChangeSurvivesKillingTheApplication() throws Exception {
        List<Change> reported = new ArrayList<>();
        List<String> report = new ArrayList<>();
        Set<String> problems = new LinkedHashSet<>();
        for (int trial = 1; trial <= KILL_AFTER.length; trial++) {
            Workload workload = Workload.start(database(), trial, work);
            try {
                Dump dump = workload.readDump();
                if (trial > 1) {
                    check(dump, reported, trial - 1, report, problems);
                }
                workload.readChanges(KILL_AFTER[trial - 1], trial, reported);
            } finally {
                workload.kill();
            }
        }
        // The last trial's changes are read straight from the database: starting the application on
        // what a killed one left behind is what trials 2 and 3 did, and a fourth start cost a quarter of the test.
        check(readDirectly(database()), reported, KILL_AFTER.length, report, problems);
        report.forEach(line -> System.out.println(name() + " " + line));
        assertThat(problems).as(name() + ": " + String.join("; ", report)).isEmpty();
    }

    /** What the database holds, read over JDBC as {@link BookingWorkload} prints it. */
    private static Dump readDirectly(String[] database) throws SQLException {
        Map<Long, Row> rows = new HashMap<>();
        List<Seats> seats = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database[0], database[1], database[2]);
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(BookingWorkload.BOOKINGS)) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
                }
            }
            try (ResultSet rs = statement.executeQuery(BookingWorkload.SEATS)) {
                while (rs.next()) {
                    seats.add(new Seats(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
                }
            }
        }
        return new Dump(rows, seats);
    }

    private static int rank(String status) {
        return switch (status) {
            case "WAITLISTED" -> 0;
            case "CONFIRMED" -> 1;
            default -> 2;
        };
    }

    private static void check(Dump dump, List<Change> reported, int trial, List<String> report,
            Set<String> problems) {
        int confirmed = 0;
        int found = 0;
        for (Change change : reported) {
            Row row = dump.rows().get(change.bookingId());
            // A change made after the last line was read may be there too: a state at or after the reported one.
            boolean there = row != null && row.sessionId() == change.sessionId()
                    && rank(row.status()) >= rank(change.status());
            if (!there) {
                problems.add("booking " + change.bookingId() + " was confirmed " + change.status() + " in trial "
                        + change.trial() + " but is " + (row == null ? "missing" : row.status()));
            }
            if (change.trial() == trial) {
                confirmed++;
                found += there ? 1 : 0;
            }
        }
        report.add("trial " + trial + ": " + confirmed + " changes confirmed, " + found + " found");
        for (Seats seats : dump.seats()) {
            List<Row> rows = dump.rows().values().stream().filter(r -> r.sessionId() == seats.sessionId()).toList();
            long booked = rows.stream().filter(r -> r.status().equals("CONFIRMED")).count();
            if (booked != seats.taken() || seats.taken() > seats.capacity()) {
                problems.add("class " + seats.sessionId() + " counts " + seats.taken() + " places taken of "
                        + seats.capacity() + " but has " + booked + " bookings");
            }
            List<Row> waiting = rows.stream().filter(r -> r.status().equals("WAITLISTED"))
                    .sorted(Comparator.comparingLong(Row::position)).toList();
            if (!waiting.isEmpty() && seats.taken() < seats.capacity()) {
                problems.add("class " + seats.sessionId() + " has a free place while " + waiting.size() + " wait");
            }
            // Strict order: the line is ordered as the places in it were asked for, each number once.
            List<Long> byPosition = waiting.stream().map(Row::bookingId).toList();
            if (!byPosition.equals(byPosition.stream().sorted().toList())
                    || waiting.stream().map(Row::position).distinct().count() != waiting.size()) {
                problems.add("class " + seats.sessionId() + " has its waitlist out of order: " + waiting);
            }
        }
    }

    /** One workload JVM and the lines it prints. */
    private static final class Workload {

        private final Process process;
        private final Path errors;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        // Spring Boot logs to standard output: the last lines explain a workload that failed to start.
        private final Deque<String> recent = new ArrayDeque<>();

        private Workload(Process process, Path errors) {
            this.process = process;
            this.errors = errors;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException closedByKill) {
                    // the JVM is gone
                }
                lines.add("EXITED");
            }, "workload-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Workload start(String[] database, int trial, Path work) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx640m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss1m",
                    "-cp", System.getProperty("java.class.path"),
                    BookingWorkload.class.getName(), database[0], database[1], database[2], String.valueOf(trial)));
            Path errors = work.resolve("workload-" + trial + ".err");
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            return new Workload(process, errors);
        }

        private String next() throws Exception {
            String line = lines.poll(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (line == null || line.equals("EXITED")) {
                throw new AssertionError("The workload stopped early. Its last output:\n" + String.join("\n", recent)
                        + "\nIts errors:\n" + tail(errors));
            }
            recent.addLast(line);
            if (recent.size() > 60) {
                recent.removeFirst();
            }
            return line;
        }

        Dump readDump() throws Exception {
            Map<Long, Row> rows = new HashMap<>();
            List<Seats> seats = new ArrayList<>();
            for (String line = next(); !line.equals("DUMPED"); line = next()) {
                String[] f = line.split(" ");
                if (f[0].equals("ROW")) {
                    rows.put(Long.parseLong(f[1]), new Row(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3],
                            Long.parseLong(f[4])));
                } else if (f[0].equals("SEATS")) {
                    seats.add(new Seats(Long.parseLong(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])));
                }
            }
            return new Dump(rows, seats);
        }

        /** Reads confirmed changes until {@code count} were read; the caller kills the JVM at once. */
        void readChanges(int count, int trial, List<Change> reported) throws Exception {
            Map<Long, Long> sessionOf = new HashMap<>();
            int read = 0;
            while (read < count) {
                String[] f = next().split(" ");
                long id = f.length > 1 && f[1].matches("\\d+") ? Long.parseLong(f[1]) : 0;
                switch (f[0]) {
                    case "BOOKED" -> {
                        sessionOf.put(id, Long.parseLong(f[2]));
                        reported.add(new Change(id, Long.parseLong(f[2]), f[3], trial));
                    }
                    case "PROMOTED" -> reported.add(new Change(id, sessionOf.get(id), "CONFIRMED", trial));
                    case "CANCELLED" -> reported.add(new Change(id, sessionOf.get(id), "CANCELLED", trial));
                    default -> {
                        continue; // a log line
                    }
                }
                read++;
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
        }

        private static String tail(Path file) {
            try {
                List<String> all = Files.readAllLines(file);
                return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
            } catch (IOException e) {
                return "(no error output: " + e.getMessage() + ")";
            }
        }
    }
}
