package org.warmpool.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.RunTogether;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicSettings;
import org.warmpool.booking.Attendance;
import org.warmpool.booking.AttendanceService;
import org.warmpool.booking.BookingResult;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingStatus;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.CancellationService;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.progress.ProgressTestData;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;

/**
 * The database keeps each class's figures beside it as its bookings change (migrations V30 and V31,
 * a trigger on {@code booking}): after every kind of change, made by the application or by plain SQL,
 * and under marks made at once, they are what the class's bookings give when counted from scratch.
 * Runs on H2 and on PostgreSQL (each has a trigger of its own).
 */
@SpringBootTest
@ActiveProfiles("test")
class ClassFiguresKeptTest {

    @Autowired
    BookingService bookings;
    @Autowired
    CancellationService cancellations;
    @Autowired
    AttendanceService attendance;
    @Autowired
    ScheduleService schedule;
    @Autowired
    BookingTestData data;
    @Autowired
    ProgressTestData classes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ClinicSettings clinic;

    /** Places taken (confirmed), attended, no-shows, late cancellations, bookings ever waitlisted, waiting now. */
    record Figures(int booked, int attended, int noShows, int lateCancellations, int waitlisted, int waiting) {
    }

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFiguresFollowBookingWaitlistCancellationsMarksAndTheClinicCancellingTheClass() {
        LocalDate day = LocalDate.now(clock.withZone(clinic.timeZone())).plusDays(3);
        ScheduledSession session = data.session(2, 3, day, "10:00");
        Instant start = data.startOf(session);
        List<Registered> five = new ArrayList<>();
        List<Long> booked = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Registered who = data.cleared("Figures " + i);
            five.add(who);
            BookingResult result = as(who, () -> bookings.bookForMe(session.id(), true));
            assertThat(result.status()).isEqualTo(i < 3 ? BookingStatus.CONFIRMED : BookingStatus.WAITLISTED);
            booked.add(result.bookingId());
        }
        assertFigures(session, new Figures(3, 0, 0, 0, 2, 2));

        // Three days ahead, in time: the first in line gets the place, and stays counted as waitlisted.
        as(five.get(0), () -> cancellations.cancel(booked.get(0)));
        assertFigures(session, new Figures(3, 0, 0, 0, 2, 1));

        // Five hours before: late; the second in line gets the place.
        clock.moveTo(start.minus(Duration.ofHours(5)));
        as(five.get(1), () -> cancellations.cancel(booked.get(1)));
        assertFigures(session, new Figures(3, 0, 0, 1, 2, 0));

        // Check-in: two came, one did not; then corrected both ways.
        clock.moveTo(start.minus(Duration.ofMinutes(20)));
        mark(booked.get(2), Attendance.ATTENDED);
        mark(booked.get(3), Attendance.ATTENDED);
        mark(booked.get(4), Attendance.NO_SHOW);
        assertFigures(session, new Figures(3, 2, 1, 1, 2, 0));
        mark(booked.get(4), Attendance.ATTENDED);
        assertFigures(session, new Figures(3, 3, 0, 1, 2, 0));
        mark(booked.get(3), Attendance.NO_SHOW);
        assertFigures(session, new Figures(3, 2, 1, 1, 2, 0));

