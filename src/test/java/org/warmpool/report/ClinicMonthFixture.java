package org.warmpool.report;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.base.JdbcInserts;
import org.warmpool.booking.FirstClasses;

/**
 * A hand-built clinic month for the reports, written straight into the shared test database on days
 * no other test uses (14,000 to 17,000 days from now), ending on a Sunday: {@link #lastDay}. The
 * reports' default period (the 30 days up to today) covers it once the clock is at
 * {@link #now()}.
 *
 * <p>Level 1 (Gentle Mobility), a daily series at 10:00 for 45 minutes from {@code lastDay - 20}
 * (a Monday) for 12 days, taught by Ivy except the 7th class (a Sunday), which Jon covers. Six
 * participants (herniated disc) attend all 12: pain before 7 at classes 1-5; from the 6th, 5 for
 * P1-P4 and 6 for P5-P6; pain after one lower. Roland-Morris 14 the day before the first class;
 * after the 6th class 9 (P1-P3) or 12; after the 12th 8 (P1-P5) or 13. Accepted: P1 and P2 up,
 * P3 down (from level 1); P4 has an open suggestion (not counted).
 *
 * <p>Level 2, two single classes (days -20 and -13, 14:00, 60 minutes, Jon): three participants
 * (spinal stenosis), pain 4-3. Level 0, one class (day -19, 09:00, 30 minutes, Jon): five
 * participants (spinal stenosis), pain 8-7.
 *
 * <p>Certificates: Ivy's CPR expires 30 days after the last day, her aquatic therapy 90 days after,
 * her water rescue expired 100 days before but was renewed; Jon's water rescue expired 25 days
 * before the last day (he teaches after it), his CPR in 400 days.
 */
public final class ClinicMonthFixture {

    private static final AtomicInteger SLOT = new AtomicInteger(ThreadLocalRandom.current().nextInt(80));

    public final LocalDate lastDay;
    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final String ivy = "Ivy " + tag;
    public final String jon = "Jon " + tag;
    public long ivyId;
    public long jonId;
    public long poolId;

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    public ClinicMonthFixture(JdbcTemplate jdbc, ZoneId zone, LocalDate today) {
        this.jdbc = jdbc;
        this.zone = zone;
        LocalDate day = today.plusDays(14_000 + 35L * (SLOT.getAndIncrement() % 80));
        this.lastDay = day.plusDays(DayOfWeek.SUNDAY.getValue() - day.getDayOfWeek().getValue());
    }

    /** Noon on the last day: every class has ended. */
    public java.time.Instant now() {
        return lastDay.atTime(12, 0).atZone(zone).toInstant();
    }

    public ClinicMonthFixture build() {
        long level0 = level(0);
        long level1 = level(1);
        long level2 = level(2);
        poolId = insert("INSERT INTO pool (name, water_temperature, min_depth, max_depth, has_lift, capacity) "
                + "VALUES (?, 34.0, 1.0, 1.4, TRUE, 20)", "Report pool " + tag);
        ivyId = instructor(ivy);
        jonId = instructor(jon);
        certificate(ivyId, "CPR_FIRST_AID", lastDay.plusDays(30));
        certificate(ivyId, "AQUATIC_THERAPY", lastDay.plusDays(90));
        certificate(ivyId, "WATER_RESCUE", lastDay.minusDays(100));
        certificate(ivyId, "WATER_RESCUE", lastDay.plusDays(300));
        certificate(jonId, "WATER_RESCUE", lastDay.minusDays(25));
        certificate(jonId, "CPR_FIRST_AID", lastDay.plusDays(400));

        LocalDate first = lastDay.minusDays(20);
        long series = insert("INSERT INTO session_series (level_id, pool_id, exercise_bias, weekdays_mask, start_time, "
                + "duration_minutes, first_date, last_date, capacity) VALUES (?, ?, 'NEUTRAL', 127, ?, 45, ?, ?, 6)",
                level1, poolId, LocalTime.of(10, 0), first, first.plusDays(11));
        List<Long> levelOne = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            levelOne.add(session(series, level1, first.plusDays(k), LocalTime.of(10, 0), 45, k == 6 ? jonId : ivyId));
        }
        List<Long> levelTwo = List.of(session(null, level2, first, LocalTime.of(14, 0), 60, jonId),
                session(null, level2, first.plusDays(7), LocalTime.of(14, 0), 60, jonId));
        long levelZero = session(null, level0, first.plusDays(1), LocalTime.of(9, 0), 30, jonId);

