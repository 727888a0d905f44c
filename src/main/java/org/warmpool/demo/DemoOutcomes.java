package org.warmpool.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.base.JdbcInserts;

/**
 * Two groups who came three times a week (Monday, Wednesday, Friday) for the last four weeks, so
 * that the outcomes report has groups of 5 or more with figures: six at Level 1 in the therapy pool
 * with Ana at 11:00, five at Level 2 in the exercise pool with Ben at 17:00. Each answered the
 * Roland-Morris questionnaire the day before their first class, after their 6th and after their
 * 12th. They are walk-ins without an account, registered and screened clear before the classes.
 * Written directly in batches (the services refuse the past), in the demo's transaction.
 */
final class DemoOutcomes {

    static final int CLASSES = 12;

    /**
     * Name, condition; pain before class 1-5, 6-11 and 12 (after: one lower); Roland-Morris at the
     * start, after the 6th and after the 12th class.
     */
    private record Person(String name, String condition, int[] pain, int[] rolandMorris) {
    }

    private static final List<Person> LEVEL_ONE = List.of(
            new Person("Hannah Price", "SPINAL_STENOSIS", new int[] {7, 5, 4}, new int[] {14, 9, 7}),
            new Person("Ivan Petrov", "SPINAL_STENOSIS", new int[] {6, 4, 4}, new int[] {12, 8, 6}),
            new Person("Nora Kelly", "SPINAL_STENOSIS", new int[] {7, 6, 5}, new int[] {15, 9, 9}),
            new Person("Oscar Lund", "SPINAL_STENOSIS", new int[] {6, 6, 5}, new int[] {11, 10, 6}),
            new Person("Priya Shah", "HERNIATED_DISC", new int[] {7, 5, 3}, new int[] {16, 13, 10}),
            new Person("Ruth Adler", "HERNIATED_DISC", new int[] {5, 5, 5}, new int[] {10, 10, 9}));
    private static final List<Person> LEVEL_TWO = List.of(
            new Person("Victor Hale", "HERNIATED_DISC", new int[] {5, 3, 2}, new int[] {10, 4, 3}),
            new Person("Wendy Brooks", "HERNIATED_DISC", new int[] {4, 2, 2}, new int[] {9, 6, 3}),
            new Person("Yusuf Demir", "HERNIATED_DISC", new int[] {5, 3, 3}, new int[] {11, 5, 5}),
            new Person("Zoe Fischer", "HERNIATED_DISC", new int[] {4, 4, 3}, new int[] {8, 7, 7}),
            new Person("Carl Jensen", "HERNIATED_DISC", new int[] {3, 3, 3}, new int[] {7, 6, 6}));

    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final java.time.Clock clock;

