package org.warmpool.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.warmpool.base.EnumMask;
import org.warmpool.booking.FirstClasses;
import org.warmpool.matching.Candidate;
import org.warmpool.matching.LevelRules;
import org.warmpool.matching.MatchSettings;
import org.warmpool.matching.Matcher;
import org.warmpool.matching.Profile;
import org.warmpool.participant.Condition;
import org.warmpool.participant.PainDuration;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.program.ExerciseBias;

/**
 * A regional chain, generated from a seed and written straight into the schema Flyway made (JDBC
 * batches, in foreign-key order, with explicit ids after the highest existing one; the identity
 * columns are moved past them at the end). At {@link #CHAIN_POOLS} pools it is DOMAIN.md's chain:
 * 50 pools, 300 instructors (six a pool, each with certificates and five days' availability),
 * 3,000 sessions a week (60 a pool, 90 minutes apart, so that neither a pool nor an instructor has
 * two at once) for {@code weeksBack} weeks before today and {@code weeksAhead} after, and 50,000
 * participants (1,000 a pool) with a submitted intake spread over conditions, pain bands and
 * durations. Each session is booked by participants of its pool whom the app's own
 * {@link Matcher} lets book its level (fill 55 to 100 %); held classes have attendance and pain
 * before and after, full upcoming classes a short waitlist; seats taken are the confirmed bookings.
 *
 * <p>The same options give the same rows. A smaller chain (fewer pools) keeps every proportion.
 * Run as a program it migrates and fills a database (docs/performance.md, "The chain data").
 */
public final class ChainData {