        OffsetDateTime dayBefore = first.minusDays(1).atTime(12, 0).atZone(zone).toOffsetDateTime();
        for (int p = 1; p <= 6; p++) {
            long id = participant("P" + p, "HERNIATED_DISC");
            for (int k = 0; k < 12; k++) {
                int before = k < 5 ? 7 : p <= 4 ? 5 : 6;
                attended(levelOne.get(k), id, before, before - 1);
            }
            answer(id, dayBefore, 14);
            answer(id, first.plusDays(5).atTime(12, 0).atZone(zone).toOffsetDateTime(), p <= 3 ? 9 : 12);
            answer(id, first.plusDays(11).atTime(12, 0).atZone(zone).toOffsetDateTime(), p <= 5 ? 8 : 13);
            if (p <= 3) {
                suggestion(id, p <= 2 ? "UP" : "DOWN", 1, p <= 2 ? 2 : 0, "ACCEPTED");
            } else if (p == 4) {
                suggestion(id, "UP", 1, 2, "OPEN");
            }
        }
        for (int q = 1; q <= 3; q++) {
            long id = participant("Q" + q, "SPINAL_STENOSIS");
            levelTwo.forEach(session -> attended(session, id, 4, 3));
        }
        for (int r = 1; r <= 5; r++) {
            attended(levelZero, participant("R" + r, "SPINAL_STENOSIS"), 8, 7);
        }
        // Written by plain SQL: what the application keeps per participant as attendance is marked.
        FirstClasses.rebuild(jdbc);
        return this;
    }

    /**
     * A busier month on top of {@link #build}'s: {@code instructors} more instructors (inactive, so
     * that no other test's staffing sees them) and {@code classes} more classes at 12:00 from the
     * first day on (a new pool for each ten), each taught by one of them, with four participants
     * who attend (pain 6 before, 4 after), one who does not come, one late cancellation and one on
     * the waitlist.
     */
    public ClinicMonthFixture crowded(int instructors, int classes) {
        long level1 = level(1);
        List<Long> extra = new ArrayList<>();
        for (int i = 1; i <= instructors; i++) {
            long id = instructor("Extra " + i + " " + tag);
            jdbc.update("UPDATE instructor SET active = FALSE WHERE id = ?", id);
            extra.add(id);
        }
        long pool = poolId;
        OffsetDateTime booked = lastDay.minusDays(30).atStartOfDay(zone).toOffsetDateTime();
        for (int k = 0; k < classes; k++) {
            if (k % 10 == 0) {
                pool = insert("INSERT INTO pool (name, water_temperature, min_depth, max_depth, has_lift, capacity) "
                        + "VALUES (?, 34.0, 1.0, 1.4, TRUE, 20)", "Busy pool " + k + " " + tag);
            }
            LocalDate day = lastDay.minusDays(20).plusDays(k % 14);
            OffsetDateTime from = day.atTime(12, 0).atZone(zone).toOffsetDateTime();
            long session = insert("INSERT INTO class_session (series_id, level_id, pool_id, exercise_bias, session_date, "
                    + "start_time, duration_minutes, starts_at, ends_at, capacity, status, instructor_id, seats_taken) "
                    + "VALUES (NULL, ?, ?, 'NEUTRAL', ?, ?, 45, ?, ?, 6, 'SCHEDULED', ?, 0)", level1, pool, day,
                    LocalTime.of(12, 0), from, from.plusMinutes(45), extra.get(k % extra.size()));
            for (int p = 1; p <= 4; p++) {
                attended(session, participant("Busy " + k + "-" + p, "HERNIATED_DISC"), 6, 4);
            }
            long absent = participant("Busy " + k + "-absent", "HERNIATED_DISC");
            jdbc.update("INSERT INTO booking (session_id, participant_id, active_participant_id, status, booked_at, "
                    + "booked_by, confirmed_at, attendance) VALUES (?, ?, ?, 'CONFIRMED', ?, 'desk', ?, 'NO_SHOW')",
                    session, absent, absent, booked, booked);
            placeTaken(session);
            jdbc.update("INSERT INTO booking (session_id, participant_id, status, booked_at, booked_by, confirmed_at, "
                    + "cancelled_at, cancelled_by, late_cancellation) VALUES (?, ?, 'CANCELLED', ?, 'desk', ?, ?, "
                    + "'desk', TRUE)", session, participant("Busy " + k + "-late", "HERNIATED_DISC"), booked, booked,
                    from.minusHours(2));
            long waiting = participant("Busy " + k + "-waiting", "HERNIATED_DISC");
            jdbc.update("INSERT INTO booking (session_id, participant_id, active_participant_id, status, "
                    + "waitlist_position, booked_at, booked_by) VALUES (?, ?, ?, 'WAITLISTED', 1, ?, 'desk')", session,
                    waiting, waiting, booked);
        }
        FirstClasses.rebuild(jdbc);
        return this;
    }

    private long level(int number) {
        return jdbc.queryForObject("SELECT id FROM class_level WHERE level_number = ?", Long.class, number);
    }

    private long instructor(String name) {
        long user = insert("INSERT INTO app_user (email, display_name, password_hash, created_at) VALUES (?, ?, 'x', ?)",
                name.toLowerCase().replace(' ', '-') + "@example.org", name,
                lastDay.minusYears(1).atStartOfDay(zone).toOffsetDateTime());
        return insert("INSERT INTO instructor (user_id) VALUES (?)", user);
    }

    private void certificate(long instructor, String type, LocalDate expires) {
        jdbc.update("INSERT INTO certification (instructor_id, type, number, issued_on, expires_on) "
                + "VALUES (?, ?, 'N-1', ?, ?)", instructor, type, expires.minusYears(3), expires);
    }

    private long session(Long series, long level, LocalDate day, LocalTime start, int minutes, long instructor) {
        OffsetDateTime from = day.atTime(start).atZone(zone).toOffsetDateTime();
        return insert("INSERT INTO class_session (series_id, level_id, pool_id, exercise_bias, session_date, start_time, "
                + "duration_minutes, starts_at, ends_at, capacity, status, instructor_id, seats_taken) "
                + "VALUES (?, ?, ?, 'NEUTRAL', ?, ?, ?, ?, ?, 6, 'SCHEDULED', ?, 0)", series, level, poolId, day, start,
                minutes, from, from.plusMinutes(minutes), instructor);
    }

    private long participant(String name, String condition) {
        OffsetDateTime registered = lastDay.minusDays(40).atTime(9, 0).atZone(zone).toOffsetDateTime();
        long id = insert("INSERT INTO participant (full_name, date_of_birth, emergency_contact_name, "
                + "emergency_contact_phone, consent_given_at, registered_at, walk_in) VALUES (?, ?, 'Kin', '01234', ?, ?, "
                + "TRUE)", name + " " + tag, LocalDate.of(1960, 1, 1), registered, registered);
        jdbc.update("INSERT INTO intake (participant_id, status, started_at, submitted_at, pain_now, condition_code, "
                + "outcome) VALUES (?, 'SUBMITTED', ?, ?, 6, ?, 'CLEARED')", id, registered, registered, condition);
        return id;
    }

    private void attended(long session, long participant, int before, int after) {
        OffsetDateTime at = lastDay.minusDays(30).atStartOfDay(zone).toOffsetDateTime();
        long booking = insert("INSERT INTO booking (session_id, participant_id, active_participant_id, status, booked_at, "
                + "booked_by, confirmed_at, attendance) VALUES (?, ?, ?, 'CONFIRMED', ?, 'desk', ?, 'ATTENDED')",
                session, participant, participant, at, at);
        placeTaken(session);
        jdbc.update("INSERT INTO pain_check_in (booking_id, pain_before, pain_after, recorded_at, recorded_by) "
                + "VALUES (?, ?, ?, ?, 'ivy')", booking, before, after, at);
    }

    /** A confirmed booking takes a place, as the application counts it beside the class. */
    private void placeTaken(long session) {
        jdbc.update("UPDATE class_session SET seats_taken = seats_taken + 1 WHERE id = ?", session);
    }

    private void answer(long participant, OffsetDateTime at, int score) {
        jdbc.update("INSERT INTO questionnaire_answer (version, participant_id, kind, answered_at, answers, score) "
                + "VALUES (0, ?, 'RMDQ', ?, ?, ?)", participant, at, "Y".repeat(score) + "N".repeat(24 - score),
                BigDecimal.valueOf(score));
    }

    private void suggestion(long participant, String direction, int from, int to, String status) {
        OffsetDateTime at = lastDay.minusDays(8).atTime(11, 0).atZone(zone).toOffsetDateTime();
        boolean decided = status.equals("ACCEPTED");
        jdbc.update("INSERT INTO progression_suggestion (participant_id, direction, from_level, to_level, reason, "
                + "created_at, status, decided_by, decided_at) VALUES (?, ?, ?, ?, 'fixture', ?, ?, ?, ?)", participant,
                direction, from, to, at, status, decided ? "desk" : null, decided ? at : null);
    }

    private long insert(String sql, Object... values) {
        return JdbcInserts.insert(jdbc, sql, values);
    }
}
