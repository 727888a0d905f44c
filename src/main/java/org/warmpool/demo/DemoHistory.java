package org.warmpool.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.base.JdbcInserts;
import org.warmpool.progress.PainCheckInService;
import org.warmpool.progress.ProgressService;

/**
 * A few months of classes already held: Pat came to Level 1 Gentle Mobility twice a week for ten
 * weeks with Ana (pain falling from 6-7 to 3-4, one flare-up early on, one class missed and one
 * cancelled late), so that My progress, the reports and an open suggestion to move up show data;
 * Lee came to Level 2 on Fridays with Ben, and staff accepted the suggestion to move him up.
 *
 * <p>The services refuse to book or schedule anything in the past, as they must for a clinic, so
 * the earlier classes are written directly (in batches, in the demo's transaction). The latest
 * class of each is then entered through {@link PainCheckInService}, as the front desk would: that
 * asks the progression advisor, whose suggestion is then real, not made up.
 */
final class DemoHistory {

    static final int WEEKS = 10;

    /** Pat's pain before-after at each class, oldest first; "x" missed, "late" cancelled late. */
    private static final String[] PAT = {"7-6", "6-5", "6-8", "7-6", "6-5", "x", "6-5", "5-4", "6-5", "5-4",
        "late", "5-4", "5-3", "4-3", "5-4", "4-3", "4-3", "4-3", "4-4", "4-3"};
    /** Lee's, one class a week. */
    private static final String[] LEE = {"4-3", "3-3", "4-2", "3-2", "3-2", "2-1", "3-2", "2-1"};

    private final JdbcTemplate jdbc;
    private final PainCheckInService painCheckIns;
    private final ProgressService progress;
    private final Clock clock;
    private final ZoneId zone;

    DemoHistory(JdbcTemplate jdbc, PainCheckInService painCheckIns, ProgressService progress, Clock clock,
            ZoneId zone) {
        this.jdbc = jdbc;
        this.painCheckIns = painCheckIns;
        this.progress = progress;
        this.clock = clock;
        this.zone = zone;
    }

    record Ids(long pat, long lee, long ana, long ben, long therapyPool, long exercisePool, long levelOne,
            long levelTwo) {
    }

    /**
     * The therapy pool's readings, one every few days over the ten weeks, oldest first: steady
     * near 34 °C, with the heater's bad week five weeks ago (down to 31.5 °C, colder than the
     * gentlest level needs) and back. The exercise pool keeps near 30 °C.
     */
    private static final String[] THERAPY_WATER = {"34.0", "34.1", "33.9", "34.0", "34.2", "34.0", "33.8", "34.0",
        "32.6", "31.5", "33.2", "34.0", "34.1", "33.9", "34.0", "34.0", "34.1", "33.9", "34.0", "34.0", "34.0",
        "34.0"};
    private static final String[] EXERCISE_WATER = {"30.1", "30.0", "29.9", "30.0", "30.2", "30.0", "30.0", "30.1",
        "30.0", "29.8", "30.0", "30.0", "30.1", "30.0", "29.9", "30.0", "30.0", "30.1", "30.0", "30.0", "30.0",
        "30.0"};

