package org.warmpool.report;

import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.security.SystemTasks.callAsStaff;
import static org.warmpool.security.SystemTasks.runAsStaff;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import org.warmpool.TestClock;
import org.warmpool.booking.Attendance;
import org.warmpool.booking.AttendanceService;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.CancellationService;
import org.warmpool.booking.WaitlistService;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduleTestData;
import org.warmpool.schedule.ScheduledSession;

/**
 * The reports' hand-built fixture, on two weeks of their own 10,000 to 13,000 days ahead (so that no
 * other test's classes count), with two pools (A, named like a spreadsheet formula, and B), two
 * levels (1, 2) and seven participants:
 * <pre>
 * S1 Mon wk1 09:00 Level 1, pool A, 4 places: P1-P4 book, P5-P7 wait. P2 cancels early: P5 is promoted
 *    automatically. Two hours before, P3 cancels (late): the front desk gives the place to P6 by hand.
 *    P7 never gets in. P1, P4, P6 attend; P5 does not come.
 * S2 Mon wk1 10:00 Level 2, pool B, 5 places: P1, P2 attend; P3 booked, not marked.
 * S3 Wed wk1 09:00 Level 2, pool A, 5 places: P1-P5 book and attend.
 * S4 Wed wk1 09:00 Level 1, pool B, 4 places: P6 books; the clinic cancels the class.
 * S5 Mon wk2 09:00 Level 1, pool A, 4 places: P1 attends, P2 does not come.
 * S6 Tue wk2 11:00 Level 2, pool B, 5 places: P1 books; still to come (the clock ends on Tue wk2 at 08:00).
 * </pre>
 * The report's period is the two weeks (Monday wk1 to Sunday wk2).
 */
@Component
public class ReportFixture {

    /** What a test needs to find the fixture again. */
    public record Built(LocalDate monday, Pool poolA, Pool poolB, long s1, Registered p1, Registered p2,
            Registered p3, Registered p5) {

        public ReportFilter period() {
            return ReportFilter.between(monday, monday.plusDays(13));
        }
    }

    private final BookingTestData data;
    private final ScheduleTestData schedules;
    private final ScheduleService schedule;
    private final BookingService bookings;
    private final CancellationService cancellations;
    private final WaitlistService waitlists;
    private final AttendanceService attendance;
    private final TestClock clock;
    private final PoolService pools;
    private Built shared;

    ReportFixture(BookingTestData data, ScheduleTestData schedules, ScheduleService schedule, BookingService bookings,
            CancellationService cancellations, WaitlistService waitlists, AttendanceService attendance,
            TestClock clock, PoolService pools) {
        this.pools = pools;
        this.data = data;
        this.schedules = schedules;
        this.schedule = schedule;
        this.bookings = bookings;
        this.cancellations = cancellations;
        this.waitlists = waitlists;
        this.attendance = attendance;
        this.clock = clock;
    }

