package org.warmpool.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmpool.Application;
import org.warmpool.SharedPostgres;
import org.warmpool.ShippedH2Url;
import org.warmpool.booking.BookingResult;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingStatus;
import org.warmpool.booking.BookingTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.program.ProgrammeSettings;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.SystemTasks;

/**
 * Booking under contention (issue #20, benchmark 2), on an H2 file and on PostgreSQL (the embedded
 * server the tests use), one after the other in one process. On each database:
 * <ol>
 * <li>one at a time: 200 participants each book a quiet class (also warms the JIT up);</li>
 * <li>the hot class: 200 threads, let go at one moment, book one class of 10 places: exactly 10
 * confirmed, the other 190 waitlisted in the order in which they reached the seat decision;</li>
 * <li>spread: 2,000 threads book 100 classes of 10 places (20 people a class).</li>
 * </ol>
 * Every booking goes through {@code BookingService.bookForMe} as the participant. Each phase prints
 * bookings a second and latency (from the moment the threads are let go, so waiting for a connection
 * and for the class's lock counts), then checks the result in the database and fails loudly
 * (an exception, the command fails) if any class has a place too many or too few, a waitlist out of
 * order, or an answer that differs from what was stored. On H2, each spread round also prints the
 * file's size and chunks (H2's own figures).
 *
 * <p>{@code -Dbench.db=h2}, {@code =postgresql} or {@code =h2,postgresql} (the default);
 * {@code -Dbench.rounds=N} runs the hot class and the spread phase N times (default 5), each time on new
 * classes with the same people: the first round runs while the JIT compiler is still at work, the
 * later ones show the warm server (their median is printed at the end);
 * {@code -Dbench.spread=false} leaves the spread phase out; {@code -Dbench.sql=true} prints the SQL statements of one booking; {@code -Dbench.url} another H2 URL (default: a new file under target/bench-booking with the
 * application's own settings from application.properties, the lock timeout raised to 60 s). A benchmark, not a test:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.warmpool.bench.BookingBenchmark} (docs/performance.md).
 */
public final class BookingBenchmark {

    private static final int PLACES = 10;
    private static final int HOT_THREADS = 200;
    private static final int SPREAD_CLASSES = 100;
    private static final int SPREAD_THREADS = 2_000;
    /** The connection pool of the production PostgreSQL profile (application-postgres.properties). */
    private static final int POSTGRES_POOL = 20;
    /** Participants who register through the services; the others are copies of them. */
    private static final int REGISTERED = 10;