        // The clinic cancels the class: no place and no mark counts any more; the late cancellation stays.
        asStaff(() -> {
            schedule.cancelSession(session.id(), "The pool's heating failed");
            return null;
        });
        assertFigures(session, new Figures(0, 0, 0, 1, 2, 0));
    }

    @Test
    void aBookingWrittenChangedMovedAndDeletedByPlainSqlIsCountedToo() {
        LocalDate day = LocalDate.now(clock.withZone(clinic.timeZone())).plusDays(4);
        ScheduledSession first = data.session(1, 6, day, "09:00");
        ScheduledSession second = data.session(1, 6, day, "11:00");
        Registered who = data.cleared("Figures Script");
        OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);

        // As a script (or another node) would: a waitlist place, then a late cancellation of it.
        jdbc.update("INSERT INTO booking (session_id, participant_id, active_participant_id, status, waitlist_position, "
                + "booked_at, booked_by) VALUES (?, ?, ?, 'WAITLISTED', 1, ?, 'script')", first.id(),
                who.participantId(), who.participantId(), at);
        long booking = jdbc.queryForObject("SELECT id FROM booking WHERE session_id = ? AND participant_id = ?",
                Long.class, first.id(), who.participantId());
        assertThat(kept(first.id())).isEqualTo(new Figures(0, 0, 0, 0, 1, 1));
        // Moved while waiting, and back: the class it waits for counts it.
        jdbc.update("UPDATE booking SET session_id = ? WHERE id = ?", second.id(), booking);
        assertThat(kept(first.id())).isEqualTo(new Figures(0, 0, 0, 0, 0, 0));
        assertThat(kept(second.id())).isEqualTo(new Figures(0, 0, 0, 0, 1, 1));
        jdbc.update("UPDATE booking SET session_id = ? WHERE id = ?", first.id(), booking);
        assertThat(kept(second.id())).isEqualTo(new Figures(0, 0, 0, 0, 0, 0));
        jdbc.update("UPDATE booking SET status = 'CANCELLED', active_participant_id = NULL, waitlist_position = NULL, "
                + "cancelled_at = ?, late_cancellation = TRUE WHERE id = ?", at.plusMinutes(1), booking);
        assertThat(kept(first.id())).isEqualTo(new Figures(0, 0, 0, 1, 1, 0));

        // Moved to the other class: both classes' figures move with it.
        jdbc.update("UPDATE booking SET session_id = ? WHERE id = ?", second.id(), booking);
        assertThat(kept(first.id())).isEqualTo(new Figures(0, 0, 0, 0, 0, 0));
        assertThat(kept(second.id())).isEqualTo(new Figures(0, 0, 0, 1, 1, 0));
        assertThat(kept(second.id())).isEqualTo(fromScratch(second.id()));

        jdbc.update("DELETE FROM booking WHERE id = ?", booking);
        assertThat(kept(second.id())).isEqualTo(new Figures(0, 0, 0, 0, 0, 0));
    }

    @Test
    void marksMadeAtOnceInOneClassAreAllCounted() throws Exception {
        List<Registered> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(data.cleared("Figures Rush " + i));
        }
        ScheduledSession yesterday = classes.pastClass(1, 1, null, six.toArray(Registered[]::new));
        List<Long> bookingIds = six.stream().map(who -> classes.bookingOf(yesterday, who)).toList();
        List<Callable<Void>> marks = new ArrayList<>();
        for (int i = 0; i < bookingIds.size(); i++) {
            long bookingId = bookingIds.get(i);
            Attendance mark = i % 3 == 0 ? Attendance.NO_SHOW : Attendance.ATTENDED;
            marks.add(() -> {
                mark(bookingId, mark);
                return null;
            });
        }
        RunTogether.runTogether(marks);

        assertFigures(yesterday, new Figures(6, 4, 2, 0, 0, 0));
    }

    private void mark(long bookingId, Attendance marked) {
        asStaff(() -> {
            attendance.mark(bookingId, marked);
            return null;
        });
    }

    /** As expected, and as the class's bookings give when counted again. */
    private void assertFigures(ScheduledSession session, Figures expected) {
        assertThat(kept(session.id())).isEqualTo(expected);
        assertThat(fromScratch(session.id())).isEqualTo(expected);
    }

    private Figures kept(long sessionId) {
        return jdbc.queryForObject("SELECT seats_taken, attended_count, no_show_count, late_cancelled_count, "
                + "waitlisted_count, waiting_count FROM class_session WHERE id = ?", (rs, i) -> new Figures(
                rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)), sessionId);
    }

    private Figures fromScratch(long sessionId) {
        return jdbc.queryForObject(KeptClassFiguresMigrationTest.FROM_SCRATCH + " WHERE s.id = ?",
                (rs, i) -> new Figures(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7)),
                sessionId);
    }
}