    DemoOutcomes(JdbcTemplate jdbc, java.time.Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    void load() {
        long therapyPool = id("SELECT id FROM pool WHERE name = ?", "Therapy pool");
        long exercisePool = id("SELECT id FROM pool WHERE name = ?", "Exercise pool");
        long levelOne = id("SELECT id FROM class_level WHERE level_number = ?", 1);
        long levelTwo = id("SELECT id FROM class_level WHERE level_number = ?", 2);
        String instructor = "SELECT i.id FROM instructor i JOIN app_user u ON u.id = i.user_id WHERE u.email = ?";
        long ana = id(instructor, "ana@warmpool.example");
        long ben = id(instructor, "ben@warmpool.example");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today.minusDays(1); days.size() < CLASSES; day = day.minusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY || day.getDayOfWeek() == DayOfWeek.WEDNESDAY
                    || day.getDayOfWeek() == DayOfWeek.FRIDAY) {
                days.add(0, day);
            }
        }
        group(LEVEL_ONE, days, LocalTime.of(11, 0), therapyPool, levelOne, ana, "ana@warmpool.example", "FLEXION", 8);
        group(LEVEL_TWO, days, LocalTime.of(17, 0), exercisePool, levelTwo, ben, "ben@warmpool.example", "NEUTRAL", 10);
    }

    private void group(List<Person> people, List<LocalDate> days, LocalTime start, long poolId, long levelId,
            long instructorId, String instructorEmail, String bias, int capacity) {
        OffsetDateTime registered = days.get(0).minusDays(3).atTime(10, 0).atZone(zone).toOffsetDateTime();
        List<Long> participants = new ArrayList<>();
        for (Person person : people) {
            long id = insert("INSERT INTO participant (full_name, phone, date_of_birth, emergency_contact_name, "
                    + "emergency_contact_phone, consent_given_at, registered_at, walk_in) "
                    + "VALUES (?, '07700 900400', ?, 'Family', '07700 900499', ?, ?, TRUE)", person.name(),
                    LocalDate.of(1955 + participants.size() * 3, 3, 14), registered, registered);
            participants.add(id);
        }
        List<Object[]> intakes = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            Person person = people.get(p);
            intakes.add(new Object[] {participants.get(p), registered, registered, person.pain()[0],
                person.condition()});
            int[] scores = person.rolandMorris();
            answers.add(answer(participants.get(p), registered.plusHours(1), scores[0]));
            answers.add(answer(participants.get(p), end(days.get(5), start).plusHours(2), scores[1]));
            answers.add(answer(participants.get(p), end(days.get(CLASSES - 1), start).plusHours(2), scores[2]));
        }
        jdbc.batchUpdate("INSERT INTO intake (participant_id, status, started_at, submitted_at, pain_now, "
                + "pain_duration, condition_code, red_flags_answered, contraindications_answered, needs_lift, "
                + "deep_water_ok, outcome) VALUES (?, 'SUBMITTED', ?, ?, ?, 'TWELVE_WEEKS_OR_MORE', ?, TRUE, TRUE, "
                + "FALSE, TRUE, 'CLEARED')", intakes);
        jdbc.batchUpdate("INSERT INTO questionnaire_answer (version, participant_id, kind, answered_at, answers, score) "
                + "VALUES (0, ?, 'RMDQ', ?, ?, ?)", answers);

        List<Object[]> bookings = new ArrayList<>();
        Map<Long, Integer> classOf = new HashMap<>();
        for (int k = 0; k < days.size(); k++) {
            OffsetDateTime from = days.get(k).atTime(start).atZone(zone).toOffsetDateTime();
            long sessionId = insert("INSERT INTO class_session (level_id, pool_id, exercise_bias, session_date, "
                    + "start_time, duration_minutes, starts_at, ends_at, capacity, status, instructor_id, seats_taken) "
                    + "VALUES (?, ?, ?, ?, ?, 45, ?, ?, ?, 'SCHEDULED', ?, ?)", levelId, poolId, bias, days.get(k),
                    start, from, from.plusMinutes(45), capacity, instructorId, people.size());
            classOf.put(sessionId, k);
            OffsetDateTime bookedAt = registered.plusHours(2);
            for (long participant : participants) {
                bookings.add(new Object[] {sessionId, participant, participant, bookedAt, "desk@warmpool.example",
                    bookedAt, from, instructorEmail});
            }
        }
        jdbc.batchUpdate("INSERT INTO booking (session_id, participant_id, active_participant_id, status, booked_at, "
                + "booked_by, confirmed_at, attendance, attendance_marked_at, attendance_marked_by) "
                + "VALUES (?, ?, ?, 'CONFIRMED', ?, ?, ?, 'ATTENDED', ?, ?)", bookings);

        List<Object[]> checkIns = new ArrayList<>();
        String sessions = classOf.keySet().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        jdbc.query("SELECT b.id, b.session_id, b.participant_id, s.ends_at FROM booking b "
                + "JOIN class_session s ON s.id = b.session_id WHERE b.session_id IN (" + sessions + ")", rs -> {
                    int k = classOf.get(rs.getLong(2));
                    int[] pain = people.get(participants.indexOf(rs.getLong(3))).pain();
                    int before = k < 5 ? pain[0] : k < CLASSES - 1 ? pain[1] : pain[2];
                    int after = Math.max(0, before - 1);
                    checkIns.add(new Object[] {rs.getLong(1), before, after,
                        rs.getObject(4, OffsetDateTime.class), instructorEmail});
                });
        jdbc.batchUpdate("INSERT INTO pain_check_in (booking_id, pain_before, pain_after, recorded_at, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?)", checkIns);
    }

    private long id(String sql, Object value) {
        return jdbc.queryForObject(sql, Long.class, value);
    }

    private OffsetDateTime end(LocalDate day, LocalTime start) {
        return day.atTime(start).plusMinutes(45).atZone(zone).toOffsetDateTime();
    }

    private static Object[] answer(long participantId, OffsetDateTime at, int score) {
        return new Object[] {participantId, at, "Y".repeat(score) + "N".repeat(24 - score), BigDecimal.valueOf(score)};
    }

    private long insert(String sql, Object... values) {
        return JdbcInserts.insert(jdbc, sql, values);
    }
}