    void load() {
        Ids ids = ids();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<LocalDate> patDays = new ArrayList<>();
        for (LocalDate day = today.minusWeeks(WEEKS); day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.TUESDAY || day.getDayOfWeek() == DayOfWeek.THURSDAY) {
                patDays.add(day);
            }
        }
        // Ten weeks hold twenty Tuesdays and Thursdays (or twenty-one): the latest twenty.
        patDays = patDays.subList(patDays.size() - PAT.length, patDays.size());
        List<LocalDate> leeDays = new ArrayList<>();
        for (LocalDate day = today.minusDays(1); leeDays.size() < LEE.length; day = day.minusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.FRIDAY) {
                leeDays.add(0, day);
            }
        }
        Last pat = classes(ids.pat(), "pat@warmpool.example", PAT, patDays, LocalTime.of(9, 30), ids.therapyPool(),
                ids.levelOne(), 45, ids.ana(), "ana@warmpool.example", "FLEXION", 8);
        Last lee = classes(ids.lee(), "lee@warmpool.example", LEE, leeDays, LocalTime.of(18, 0), ids.exercisePool(),
                ids.levelTwo(), 45, ids.ben(), "ben@warmpool.example", "NEUTRAL", 10);
        pat.enterThroughTheService();
        lee.enterThroughTheService();
        waterReadings(ids.therapyPool(), today, THERAPY_WATER);
        waterReadings(ids.exercisePool(), today, EXERCISE_WATER);
        long leesSuggestion = progress.of(ids.lee()).openSuggestion().orElseThrow().id();
        progress.accept(leesSuggestion, "Talked it through with Lee after Friday's class");
    }

    /** The latest class of a participant, whose pain is entered through the service. */
    private final class Last {
        final long sessionId;
        final long bookingId;
        final int before;
        final int after;
        final OffsetDateTime endsAt;
        final String by;

        Last(long sessionId, long bookingId, int before, int after, OffsetDateTime endsAt, String by) {
            this.sessionId = sessionId;
            this.bookingId = bookingId;
            this.before = before;
            this.after = after;
            this.endsAt = endsAt;
            this.by = by;
        }

        void enterThroughTheService() {
            painCheckIns.record(sessionId, bookingId, before, after);
            // Entered at the end of that class by its instructor, not today by the set-up.
            jdbc.update("UPDATE pain_check_in SET recorded_at = ?, recorded_by = ? WHERE booking_id = ?", endsAt, by,
                    bookingId);
            jdbc.update("UPDATE booking SET attendance_marked_at = ?, attendance_marked_by = ? WHERE id = ?",
                    endsAt.minusMinutes(45), by, bookingId);
        }
    }

    private Last classes(long participantId, String participantEmail, String[] pains, List<LocalDate> days,
            LocalTime start, long poolId, long levelId, int minutes, long instructorId, String instructorEmail,
            String bias, int capacity) {
        List<Object[]> checkIns = new ArrayList<>();
        Last last = null;
        for (int i = 0; i < pains.length; i++) {
            ZonedDateTime startsAt = days.get(i).atTime(start).atZone(zone);
            OffsetDateTime from = startsAt.toOffsetDateTime();
            OffsetDateTime until = startsAt.plusMinutes(minutes).toOffsetDateTime();
            boolean cancelledLate = pains[i].equals("late");
            boolean missed = pains[i].equals("x");
            long sessionId = insert("INSERT INTO class_session (level_id, pool_id, exercise_bias, session_date, "
                    + "start_time, duration_minutes, starts_at, ends_at, capacity, status, instructor_id, seats_taken) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?)", levelId, poolId, bias, days.get(i),
                    start, minutes, from, until, capacity, instructorId, cancelledLate ? 0 : 1);
            OffsetDateTime bookedAt = from.minusDays(6).withHour(19).withMinute(12);
            if (cancelledLate) {
                insert("INSERT INTO booking (session_id, participant_id, status, booked_at, booked_by, "
                        + "confirmed_at, cancelled_at, cancelled_by, late_cancellation) "
                        + "VALUES (?, ?, 'CANCELLED', ?, ?, ?, ?, ?, TRUE)", sessionId, participantId, bookedAt,
                        participantEmail, bookedAt, from.minusHours(3), participantEmail);
                continue;
            }
            String attendance = missed ? "NO_SHOW" : "ATTENDED";
            boolean latest = i == pains.length - 1;
            long bookingId = insert("INSERT INTO booking (session_id, participant_id, active_participant_id, status, "
                    + "booked_at, booked_by, confirmed_at, attendance, attendance_marked_at, attendance_marked_by) "
                    + "VALUES (?, ?, ?, 'CONFIRMED', ?, ?, ?, ?, ?, ?)", sessionId, participantId, participantId,
                    bookedAt, participantEmail, bookedAt, latest ? null : attendance,
                    latest ? null : from.plusMinutes(missed ? 15 : 0), latest ? null : instructorEmail);
            if (missed) {
                continue;
            }
            String[] pair = pains[i].split("-");
            int before = Integer.parseInt(pair[0]);
            int after = Integer.parseInt(pair[1]);
            if (latest) {
                last = new Last(sessionId, bookingId, before, after, until, instructorEmail);
            } else {
                checkIns.add(new Object[] {bookingId, before, after, until, instructorEmail});
            }
        }
        jdbc.batchUpdate("INSERT INTO pain_check_in (booking_id, pain_before, pain_after, recorded_at, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?)", checkIns);
        return last;
    }

    /** Readings at 07:30, every third day or so, ending yesterday; today's is the pool's own from start-up. */
    private void waterReadings(long poolId, LocalDate today, String[] values) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            LocalDate day = today.minusDays(1L + (values.length - 1L - i) * 3);
            rows.add(new Object[] {poolId, day.atTime(7, 30).atZone(zone).toOffsetDateTime(),
                "desk@warmpool.example", new java.math.BigDecimal(values[i])});
        }
        jdbc.batchUpdate("INSERT INTO pool_temperature_reading (pool_id, occurred_at, actor, celsius) "
                + "VALUES (?, ?, ?, ?)", rows);
    }

    private long insert(String sql, Object... values) {
        return JdbcInserts.insert(jdbc, sql, values);
    }

    private Ids ids() {
        return new Ids(participant("pat@warmpool.example"), participant("lee@warmpool.example"),
                instructor("ana@warmpool.example"), instructor("ben@warmpool.example"), pool("Therapy pool"),
                pool("Exercise pool"), level(1), level(2));
    }

    private long participant(String email) {
        return jdbc.queryForObject("SELECT p.id FROM participant p JOIN app_user u ON u.id = p.user_id "
                + "WHERE u.email = ?", Long.class, email);
    }

    private long instructor(String email) {
        return jdbc.queryForObject("SELECT i.id FROM instructor i JOIN app_user u ON u.id = i.user_id "
                + "WHERE u.email = ?", Long.class, email);
    }

    private long pool(String name) {
        return jdbc.queryForObject("SELECT id FROM pool WHERE name = ?", Long.class, name);
    }

    private long level(int number) {
        return jdbc.queryForObject("SELECT id FROM class_level WHERE level_number = ?", Long.class, number);
    }
}
