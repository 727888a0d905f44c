package org.warmpool.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.base.JdbcInserts;
import org.warmpool.booking.BookingService;
import org.warmpool.pool.Pool;
import org.warmpool.program.ClassLevel;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;

/**
 * Open make-up credits, given as the clinic gives them: when it cancels a class, everyone with a
 * place gets one, valid for the programme's credit days (60 unless changed) from the day of the
 * cancellation. So the front desk's "Make-up credits" page shows both states:
 * <ul>
 * <li>Lee's runs out within the next 14 days ("expiring soon"): the clinic cancelled a one-off
 * Saturday-morning Level 2 class with Ben, seven or eight weeks ago, the day before. The services
 * refuse the past, so that class, Lee's booking and his credit are written directly, as
 * booking.CancellationService writes them;</li>
 * <li>three walk-ins (Tom Byrne, Maria Santos, Joan Fairweather) had a place in a Level 1 class
 * with Ana in two days' time, which the clinic cancels now through the schedule, as the front desk
 * would: their credits run for the whole period.</li>
 * </ul>
 */
final class DemoCredits {

    /** Lee's credit has at most this many days left (and at least this less six). */
    static final int SOON_MOST_DAYS_LEFT = 12;
    static final String FUTURE_REASON = "The therapy pool's hoist is being repaired that afternoon.";
    static final String PAST_REASON = "The exercise pool is closed for a repair to its filter.";

    private final DemoWeek week;
    private final ScheduleService schedule;
    private final StaffingService staffing;
    private final BookingService bookings;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;

    DemoCredits(DemoWeek week, ScheduleService schedule, StaffingService staffing, BookingService bookings,
            JdbcTemplate jdbc, Clock clock, ZoneId zone) {
        this.week = week;
        this.schedule = schedule;
        this.staffing = staffing;
        this.bookings = bookings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    void load(Pool therapy, ClassLevel mobility, long anaId, List<Long> walkIns) {
        cancelledBefore();
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        LocalDateTime afternoon = week.free(now.toLocalDate().plusDays(2).atTime(12, 0), mobility.getMinutes());
        ScheduledSession cancelled = week.create(therapy, mobility, afternoon, null);
        staffing.assign(cancelled.id(), anaId);
        for (long participant : walkIns.subList(2, 5)) {
            bookings.bookFor(participant, cancelled.id(), false, null);
        }
        schedule.cancelSession(cancelled.id(), FUTURE_REASON);
    }

    /**
     * Cancelled the day before the class, on the latest day that leaves Lee's credit at most
     * {@link #SOON_MOST_DAYS_LEFT} days: a Friday, so that the class is on the Saturday.
     */
    private void cancelledBefore() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int validDays = jdbc.queryForObject("SELECT credit_valid_days FROM programme_settings", Integer.class);
        LocalDate cancelledOn = today.plusDays(SOON_MOST_DAYS_LEFT - validDays)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        LocalDate classDay = cancelledOn.plusDays(1);
        if (!classDay.isBefore(today)) {
            return; // credits valid for under two weeks: no class in the past leaves one still open
        }
        long lee = id("SELECT p.id FROM participant p JOIN app_user u ON u.id = p.user_id WHERE u.email = ?",
                "lee@warmpool.example");
        long ben = id("SELECT i.id FROM instructor i JOIN app_user u ON u.id = i.user_id WHERE u.email = ?",
                "ben@warmpool.example");
        long pool = id("SELECT id FROM pool WHERE name = ?", "Exercise pool");
        long levelTwo = id("SELECT id FROM class_level WHERE level_number = ?", 2);
        OffsetDateTime startsAt = classDay.atTime(LocalTime.of(10, 0)).atZone(zone).toOffsetDateTime();
        OffsetDateTime cancelledAt = cancelledOn.atTime(LocalTime.of(16, 30)).atZone(zone).toOffsetDateTime();
        OffsetDateTime bookedAt = cancelledOn.minusDays(9).atTime(LocalTime.of(18, 50)).atZone(zone)
                .toOffsetDateTime();
        long sessionId = JdbcInserts.insert(jdbc, "INSERT INTO class_session (level_id, pool_id, exercise_bias, "
                + "session_date, start_time, duration_minutes, starts_at, ends_at, capacity, status, instructor_id, "
                + "seats_taken, cancel_reason, cancelled_at) "
                + "VALUES (?, ?, 'NEUTRAL', ?, ?, 45, ?, ?, 10, 'CANCELLED', ?, 0, ?, ?)", levelTwo, pool, classDay,
                LocalTime.of(10, 0), startsAt, startsAt.plusMinutes(45), ben, PAST_REASON, cancelledAt);
        JdbcInserts.insert(jdbc, "INSERT INTO booking (session_id, participant_id, status, booked_at, booked_by, "
                + "confirmed_at, cancelled_at, cancelled_by, late_cancellation, cancelled_by_clinic) "
                + "VALUES (?, ?, 'CANCELLED', ?, ?, ?, ?, ?, FALSE, TRUE)", sessionId, lee, bookedAt,
                "lee@warmpool.example", bookedAt, cancelledAt, "desk@warmpool.example");
        JdbcInserts.insert(jdbc, "INSERT INTO makeup_credit (participant_id, source_session_id, issued_at, "
                + "valid_until) VALUES (?, ?, ?, ?)", lee, sessionId, cancelledAt, cancelledOn.plusDays(validDays));
    }

    private long id(String sql, Object value) {
        return jdbc.queryForObject(sql, Long.class, value);
    }
}