    private BookingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (String db : System.getProperty("bench.db", "h2,postgresql").split(",")) {
            run(db.trim());
        }
    }

    private static void run(String db) throws Exception {
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=warn",
                "--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
                // The test profile counts Hibernate's statements; production does not.
                "--spring.jpa.properties.hibernate.generate_statistics=false",
                // Up to 2,000 threads wait their turn for a connection: none should give up.
                "--spring.datasource.hikari.connection-timeout=600000"));
        if (db.equals("h2")) {
            String url = System.getProperty("bench.url");
            if (url == null) {
                Path folder = Path.of("target", "bench-booking");
                Files.createDirectories(folder);
                url = ShippedH2Url.at("./" + folder.resolve("warmpool-" + System.currentTimeMillis()))
                        .replaceAll("LOCK_TIMEOUT=\\d+", "LOCK_TIMEOUT=60000");
            }
            settings.add("--spring.datasource.url=" + url);
        } else if (db.equals("postgresql")) {
            postgresStarted = true;
            settings.addAll(List.of("--spring.datasource.url=" + SharedPostgres.jdbcUrl(SharedPostgres.newDatabase()),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--spring.datasource.hikari.maximum-pool-size=" + POSTGRES_POOL,
                    "--spring.datasource.hikari.connection-init-sql=SET lock_timeout = '60s'"));
        } else {
            throw new IllegalArgumentException("bench.db: h2 or postgresql, not " + db);
        }
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = app.run(settings.toArray(String[]::new))) {
            System.out.printf("%n=== %s: %s, connection pool %s, load average %s%n", db,
                    context.getEnvironment().getProperty("spring.datasource.url"),
                    context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", "10"),
                    loadAverage());
            new Run(context).all();
        }
    }

    private static final class Run {

        private final BookingTestData data;
        private final BookingService bookings;
        private final JdbcTemplate jdbc;
        private final LocalDate today;
        private final PlatformTransactionManager transactions;
        private final org.springframework.boot.logging.LoggingSystem logging;

        Run(ConfigurableApplicationContext context) {
            logging = context.getBean(org.springframework.boot.logging.LoggingSystem.class);
            transactions = context.getBean(PlatformTransactionManager.class);
            data = context.getBean(BookingTestData.class);
            bookings = context.getBean(BookingService.class);
            jdbc = context.getBean(JdbcTemplate.class);
            today = LocalDate.now(context.getBean(Clock.class));
            ProgrammeSettingsService programme = context.getBean(ProgrammeSettingsService.class);
            SystemTasks.runAsStaff(() -> {
                ProgrammeSettings current = programme.current();
                current.setMaxWaitlist(HOT_THREADS);
                programme.save(current);
            });
        }

        void all() throws Exception {
            long started = System.nanoTime();
            List<Registered> hotPeople = register("Hot", HOT_THREADS);
            List<Registered> spreadPeople = register("Spread", SPREAD_THREADS);
            System.out.printf("registered %d participants in %.1f s%s%n", HOT_THREADS + SPREAD_THREADS,
                    (System.nanoTime() - started) / 1e9, postgresStarted
                            ? "; PostgreSQL processes counted for CPU: " + Cpu.postgresProcesses().size() : "");

            // One at a time, into quiet classes (ten people a class): a booking's own cost.
            List<ScheduledSession> quiet = new ArrayList<>();
            for (int i = 0; i < HOT_THREADS / PLACES; i++) {
                quiet.add(data.session(2, PLACES, today.plusDays(1 + i % 13), "07:00"));
            }
            long[] alone = new long[HOT_THREADS];
            for (int i = 0; i < HOT_THREADS; i++) {
                long sessionId = quiet.get(i / PLACES).id();
                Registered who = hotPeople.get(i);
                boolean showSql = i == HOT_THREADS - 1 && Boolean.getBoolean("bench.sql");
                if (showSql) {
                    System.out.println("The SQL of one booking:");
                    logging.setLogLevel("org.hibernate.SQL", org.springframework.boot.logging.LogLevel.DEBUG);
                }
                long start = System.nanoTime();
                BookingTestData.as(who, () -> bookings.bookForMe(sessionId, true));
                alone[i] = System.nanoTime() - start;
                if (showSql) {
                    logging.setLogLevel("org.hibernate.SQL", org.springframework.boot.logging.LogLevel.WARN);
                }
            }
            System.out.println(latencies("one at a time, quiet classes: " + HOT_THREADS + " bookings", alone)
                    + ", load " + loadAverage());

            int rounds = Integer.getInteger("bench.rounds", 12);
            boolean spread = Boolean.parseBoolean(System.getProperty("bench.spread", "true"));
            List<Phase> hotRounds = new ArrayList<>();
            List<Phase> spreadRounds = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                // Each round books new classes (other days, so no one overlaps), with the same people.
                String label = rounds == 1 ? "" : round == 1 ? " (round 1, cold)" : " (round " + round + ")";

                // The hot class: everyone at once for 10 places.
                ScheduledSession hot = data.session(2, PLACES, today.plusDays(13 + round), "08:00");
                List<Attempt> hotAttempts = new ArrayList<>();
                for (Registered who : hotPeople) {
                    hotAttempts.add(new Attempt(who, hot.id()));
                }
                Phase hotPhase = race(hotAttempts);
                hotPhase.print("hot class" + label + ": " + HOT_THREADS + " threads, one class of " + PLACES
                        + " places");
                check(hot.id(), hotAttempts);
                hotRounds.add(hotPhase);

                if (!spread) {
                    continue;
                }
                // Spread: 2,000 at once over 100 classes.
                List<Long> classes = new ArrayList<>();
                for (int i = 0; i < SPREAD_CLASSES; i++) {
                    classes.add(data.session(2, PLACES, today.plusDays(20 + 10L * round + i % 10),
                            String.format("%02d:00", 7 + i / 10)).id());
                }
                List<Attempt> spreadAttempts = new ArrayList<>();
                for (int i = 0; i < SPREAD_THREADS; i++) {
                    spreadAttempts.add(new Attempt(spreadPeople.get(i), classes.get(i % SPREAD_CLASSES)));
                }
                Phase spreadPhase = race(spreadAttempts);
                spreadPhase.print("spread" + label + ": " + SPREAD_THREADS + " threads over " + SPREAD_CLASSES
                        + " classes of " + PLACES + " places");
                for (long sessionId : classes) {
                    check(sessionId, spreadAttempts.stream().filter(a -> a.sessionId == sessionId).toList());
                }
                String file = h2File();
                if (!file.isEmpty()) {
                    System.out.println(file);
                }
                spreadRounds.add(spreadPhase);
            }
            System.out.println("checked: every class has exactly " + PLACES
                    + " confirmed and the rest waitlisted 1, 2, 3, ... in the order of the seat decisions");
            oneAtATimeWarm(hotPeople);
            if (rounds > 1) {
                System.out.println(Phase.warm("hot class", hotRounds));
                if (spread) {
                    System.out.println(Phase.warm("spread", spreadRounds));
                }
            }
        }

        /**
         * One at a time again, now that the server is warm: the CPU time of the booking's own thread
         * (H2 runs in it) and the memory it allocates are steadier measures of a booking's work than wall
         * time on a busy machine.
         */
        private void oneAtATimeWarm(List<Registered> people) {
            com.sun.management.ThreadMXBean threadCpu =
                    (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            List<ScheduledSession> quiet = new ArrayList<>();
            for (int i = 0; i < people.size() / PLACES; i++) {
                quiet.add(data.session(2, PLACES, today.plusDays(1 + i % 13), "10:00"));
            }
            long[] wall = new long[people.size()];
            long[] cpu = new long[people.size()];
            long[] bytes = new long[people.size()];
            for (int i = 0; i < people.size(); i++) {
                long sessionId = quiet.get(i / PLACES).id();
                long start = System.nanoTime();
                long cpuStart = threadCpu.getCurrentThreadCpuTime();
                long bytesStart = threadCpu.getCurrentThreadAllocatedBytes();
                BookingTestData.as(people.get(i), () -> bookings.bookForMe(sessionId, true));
                cpu[i] = threadCpu.getCurrentThreadCpuTime() - cpuStart;
                bytes[i] = threadCpu.getCurrentThreadAllocatedBytes() - bytesStart;
                wall[i] = System.nanoTime() - start;
            }
            Arrays.sort(bytes);
            System.out.println(latencies("one at a time, warm: " + people.size() + " bookings", wall) + "; "
                    + latencies("CPU of the booking's thread", cpu) + "; memory allocated a booking p50 "
                    + bytes[bytes.length / 2] / 1024 + " KB, load " + loadAverage());
        }

        /**
         * A few participants register and send their intake through the services; the rest are
         * copies of them made with SQL (account, roles, participant, intakes: a new e-mail, name
         * and phone), which takes seconds where 2,200 registrations took minutes.
         */
        private List<Registered> register(String name, int count) {
            List<Registered> templates = new ArrayList<>();
            for (int i = 0; i < Math.min(REGISTERED, count); i++) {
                templates.add(data.cleared(name + " " + i));
            }
            List<Registered> people = new ArrayList<>(templates);
            TransactionTemplate transaction = new TransactionTemplate(transactions);
            while (people.size() < count) {
                int from = people.size();
                int to = Math.min(count, from + 200);
                transaction.executeWithoutResult(status -> {
                    for (int i = from; i < to; i++) {
                        people.add(copy(templates.get(i % templates.size()), name.toLowerCase() + "-" + i));
                    }
                });
            }
            return people;
        }

        private Registered copy(Registered template, String key) {
            String email = "bench-" + key + "-" + System.nanoTime() + "@example.org";
            String fullName = "Bench " + key;
            String phone = org.warmpool.participant.ParticipantTestData.uniquePhone();
            long userId = copyRow("app_user", template.userId(), Map.of("email", email, "display_name", fullName));
            jdbc.update("insert into app_user_role (user_id, role) select ?, role from app_user_role where user_id = ?",
                    userId, template.userId());
            long participantId = copyRow("participant", template.participantId(),
                    Map.of("user_id", userId, "email", email, "full_name", fullName, "phone", phone));
            for (long intake : jdbc.queryForList("select id from intake where participant_id = ? order by id",
                    Long.class, template.participantId())) {
                copyRow("intake", intake, Map.of("participant_id", participantId));
            }
            return new Registered(userId, email, fullName, phone, participantId);
        }

        /** Inserts a copy of the row (every column but the id, some replaced); returns the new id. */
        private long copyRow(String table, long id, Map<String, Object> replaced) {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            jdbc.queryForMap("select * from " + table + " where id = ?", id)
                    .forEach((column, value) -> row.put(column.toLowerCase(java.util.Locale.ROOT), value));
            row.remove("id");
            row.putAll(replaced);
            List<String> columns = new ArrayList<>(row.keySet());
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            org.springframework.jdbc.support.GeneratedKeyHolder keys =
                    new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.update(connection -> {
                java.sql.PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
                for (int i = 0; i < columns.size(); i++) {
                    statement.setObject(i + 1, row.get(columns.get(i)));
                }
                return statement;
            }, keys);
            return keys.getKey().longValue();
        }

        /** Every attempt on a thread of its own, all let go at one moment. */
        private Phase race(List<Attempt> attempts) throws Exception {
            CountDownLatch ready = new CountDownLatch(attempts.size());
            CountDownLatch go = new CountDownLatch(1);
            AtomicLong letGo = new AtomicLong();
            ExecutorService threads = Executors.newFixedThreadPool(attempts.size());
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (Attempt attempt : attempts) {
                    futures.add(threads.submit((Callable<Void>) () -> {
                        ready.countDown();
                        go.await();
                        long cpuStart = THREAD_CPU.getCurrentThreadCpuTime();
                        attempt.result = BookingTestData.as(attempt.who,
                                () -> bookings.bookForMe(attempt.sessionId, true));
                        attempt.nanos = System.nanoTime() - letGo.get();
                        attempt.cpuNanos = THREAD_CPU.getCurrentThreadCpuTime() - cpuStart;
                        return null;
                    }));
                }
                ready.await();
                String load = loadAverage();
                Map<Long, Cpu.Task> tasksBefore = Cpu.tasks();
                long cpuBefore = Cpu.nanos();
                letGo.set(System.nanoTime());
                go.countDown();
                for (Future<?> future : futures) {
                    future.get(10, TimeUnit.MINUTES);
                }
                long wall = System.nanoTime() - letGo.get();
                long cpu = Cpu.nanos() - cpuBefore;
                String byThread = Cpu.byThread(tasksBefore, Cpu.tasks(), cpu, attempts.size())
                        + String.format("; in the booking calls %.2f", attempts.stream().mapToLong(a -> a.cpuNanos).sum()
                                / 1e6 / attempts.size());
                long[] nanos = attempts.stream().mapToLong(a -> a.nanos).toArray();
                return new Phase(nanos, wall, cpu, load, loadAverage(), byThread);
            } finally {
                threads.shutdownNow();
            }
        }

        /** The H2 file's size, its chunks and how full they are (H2's own figures); empty on PostgreSQL. */
        private String h2File() {
            Map<String, String> info = new HashMap<>();
            try {
                jdbc.query("select setting_name, setting_value from information_schema.settings where setting_name in "
                        + "('info.FILE_SIZE', 'info.CHUNK_COUNT', 'info.CHUNKS_FILL_RATE', 'info.FILL_RATE')",
                        rs -> {
                            info.put(rs.getString(1), rs.getString(2));
                        });
            } catch (org.springframework.dao.DataAccessException notH2) {
                return "";
            }
            if (info.isEmpty()) {
                return "";
            }
            return String.format("    H2 file %.1f MB, %s chunks, %s %% of the file live, the chunks %s %% full",
                    Long.parseLong(info.get("info.FILE_SIZE")) / 1e6, info.get("info.CHUNK_COUNT"),
                    info.get("info.FILL_RATE"), info.get("info.CHUNKS_FILL_RATE"));
        }

        /**
         * The invariant, from the database: in the order the rows were inserted (the identity
         * column, given out under the class's lock, so in the order of the seat decisions), the
         * first {@link #PLACES} are confirmed and the rest waitlisted 1, 2, 3, ...; places taken
         * equal the places; each participant once; each answer what was stored.
         */
        private void check(long sessionId, List<Attempt> attempts) {
            List<Object[]> rows = jdbc.query("""
                    select id, participant_id, status, waitlist_position from booking
                    where session_id = ? order by id""", (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2),
                    rs.getString(3), rs.getObject(4, Long.class)}, sessionId);
            int seatsTaken = jdbc.queryForObject("select seats_taken from class_session where id = ?", Integer.class,
                    sessionId);
            List<String> problems = new ArrayList<>();
            if (rows.size() != attempts.size()) {
                problems.add(rows.size() + " bookings for " + attempts.size() + " attempts");
            }
            Set<Long> participants = new HashSet<>();
            Map<Long, Object[]> byId = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = rows.get(i);
                byId.put((Long) row[0], row);
                if (!participants.add((Long) row[1])) {
                    problems.add("participant " + row[1] + " booked twice");
                }
                String expected = i < PLACES ? "CONFIRMED" : "WAITLISTED";
                Long position = i < PLACES ? null : (long) (i - PLACES + 1);
                if (!expected.equals(row[2]) || !java.util.Objects.equals(position, row[3])) {
                    problems.add("booking " + row[0] + " (decided " + (i + 1) + ".) is " + row[2] + " "
                            + (row[3] == null ? "" : row[3]) + ", expected " + expected + " "
                            + (position == null ? "" : position));
                }
            }
            if (seatsTaken != PLACES) {
                problems.add("seats_taken is " + seatsTaken);
            }
            for (Attempt attempt : attempts) {
                Object[] row = byId.get(attempt.result.bookingId());
                BookingResult told = attempt.result;
                if (row == null || !row[2].equals(told.status().name())
                        || (told.status() == BookingStatus.WAITLISTED && ((Long) row[3]) != told.waitlistPosition())) {
                    problems.add("told " + told + ", stored " + (row == null ? "nothing" : Arrays.toString(row)));
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("THE INVARIANT DOES NOT HOLD for class " + sessionId + ": "
                        + String.join("; ", problems.subList(0, Math.min(10, problems.size()))));
            }
        }
    }

    private static final class Attempt {
        final Registered who;
        final long sessionId;
        volatile BookingResult result;
        volatile long nanos;
        /** CPU time of the booking call on its thread (waiting for a connection and the lock included). */
        volatile long cpuNanos;

        Attempt(Registered who, long sessionId) {
            this.who = who;
            this.sessionId = sessionId;
        }
    }

    private record Phase(long[] nanos, long wallNanos, long cpuNanos, String loadBefore, String loadAfter,
            String byThread) {

        void print(String what) {
            System.out.printf("%s: %.0f bookings/s (%d in %.2f s); %s; CPU %.2f ms a booking; load %s before, %s after%n"
                    + "    CPU a booking by thread: %s%n",
                    what, perSecond(), nanos.length, wallNanos / 1e9,
                    latencies("latency", nanos), cpuNanos / 1e6 / nanos.length, loadBefore, loadAfter, byThread);
        }

        double perSecond() {
            return nanos.length / (wallNanos / 1e9);
        }

        /**
         * Rounds 2 to 5 (the compiler still busy with the booking's path: the figures taken before there
         * were 12 rounds) and the last four (a server that has taken bookings for a while, the compiler
         * done with that path): median and range of each.
         */
        static String warm(String what, List<Phase> rounds) {
            String warming = summary(what + ", warming, rounds 2 to " + Math.min(5, rounds.size()),
                    rounds.subList(1, Math.min(5, rounds.size())));
            if (rounds.size() < 9) {
                return warming;
            }
            return warming + System.lineSeparator() + summary(what + ", warm, rounds " + (rounds.size() - 3) + " to "
                    + rounds.size(), rounds.subList(rounds.size() - 4, rounds.size()));
        }

        private static String summary(String what, List<Phase> rounds) {
            double[] rates = rounds.stream().mapToDouble(Phase::perSecond).sorted().toArray();
            double[] cpu = rounds.stream().mapToDouble(p -> p.cpuNanos / 1e6 / p.nanos.length).sorted().toArray();
            return String.format("%s: median %.0f bookings/s (%.0f to %.0f), CPU %.2f ms a booking (%.2f to %.2f)",
                    what, median(rates), rates[0], rates[rates.length - 1], median(cpu), cpu[0], cpu[cpu.length - 1]);
        }

        private static double median(double[] sorted) {
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    /**
     * CPU time used by this JVM and by the embedded PostgreSQL's processes (its server and the
     * backends, found by the server's port): on a machine shared with other work, the CPU a
     * booking costs is steadier than the time it takes.
     */
    private static final class Cpu {

        static long nanos() {
            long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            for (long pid : postgresProcesses()) {
                total += ticks(pid) * 10_000_000L;
            }
            return total;
        }

        private static List<Long> postgresProcesses() {
            if (!postgresStarted) {
                return List.of();
            }
            String port = "-p " + SharedPostgres.server().getPort();
            List<Long> pids = new ArrayList<>();
            ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(port)).orElse(false))
                    .forEach(server -> {
                        pids.add(server.pid());
                        server.descendants().forEach(child -> pids.add(child.pid()));
                    });
            return pids;
        }

        /** A thread of this JVM: its name (as Linux keeps it, 15 characters at most) and its CPU time. */
        record Task(String name, long nanos) {
        }

        /** Every thread of this JVM now, by thread id: name and CPU time (/proc/self/task/N/schedstat, in ns). */
        static Map<Long, Task> tasks() {
            Map<Long, Task> tasks = new HashMap<>();
            try (var dirs = Files.list(Path.of("/proc/self/task"))) {
                dirs.forEach(dir -> {
                    try {
                        String name = Files.readString(dir.resolve("comm")).strip();
                        long nanos = Long.parseLong(Files.readString(dir.resolve("schedstat")).split(" ")[0]);
                        tasks.put(Long.parseLong(dir.getFileName().toString()), new Task(name, nanos));
                    } catch (IOException | RuntimeException gone) {
                        // the thread ended meanwhile: counted in "ended" below
                    }
                });
            } catch (IOException | RuntimeException unavailable) {
                return Map.of();
            }
            return tasks;
        }

        /**
         * Where the phase's CPU went, in ms a booking, by kind of thread: the booking threads
         * themselves ("pool-N-thread-M"), the collector's, the JIT compiler's, and the rest by name; "ended"
         * is the CPU of threads that ended during the phase, and PostgreSQL's processes (if any).
         */
        static String byThread(Map<Long, Task> before, Map<Long, Task> after, long totalNanos, int bookings) {
            if (after.isEmpty()) {
                return "n/a";
            }
            Map<String, Long> kinds = new java.util.TreeMap<>();
            long counted = 0;
            for (Map.Entry<Long, Task> thread : after.entrySet()) {
                Task earlier = before.get(thread.getKey());
                long nanos = thread.getValue().nanos() - (earlier == null ? 0 : earlier.nanos());
                counted += nanos;
                kinds.merge(kind(thread.getValue().name()), nanos, Long::sum);
            }
            kinds.merge("ended or other processes", totalNanos - counted, Long::sum);
            return kinds.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .filter(kind -> Math.abs(kind.getValue()) / 1e6 / bookings >= 0.005)
                    .map(kind -> String.format("%s %.2f", kind.getKey(), kind.getValue() / 1e6 / bookings))
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        private static String kind(String name) {
            if (name.startsWith("pool-")) {
                return "booking threads";
            }
            if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Periodic")) {
                return "collector";
            }
            if (name.contains("CompilerThre")) {
                return "JIT compiler";
            }
            return name.replaceAll("\\d+", "N");
        }

        /** utime + stime of /proc/pid/stat, in clock ticks (1/100 s). */
        private static long ticks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException gone) {
                return 0;
            }
        }
    }

    private static volatile boolean postgresStarted;

    private static final java.lang.management.ThreadMXBean THREAD_CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static String latencies(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return String.format("%s p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", what, sorted[n / 2] / 1e6,
                sorted[n * 95 / 100] / 1e6, sorted[n * 99 / 100] / 1e6, sorted[n - 1] / 1e6);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unavailable) {
            return "n/a";
        }
    }
}