    private Built build() {
        LocalDate monday = LocalDate.now(clock.getZone()).plusDays(10_000 + ThreadLocalRandom.current().nextInt(2_900))
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate wednesday = monday.plusDays(2);
        clock.moveTo(at(monday.minusDays(3), "09:00"));
        // A name a spreadsheet would take for a formula: the CSV files must neutralise it.
        Pool poolA = callAsStaff(() -> pools.save(new Pool("=Pool A " + UUID.randomUUID().toString().substring(0, 8),
                new BigDecimal("34.0"), new BigDecimal("1.00"), new BigDecimal("1.40"), true, 10)));
        Pool poolB = callAsStaff(schedules::warmPool);
        long s1 = session(1, poolA, monday, "09:00", 4);
        long s2 = session(2, poolB, monday, "10:00", 5);
        long s3 = session(2, poolA, wednesday, "09:00", 5);
        long s4 = session(1, poolB, wednesday, "09:00", 4);
        long s5 = session(1, poolA, monday.plusDays(7), "09:00", 4);
        long s6 = session(2, poolB, monday.plusDays(8), "11:00", 5);
        String tag = " R" + ThreadLocalRandom.current().nextInt(100_000);
        Registered p1 = data.cleared("Una Report" + tag);
        Registered p2 = data.cleared("Two Report" + tag);
        Registered p3 = data.cleared("Tre Report" + tag);
        Registered p4 = data.cleared("Four Report" + tag);
        Registered p5 = data.cleared("Five Report" + tag);
        Registered p6 = data.cleared("Six Report" + tag);
        Registered p7 = data.cleared("Seven Report" + tag);

        long p1s1 = book(p1, s1);
        long p2s1 = book(p2, s1);
        long p3s1 = book(p3, s1);
        long p4s1 = book(p4, s1);
        long p5s1 = book(p5, s1);
        long p6s1 = book(p6, s1);
        book(p7, s1);
        long p1s2 = book(p1, s2);
        long p2s2 = book(p2, s2);
        book(p3, s2);
        long[] s3Places = {book(p1, s3), book(p2, s3), book(p3, s3), book(p4, s3), book(p5, s3)};
        book(p6, s4);
        runAsStaff(() -> schedule.cancelSession(s4, "The pool is closed for repairs."));
        long p1s5 = book(p1, s5);
        long p2s5 = book(p2, s5);
        book(p1, s6);

        clock.moveTo(at(monday.minusDays(2), "09:00"));
        as(p2, () -> cancellations.cancel(p2s1)); // early: P5 gets the place by itself
        clock.moveTo(at(monday, "08:00"));
        as(p3, () -> cancellations.cancel(p3s1)); // late, after the cut-off: the place waits for the desk
        runAsStaff(() -> waitlists.promoteByHand(p6s1));

        clock.moveTo(at(monday.plusDays(8), "08:00"));
        mark(p1s1, Attendance.ATTENDED);
        mark(p4s1, Attendance.ATTENDED);
        mark(p6s1, Attendance.ATTENDED);
        mark(p5s1, Attendance.NO_SHOW);
        mark(p1s2, Attendance.ATTENDED);
        mark(p2s2, Attendance.ATTENDED);
        for (long place : s3Places) {
            mark(place, Attendance.ATTENDED);
        }
        mark(p1s5, Attendance.ATTENDED);
        mark(p2s5, Attendance.NO_SHOW);
        return new Built(monday, poolA, poolB, s1, p1, p2, p3, p5);
    }

    /**
     * The fixture built once for all the report tests (reading reports changes nothing), with the clock
     * moved to where the fixture leaves it: Tuesday of the second week, 08:00.
     */
    public synchronized Built shared() {
        if (shared == null) {
            shared = build();
        } else {
            clock.moveTo(afterwards(shared));
        }
        return shared;
    }

    /** Tuesday of the second week, 08:00: S1 to S5 have taken place, S6 is still to come. */
    public Instant afterwards(Built built) {
        return at(built.monday().plusDays(8), "08:00");
    }

    private long session(int level, Pool pool, LocalDate date, String start, int places) {
        return callAsStaff(() -> {
            var draft = schedules.once(schedules.level(level), pool, date, start);
            draft.setCapacity(places);
            schedule.createSeries(draft);
            return schedule.week(date, pool.getId()).stream()
                    .filter(s -> s.date().equals(date) && s.start().equals(LocalTime.parse(start)))
                    .map(ScheduledSession::id).findFirst().orElseThrow();
        });
    }

    private long book(Registered participant, long sessionId) {
        return callAsStaff(() -> bookings.bookFor(participant.participantId(), sessionId, true, null)).bookingId();
    }

    private void mark(long bookingId, Attendance what) {
        runAsStaff(() -> attendance.mark(bookingId, what));
    }

    private Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(clock.getZone()).toInstant();
    }
}
