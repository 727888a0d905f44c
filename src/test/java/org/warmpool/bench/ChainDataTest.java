package org.warmpool.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warmpool.base.EnumMask;
import org.warmpool.matching.Candidate;
import org.warmpool.matching.LevelRules;
import org.warmpool.matching.MatchSettings;
import org.warmpool.matching.Matcher;
import org.warmpool.matching.Profile;
import org.warmpool.matching.Recommendation;
import org.warmpool.participant.Condition;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.program.ExerciseBias;

/**
 * A small chain (5 pools: four therapy pools and an exercise pool, one without a lift; six weeks)
 * written twice into fresh H2 databases: the same seed gives the same rows, and the rows keep the
 * rules the app and the schema enforce.
 */
class ChainDataTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final ChainData.Options OPTIONS = new ChainData.Options(5, 4, 2, 7, TODAY);

    private static Connection first;
    private static Connection second;

    @BeforeAll
    static void generateTwice() throws SQLException {
        first = fresh();
        ChainData.load(first, OPTIONS);
        second = fresh();
        ChainData.load(second, OPTIONS);
    }

    @AfterAll
    static void close() throws SQLException {
        first.close();
        second.close();
    }

    private static Connection fresh() throws SQLException {
        String url = "jdbc:h2:mem:chain-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

    @Test
    void theSameSeedGivesTheSameRows() throws Exception {
        for (String table : List.of("app_user", "pool", "instructor", "certification", "availability_window",
                "participant", "intake", "class_session", "booking", "pain_check_in")) {
            assertThat(digest(second, table)).as(table).isEqualTo(digest(first, table));
        }
        assertThat(count("SELECT COUNT(*) FROM pool")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM instructor")).isEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM participant")).isEqualTo(5_000);
        // 60 classes a pool a week, for the four weeks before this one, this one and the next.
        assertThat(count("SELECT COUNT(*) FROM class_session")).isEqualTo(5 * 60 * 6);
    }

    @Test
    void seatsTakenAreTheConfirmedBookingsAndClassesAreRealisticallyFull() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM class_session s WHERE s.seats_taken <> (SELECT COUNT(*) FROM booking b "
                + "WHERE b.session_id = s.id AND b.status = 'CONFIRMED')")).isZero();
        long seats = count("SELECT SUM(capacity) FROM class_session");
        long taken = count("SELECT SUM(seats_taken) FROM class_session");
        assertThat(taken * 100 / seats).isBetween(55L, 95L);
        assertThat(count("SELECT COUNT(*) FROM booking WHERE status = 'WAITLISTED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM pain_check_in")).isPositive();
        // A waitlist only where the class is full.
        assertThat(count("SELECT COUNT(*) FROM booking b JOIN class_session s ON s.id = b.session_id "
                + "WHERE b.status = 'WAITLISTED' AND s.seats_taken < s.capacity")).isZero();
    }

    @Test
    void noInstructorOrParticipantIsInTwoClassesAtOnce() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM class_session a JOIN class_session b ON a.instructor_id = b.instructor_id "
                + "AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at")).isZero();
        assertThat(count("SELECT COUNT(*) FROM class_session a JOIN class_session b ON a.pool_id = b.pool_id "
                + "AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at")).isZero();
        assertThat(count("SELECT COUNT(*) FROM booking x JOIN class_session a ON a.id = x.session_id "
                + "JOIN booking y ON y.participant_id = x.participant_id AND y.id > x.id "
                + "JOIN class_session b ON b.id = y.session_id WHERE x.status <> 'CANCELLED' "
                + "AND y.status <> 'CANCELLED' AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at")).isZero();
    }

    @Test
    void everyClassHasAQualifiedAvailableInstructorAndAFittingPool() throws SQLException {
        String valid = "SELECT 1 FROM certification c WHERE c.instructor_id = s.instructor_id AND c.type IN (%s) "
                + "AND c.issued_on <= s.session_date AND c.expires_on >= s.session_date";
        assertThat(count("SELECT COUNT(*) FROM class_session s WHERE NOT EXISTS ("
                + valid.formatted("'CPR_FIRST_AID'") + ") OR NOT EXISTS (" + valid.formatted("'WATER_RESCUE'") + ")"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM class_session s JOIN class_level l ON l.id = s.level_id "
                + "WHERE l.level_number <= 1 AND NOT EXISTS ("
                + valid.formatted("'AQUATIC_THERAPY', 'PHYSIOTHERAPY_LICENCE'") + ")")).isZero();
        assertThat(count("SELECT COUNT(*) FROM class_session s JOIN class_level l ON l.id = s.level_id "
                + "JOIN pool p ON p.id = s.pool_id WHERE p.water_temperature < l.min_water_temperature "
                + "OR s.capacity > l.max_class_size OR s.capacity > p.capacity")).isZero();
        // Inside a weekly window of the instructor (ISO weekday, Monday 1).
        List<Object[]> sessions = rows("SELECT s.instructor_id, s.session_date, s.start_time, s.ends_at "
                + "FROM class_session s");
        Map<Long, List<Object[]>> windows = new HashMap<>();
        for (Object[] w : rows("SELECT instructor_id, weekday, start_time, end_time FROM availability_window")) {
            windows.computeIfAbsent((Long) w[0], k -> new ArrayList<>()).add(w);
        }
        for (Object[] s : sessions) {
            int weekday = ((java.sql.Date) s[1]).toLocalDate().getDayOfWeek().getValue();
            LocalTime start = ((java.sql.Time) s[2]).toLocalTime();
            assertThat(windows.get((Long) s[0])).as("instructor %s on %s", s[0], s[1])
                    .anyMatch(w -> (Integer) w[1] == weekday && !((java.sql.Time) w[2]).toLocalTime().isAfter(start)
                            && ((java.sql.Time) w[3]).toLocalTime().isAfter(start.plusMinutes(60)));
        }
    }

    /** The app's own matcher, given the upcoming classes, recommends every upcoming booking. */
    @Test
    void theMatcherRecommendsEveryUpcomingBookingToItsParticipant() throws SQLException {
        Map<Long, LevelRules> levels = new HashMap<>();
        for (Object[] l : rows("SELECT id, level_number, name, pain_min, pain_max, min_water_temperature "
                + "FROM class_level")) {
            levels.put((Long) l[0], new LevelRules((Integer) l[1], (String) l[2], (Integer) l[3], (Integer) l[4],
                    (java.math.BigDecimal) l[5]));
        }
        List<Candidate> upcoming = new ArrayList<>();
        for (Object[] s : rows("SELECT s.id, s.session_date, s.start_time, s.level_id, s.exercise_bias, p.name, "
                + "p.water_temperature, p.has_lift, s.instructor_id, s.capacity - s.seats_taken, "
                + "(SELECT COUNT(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'WAITLISTED') "
                + "FROM class_session s JOIN pool p ON p.id = s.pool_id WHERE s.session_date >= DATE '2027-03-11'")) {
            upcoming.add(new Candidate((Long) s[0], ((java.sql.Date) s[1]).toLocalDate(),
                    ((java.sql.Time) s[2]).toLocalTime(), levels.get((Long) s[3]), ExerciseBias.valueOf((String) s[4]),
                    (String) s[5], (java.math.BigDecimal) s[6], (Boolean) s[7], (Long) s[8], "Instructor",
                    ((Number) s[9]).intValue(), ((Number) s[10]).intValue()));
        }
        // Thursday to Sunday of this week (9 + 8 + 8 + 8 classes a pool) and all of next week (60).
        assertThat(upcoming).hasSize(5 * (33 + 60));
        Map<Long, Set<Long>> booked = new HashMap<>();
        for (Object[] b : rows("SELECT b.participant_id, b.session_id FROM booking b JOIN class_session s "
                + "ON s.id = b.session_id WHERE b.status <> 'CANCELLED' AND s.session_date >= DATE '2027-03-11'")) {
            booked.computeIfAbsent((Long) b[0], k -> new HashSet<>()).add((Long) b[1]);
        }
        assertThat(booked).hasSizeGreaterThan(1_000);
        Matcher matcher = new Matcher(MatchSettings.DEFAULTS);
        int checked = 0;
        for (Object[] i : rows("SELECT participant_id, pain_now, pain_weeks, condition_code, needs_lift, deep_water_ok, "
                + "preferred_days_mask, preferred_times_mask, outcome FROM intake")) {
            Set<Long> sessions = booked.getOrDefault((Long) i[0], Set.of());
            if (!"CLEARED".equals(i[8])) {
                assertThat(sessions).as("participant %s is not cleared", i[0]).isEmpty();
                continue;
            }
            int pain = (Integer) i[1];
            int weeks = (Integer) i[2];
            Profile profile = new Profile(null, pain, weeks, weeks >= 12, pain >= 7, Condition.valueOf((String) i[3]),
                    (Boolean) i[4], (Boolean) i[5], EnumMask.toSet((Integer) i[6], DayOfWeek.class),
                    EnumMask.toSet((Integer) i[7], TimeOfDay.class), null, Set.of());
            Set<Long> recommended = new HashSet<>();
            for (Recommendation r : matcher.match(profile, upcoming).recommendations()) {
                recommended.add(r.session().sessionId());
            }
            assertThat(recommended).as("participant %s", i[0]).containsAll(sessions);
            checked += sessions.size();
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    private static long count(String sql) throws SQLException {
        try (Statement statement = first.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<Object[]> rows(String sql) throws SQLException {
        List<Object[]> result = new ArrayList<>();
        try (Statement statement = first.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = rows.getObject(c + 1);
                }
                result.add(row);
            }
        }
        return result;
    }

    /** Every column of every row, in id order (password hashes are salted: their presence only). */
    private static String digest(Connection connection, String table) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    String name = rows.getMetaData().getColumnName(c);
                    Object value = name.equalsIgnoreCase("password_hash") ? "hash" : rows.getObject(c);
                    digest.update(String.valueOf(value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