    public static final int CHAIN_POOLS = 50;
    public static final int INSTRUCTORS_PER_POOL = 6;
    public static final int PARTICIPANTS_PER_POOL = 1_000;
    /** The password of every generated account. */
    public static final String PASSWORD = "chain-password";

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** Nine class slots a day, 90 minutes apart; the longest class is 60 minutes. */
    private static final LocalTime FIRST_SLOT = LocalTime.of(7, 0);
    private static final int SLOT_MINUTES = 90;
    private static final int SLOTS_A_DAY = 9;
    private static final int BATCH = 1_000;
    /** First and last names the chain's people are given (also the day sheet benchmark's). */
    static final String[] FIRST = {"Emma", "Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Sophia",
        "Lily", "Freya", "Jack", "Oliver", "Harry", "George", "Noah", "Leo", "Arthur", "Oscar", "Charlie", "Jacob",
        "Margaret", "Susan", "Linda", "Peter", "David", "John", "Alan", "Janet", "Carol", "Brian"};
    static final String[] LAST = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
        "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
        "Hall", "Thomas", "Clarke", "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill"};

    /** What to generate: {@code today} anchors the year; the rows depend only on these. */
    public record Options(int pools, int weeksBack, int weeksAhead, long seed, LocalDate today) {
        public static Options chain(LocalDate today) {
            return new Options(CHAIN_POOLS, 49, 3, 42, today);
        }
    }

    /** How many rows went in, and how long it took. */
    public record Summary(int pools, int instructors, int participants, int sessions, long bookings,
            long checkIns, long millis) {
        @Override
        public String toString() {
            return String.format("%d pools, %d instructors, %,d participants, %,d sessions, %,d bookings, "
                    + "%,d pain check-ins in %.1f s", pools, instructors, participants, sessions, bookings, checkIns,
                    millis / 1000.0);
        }
    }

    private record Level(long id, int number, int painMin, int painMax, BigDecimal minTemperature, int maxSize,
            int minutes) {
    }

    private final Connection connection;
    private final Options options;
    private final SplittableRandom random;
    private final List<Level> levels = new ArrayList<>();
    private final OffsetDateTime now;
    private String passwordHash;
    private long bookings;
    private long checkIns;

    private ChainData(Connection connection, Options options) {
        this.connection = connection;
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.now = options.today().atTime(12, 0).atZone(ZONE).toOffsetDateTime();
    }

    /**
     * Writes a chain into a database Flyway has migrated: the people first, then the classes a day
     * at a time, each in its own transaction (a failure leaves the days before it).
     */
    public static Summary load(Connection connection, Options options) throws SQLException {
        return new ChainData(connection, options).load();
    }

    /**
     * Migrates the database at {@code -Dchain.url} (default: an H2 file under target/chain) and
     * fills it with a chain of {@code -Dchain.pools} pools (default 50).
     */
    public static void main(String[] args) throws SQLException {
        String url = System.getProperty("chain.url", "jdbc:h2:file:./target/chain/warmpool;LOCK_TIMEOUT=10000");
        String user = System.getProperty("chain.user", "sa");
        String password = System.getProperty("chain.password", "");
        int pools = Integer.getInteger("chain.pools", CHAIN_POOLS);
        long seed = Long.getLong("chain.seed", 42L);
        LocalDate today = LocalDate.parse(System.getProperty("chain.today", LocalDate.now(ZONE).toString()));
        String vendor = url.startsWith("jdbc:postgresql") ? "postgresql" : "h2";
        long start = System.nanoTime();
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).load().migrate();
        System.out.printf("migrated %s in %.1f s%n", url, (System.nanoTime() - start) / 1e9);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            Summary summary = load(connection, new Options(pools, 49, 3, seed, today));
            System.out.println("chain data: " + summary);
            if (vendor.equals("h2")) {
                long compact = System.nanoTime();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN COMPACT");
                }
                System.out.printf("compacted the H2 file in %.1f s%n", (System.nanoTime() - compact) / 1e9);
            }
            System.out.println("log in as chain.p1@example.org (a participant), chain.i1@example.org (an instructor), "
                    + "password " + PASSWORD);
        }
    }

    private Summary load() throws SQLException {
        long start = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            readLevels();
            passwordHash = new BCryptPasswordEncoder(10).encode(PASSWORD);
            int pools = options.pools();
            long userId = next("app_user");
            long poolId = next("pool");
            long instructorId = next("instructor");
            long participantId = next("participant");
            long intakeId = next("intake");
            long sessionId = next("class_session");
            long bookingId = next("booking");
            long checkInId = next("pain_check_in");
            long certificationId = next("certification");
            long windowId = next("availability_window");

            PoolRow[] poolRows = pools(poolId, pools);
            InstructorRow[] instructors = instructors(poolRows, userId, instructorId, certificationId, windowId);
            userId += instructors.length;
            PersonRow[] people = participants(poolRows, userId, participantId, intakeId);
            userId += people.length;
            connection.commit();
            int sessions = sessionsAndBookings(poolRows, instructors, people, sessionId, bookingId, checkInId);
            connection.commit();
            // What the application keeps per participant as attendance is marked (V28).
            try (Statement statement = connection.createStatement()) {
                for (String sql : FirstClasses.REBUILD) {
                    statement.executeUpdate(sql);
                }
            }
            connection.commit();
            for (String table : List.of("app_user", "pool", "instructor", "participant", "intake", "class_session",
                    "booking", "pain_check_in", "certification", "availability_window")) {
                restartIdentity(table);
            }
            connection.commit();
            return new Summary(pools, instructors.length, people.length, sessions, bookings, checkIns,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void readLevels() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, level_number, pain_min, pain_max, "
                        + "min_water_temperature, max_class_size, minutes FROM class_level ORDER BY level_number")) {
            while (rows.next()) {
                levels.add(new Level(rows.getLong(1), rows.getInt(2), rows.getInt(3), rows.getInt(4),
                        rows.getBigDecimal(5), rows.getInt(6), rows.getInt(7)));
            }
        }
    }

    private long next(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rows.next();
            return rows.getLong(1) + 1;
        }
    }

    private void restartIdentity(String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next(table));
        }
    }

    // ---- pools ----

    private record PoolRow(long id, String name, BigDecimal temperature, boolean hasLift, int capacity, int index) {
        boolean warm() {
            return index % 5 != 4;
        }
    }

    private PoolRow[] pools(long firstId, int count) throws SQLException {
        PoolRow[] pools = new PoolRow[count];
        try (Batch batch = new Batch("INSERT INTO pool (id, name, water_temperature, min_depth, max_depth, has_lift, "
                + "capacity, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                // Four pools in five are therapy pools (33.5 to 34.5 °C); the fifth is an exercise pool.
                BigDecimal temperature = i % 5 == 4 ? new BigDecimal("31.0")
                        : BigDecimal.valueOf(335 + random.nextInt(11), 1);
                boolean lift = i % 4 != 3;
                PoolRow pool = new PoolRow(firstId + i, String.format("Chain pool %02d", i + 1), temperature, lift,
                        12 + random.nextInt(13), i);
                pools[i] = pool;
                batch.add(pool.id(), pool.name(), temperature, new BigDecimal("0.90"),
                        pool.warm() ? new BigDecimal("1.40") : new BigDecimal("2.20"), lift, pool.capacity(),
                        "Generated chain data");
            }
        }
        return pools;
    }

    // ---- instructors ----

    /** An instructor of one pool; {@code therapy} holds an aquatic-therapy certificate or a licence. */
    private record InstructorRow(long id, String email, int pool, boolean therapy, int daysOff) {
        boolean worksOn(DayOfWeek day) {
            int d = day.getValue() - 1;
            return d != daysOff && d != (daysOff + 1) % 7;
        }
    }

    private InstructorRow[] instructors(PoolRow[] pools, long firstUser, long firstId, long firstCertificate,
            long firstWindow) throws SQLException {
        InstructorRow[] instructors = new InstructorRow[pools.length * INSTRUCTORS_PER_POOL];
        LocalDate today = options.today();
        try (Batch users = new Batch("INSERT INTO app_user (id, email, display_name, password_hash, created_at) "
                + "VALUES (?, ?, ?, ?, ?)");
                Batch roles = new Batch("INSERT INTO app_user_role (user_id, role) VALUES (?, 'INSTRUCTOR')");
                Batch rows = new Batch("INSERT INTO instructor (id, user_id, phone) VALUES (?, ?, ?)");
                Batch certificates = new Batch("INSERT INTO certification (id, instructor_id, type, number, "
                        + "issued_on, expires_on) VALUES (?, ?, ?, ?, ?, ?)");
                Batch windows = new Batch("INSERT INTO availability_window (id, instructor_id, weekday, start_time, "
                        + "end_time) VALUES (?, ?, ?, ?, ?)")) {
            long certificate = firstCertificate;
            long window = firstWindow;
            for (int i = 0; i < instructors.length; i++) {
                int pool = i / INSTRUCTORS_PER_POOL;
                int inPool = i % INSTRUCTORS_PER_POOL;
                // Half the instructors of a pool may teach the gentle levels; their days off differ.
                InstructorRow instructor = new InstructorRow(firstId + i, "chain.i" + (i + 1) + "@example.org", pool,
                        inPool % 2 == 0, (inPool * 2 + pool) % 7);
                instructors[i] = instructor;
                long userId = firstUser + i;
                users.add(userId, instructor.email(), name(i + 7) + " (instructor)", passwordHash,
                        now.minusYears(2));
                roles.add(userId);
                rows.add(instructor.id(), userId, phone(900_000 + i));
                List<String> types = new ArrayList<>(List.of("CPR_FIRST_AID", "WATER_RESCUE"));
                if (instructor.therapy()) {
                    types.add(i % 4 == 0 ? "PHYSIOTHERAPY_LICENCE" : "AQUATIC_THERAPY");
                }
                for (String type : types) {
                    // Valid over the whole year of classes; some expire within weeks after it.
                    LocalDate issued = today.minusWeeks(options.weeksBack()).minusDays(30 + random.nextInt(400));
                    LocalDate expires = today.plusWeeks(options.weeksAhead()).plusDays(14 + random.nextInt(700));
                    certificates.add(certificate++, instructor.id(), type,
                            type.substring(0, 3) + "-" + (100_000 + certificate), issued, expires);
                }
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (instructor.worksOn(day)) {
                        windows.add(window++, instructor.id(), day.getValue(), LocalTime.of(6, 30),
                                LocalTime.of(21, 0));
                    }
                }
            }
            flushInOrder(users, roles, rows, certificates, windows);
        }
        return instructors;
    }

    // ---- participants ----

    /** A participant: their pool, the level numbers the matcher lets them book (bits), pain now. */
    private record PersonRow(long id, String email, int pool, int levelMask, int pain) {
    }

    private PersonRow[] participants(PoolRow[] pools, long firstUser, long firstId, long firstIntake)
            throws SQLException {
        PersonRow[] people = new PersonRow[pools.length * PARTICIPANTS_PER_POOL];
        Matcher matcher = new Matcher(MatchSettings.DEFAULTS);
        List<Condition> conditions = weighted(Condition.values(), new int[] {30, 20, 15, 8, 10, 7, 10});
        try (Batch users = new Batch("INSERT INTO app_user (id, email, display_name, password_hash, created_at) "
                + "VALUES (?, ?, ?, ?, ?)");
                Batch roles = new Batch("INSERT INTO app_user_role (user_id, role) VALUES (?, 'PARTICIPANT')");
                Batch rows = new Batch("INSERT INTO participant (id, user_id, full_name, email, phone, date_of_birth, "
                        + "emergency_contact_name, emergency_contact_phone, consent_given_at, registered_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Batch intakes = new Batch("INSERT INTO intake (id, participant_id, status, started_at, submitted_at, "
                        + "pain_now, pain_duration, pain_weeks, condition_code, red_flags_mask, red_flags_answered, "
                        + "contraindications_mask, contraindications_answered, needs_lift, deep_water_ok, "
                        + "preferred_days_mask, preferred_times_mask, outcome) "
                        + "VALUES (?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, TRUE, ?, TRUE, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < people.length; i++) {
                int pool = i / PARTICIPANTS_PER_POOL;
                long id = firstId + i;
                long userId = firstUser + i;
                String email = "chain.p" + (i + 1) + "@example.org";
                String name = name(i);
                OffsetDateTime registered = now.minusWeeks(options.weeksBack()).minusDays(1 + random.nextInt(300))
                        .withHour(9 + random.nextInt(9)).withMinute(random.nextInt(60));
                users.add(userId, email, name, passwordHash, registered);
                roles.add(userId);
                rows.add(id, userId, name, email, phone(i), LocalDate.of(1940 + random.nextInt(60),
                        1 + random.nextInt(12), 1 + random.nextInt(28)), name(i + 13) + " (family)", phone(500_000 + i),
                        registered, registered);

                // Pain bands: a quarter mild (1-3), under half moderate (4-6), the rest severe (7-10).
                int band = random.nextInt(100);
                int pain = band < 25 ? 1 + random.nextInt(3) : band < 70 ? 4 + random.nextInt(3) : 7 + random.nextInt(4);
                int durationRoll = random.nextInt(100);
                PainDuration duration = durationRoll < 10 ? PainDuration.LESS_THAN_2_WEEKS
                        : durationRoll < 45 ? PainDuration.TWO_TO_11_WEEKS : PainDuration.TWELVE_WEEKS_OR_MORE;
                int weeks = switch (duration) {
                    case LESS_THAN_2_WEEKS -> random.nextInt(2);
                    case TWO_TO_11_WEEKS -> 2 + random.nextInt(10);
                    case TWELVE_WEEKS_OR_MORE -> 12 + random.nextInt(250);
                };
                Condition condition = conditions.get(random.nextInt(conditions.size()));
                // One in a hundred raised a red flag, two need a clearance they have not brought yet.
                int screening = random.nextInt(100);
                String outcome = screening == 0 ? "RED_FLAG" : screening <= 2 ? "NEEDS_CLEARANCE" : "CLEARED";
                int redFlags = screening == 0 ? 1 << random.nextInt(5) : 0;
                int contraindications = screening == 1 || screening == 2 ? 1 << random.nextInt(7) : 0;
                boolean needsLift = pools[pool].hasLift() && random.nextInt(100) < 15;
                boolean deepWater = random.nextInt(100) < 60;
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (int d = 1 + random.nextInt(3); d > 0; d--) {
                    days.add(DayOfWeek.of(1 + random.nextInt(7)));
                }
                Set<TimeOfDay> times = EnumSet.of(TimeOfDay.values()[random.nextInt(3)]);
                OffsetDateTime started = registered.plusMinutes(5);
                intakes.add(firstIntake + i, id, started, started.plusMinutes(12), pain, duration.name(), weeks,
                        condition.name(), redFlags, contraindications, needsLift, deepWater, EnumMask.of(days),
                        EnumMask.of(times), outcome);

                int levelMask = 0;
                if (outcome.equals("CLEARED")) {
                    Profile profile = new Profile(null, pain, weeks, weeks >= 12, pain >= 7, condition, needsLift,
                            deepWater, days, times, null, Set.of());
                    for (var recommendation : matcher.match(profile, probe(pools[pool])).recommendations()) {
                        levelMask |= 1 << recommendation.session().level().number();
                    }
                }
                people[i] = new PersonRow(id, email, pool, levelMask, pain);
            }
            flushInOrder(users, roles, rows, intakes);
        }
        return people;
    }

    /** One free session of each level in the pool: which of them the matcher recommends. */
    private List<Candidate> probe(PoolRow pool) {
        List<Candidate> candidates = new ArrayList<>();
        for (Level level : levels) {
            candidates.add(new Candidate(level.number(), options.today(), LocalTime.NOON, rules(level),
                    ExerciseBias.NEUTRAL, pool.name(), pool.temperature(), pool.hasLift(), null, null, 5, 0));
        }
        return candidates;
    }

    private static LevelRules rules(Level level) {
        return new LevelRules(level.number(), "Level " + level.number(), level.painMin(), level.painMax(),
                level.minTemperature());
    }

    // ---- sessions, bookings, attendance, pain ----

    private int sessionsAndBookings(PoolRow[] pools, InstructorRow[] instructors, PersonRow[] people,
            long firstSession, long firstBooking, long firstCheckIn) throws SQLException {
        // Who of each pool may book each level, in a fixed order; a cursor walks each list.
        List<List<List<PersonRow>>> eligible = new ArrayList<>();
        for (PoolRow pool : pools) {
            List<List<PersonRow>> byLevel = new ArrayList<>();
            for (Level level : levels) {
                List<PersonRow> list = new ArrayList<>();
                for (int i = pool.index() * PARTICIPANTS_PER_POOL; i < (pool.index() + 1) * PARTICIPANTS_PER_POOL;
                        i++) {
                    if ((people[i].levelMask() & (1 << level.number())) != 0) {
                        list.add(people[i]);
                    }
                }
                byLevel.add(list);
            }
            eligible.add(byLevel);
        }
        int[][] cursor = new int[pools.length][levels.size()];
        int[] attended = new int[people.length];
        long firstPerson = people.length == 0 ? 0 : people[0].id();

        LocalDate monday = options.today().minusDays(options.today().getDayOfWeek().getValue() - 1L);
        LocalDate first = monday.minusWeeks(options.weeksBack());
        LocalDate end = monday.plusWeeks(options.weeksAhead());
        long sessionId = firstSession;
        long bookingId = firstBooking;
        long checkInId = firstCheckIn;
        int sessions = 0;
        try (Batch sessionRows = new Batch("INSERT INTO class_session (id, level_id, pool_id, exercise_bias, "
                + "session_date, start_time, duration_minutes, starts_at, ends_at, capacity, status, instructor_id, "
                + "seats_taken) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?)");
                Batch bookingRows = new Batch("INSERT INTO booking (id, session_id, participant_id, "
                        + "active_participant_id, status, waitlist_position, booked_at, booked_by, confirmed_at, "
                        + "cancelled_at, cancelled_by, late_cancellation, attendance, attendance_marked_at, "
                        + "attendance_marked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Batch checkInRows = new Batch("INSERT INTO pain_check_in (id, booking_id, pain_before, pain_after, "
                        + "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
                for (PoolRow pool : pools) {
                    // 63 slots a week; the last slot of Friday to Sunday stays free: 60 classes.
                    int slots = day.getDayOfWeek().getValue() >= 5 ? SLOTS_A_DAY - 1 : SLOTS_A_DAY;
                    for (int slot = 0; slot < slots; slot++) {
                        Level level = levels.get(levelFor(pool, slot + day.getDayOfWeek().getValue()));
                        InstructorRow instructor = instructorFor(instructors, pool, level, day, slot);
                        LocalTime start = FIRST_SLOT.plusMinutes((long) slot * SLOT_MINUTES);
                        OffsetDateTime startsAt = day.atTime(start).atZone(ZONE).toOffsetDateTime();
                        OffsetDateTime endsAt = startsAt.plusMinutes(level.minutes());
                        int capacity = Math.min(level.maxSize(), pool.capacity());
                        boolean held = endsAt.isBefore(now);
                        List<PersonRow> candidates = eligible.get(pool.index()).get(level.number());
                        int wanted = random.nextInt(100) < 30 ? capacity
                                : (int) Math.round(capacity * (0.55 + random.nextDouble() * 0.45));
                        int taken = Math.min(wanted, candidates.size());
                        int waiting = !held && taken == capacity ? Math.min(random.nextInt(4),
                                candidates.size() - taken) : 0;
                        int start0 = cursor[pool.index()][level.number()];
                        int confirmed = 0;
                        long thisSession = sessionId++;
                        for (int k = 0; k < taken + waiting; k++) {
                            PersonRow person = candidates.get((start0 + k) % candidates.size());
                            OffsetDateTime bookedAt = startsAt.minusDays(1 + random.nextInt(13)).withHour(
                                    8 + random.nextInt(12));
                            long id = bookingId++;
                            bookings++;
                            if (k >= taken) {
                                bookingRows.add(id, thisSession, person.id(), person.id(), "WAITLISTED",
                                        (long) (k - taken + 1), bookedAt, person.email(), null, null, null, false,
                                        null, null, null);
                            } else if (held && random.nextInt(100) < 7) {
                                boolean late = random.nextInt(3) == 0;
                                OffsetDateTime cancelledAt = late ? startsAt.minusHours(3) : startsAt.minusDays(1);
                                OffsetDateTime booked = bookedAt.isBefore(cancelledAt) ? bookedAt
                                        : cancelledAt.minusHours(1);
                                bookingRows.add(id, thisSession, person.id(), null, "CANCELLED", null, booked,
                                        person.email(), booked, cancelledAt, person.email(), late, null, null, null);
                            } else if (held) {
                                confirmed++;
                                boolean came = random.nextInt(100) < 90;
                                bookingRows.add(id, thisSession, person.id(), person.id(), "CONFIRMED", null,
                                        bookedAt, person.email(), bookedAt, null, null, false,
                                        came ? "ATTENDED" : "NO_SHOW", came ? startsAt : startsAt.plusMinutes(15),
                                        instructor.email());
                                if (came) {
                                    int visits = attended[(int) (person.id() - firstPerson)]++;
                                    int before = clamp(person.pain() - visits / 8 + random.nextInt(3) - 1);
                                    int after = random.nextInt(100) < 4 ? clamp(before + 2)
                                            : clamp(before - random.nextInt(3));
                                    checkInRows.add(checkInId++, id, before, after, endsAt, instructor.email());
                                    checkIns++;
                                }
                            } else {
                                confirmed++;
                                bookingRows.add(id, thisSession, person.id(), person.id(), "CONFIRMED", null,
                                        bookedAt.isBefore(now) ? bookedAt : now.minusHours(1), person.email(),
                                        bookedAt.isBefore(now) ? bookedAt : now.minusHours(1), null, null, false,
                                        null, null, null);
                            }
                        }
                        if (!candidates.isEmpty()) {
                            cursor[pool.index()][level.number()] = (start0 + taken + waiting) % candidates.size();
                        }
                        // The session row goes first in its batch; bookings follow it (flushed in that order).
                        sessionRows.add(thisSession, level.id(), pool.id(),
                                ExerciseBias.values()[random.nextInt(3)].name(), day, start, level.minutes(),
                                startsAt, endsAt, capacity, instructor.id(), confirmed);
                        sessions++;
                        if (bookingRows.size() >= BATCH || sessionRows.size() >= BATCH) {
                            flushInOrder(sessionRows, bookingRows, checkInRows);
                        }
                    }
                }
                // A day at a time: one transaction of a million rows makes H2's file grow by gigabytes.
                flushInOrder(sessionRows, bookingRows, checkInRows);
                connection.commit();
            }
            sessionRows.flush();
            bookingRows.flush();
            checkInRows.flush();
        }
        return sessions;
    }

    /** Therapy pools: levels 0, 1, 1, 2, 2, 3 in turn; the exercise pool: 2, 2, 3. */
    private static int levelFor(PoolRow pool, int slot) {
        return pool.warm() ? new int[] {0, 1, 1, 2, 2, 3}[slot % 6] : new int[] {2, 2, 3}[slot % 3];
    }

    /** A qualified instructor of the pool who works that day, in turn by slot. */
    private static InstructorRow instructorFor(InstructorRow[] instructors, PoolRow pool, Level level, LocalDate day,
            int slot) {
        int from = pool.index() * INSTRUCTORS_PER_POOL;
        for (int k = 0; k < INSTRUCTORS_PER_POOL; k++) {
            InstructorRow instructor = instructors[from + (slot + k) % INSTRUCTORS_PER_POOL];
            if (instructor.worksOn(day.getDayOfWeek()) && (level.number() > 1 || instructor.therapy())) {
                return instructor;
            }
        }
        throw new IllegalStateException("no instructor for " + pool.name() + " on " + day);
    }

    private static int clamp(int pain) {
        return Math.max(0, Math.min(10, pain));
    }

    private static <T> List<T> weighted(T[] values, int[] weights) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            for (int w = 0; w < weights[i]; w++) {
                list.add(values[i]);
            }
        }
        return list;
    }

    private static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length]
                + (i >= FIRST.length * LAST.length ? "-" + LAST[(i / (FIRST.length * LAST.length)) % LAST.length] : "");
    }

    private static String phone(int i) {
        return String.format("07%03d %06d", 100 + (i / 1_000_000) % 900, i % 1_000_000);
    }

    /** Sends what the batches hold in the order given (the closing ones would send it in reverse). */
    private static void flushInOrder(Batch... batches) throws SQLException {
        for (Batch batch : batches) {
            batch.flush();
        }
    }

    /** A prepared statement that sends its rows in batches of {@link #BATCH}. */
    private final class Batch implements AutoCloseable {
        private final PreparedStatement statement;
        private int size;

        Batch(String sql) throws SQLException {
            statement = connection.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            if (++size >= BATCH * 5) {
                flush();
            }
        }

        int size() {
            return size;
        }

        void flush() throws SQLException {
            if (size > 0) {
                statement.executeBatch();
                size = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            statement.close();
        }
    }
}
