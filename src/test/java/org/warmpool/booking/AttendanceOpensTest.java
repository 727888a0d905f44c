package org.warmpool.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.TestClock;
import org.warmpool.base.RuleViolationException;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;

/**
 * Attendance opens {@code warmpool.attendance.opens-before} (30 minutes by default) before a class
 * starts, and a class still ahead never reads "Attended" to the participant.
 */
@SpringBootTest
@ActiveProfiles("test")
class AttendanceOpensTest {

    @Autowired
    BookingTestData data;
    @Autowired
    AttendanceService attendance;
    @Autowired
    BookingService bookings;
    @Autowired
    BookingListService lists;
    @Autowired
    CancellationService cancellations;
    @Autowired
    ScheduleService schedule;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    private ScheduledSession session;
    private Instant start;
    private Registered ann;
    private long annBooking;

    @BeforeEach
    void aClassAtElevenWithAnnBooked() {
        session = data.session(2, 8, LocalDate.now(clock).plusDays(30), "11:00");
        start = data.startOf(session);
        ann = data.cleared("Ann Opens");
        annBooking = asStaff(() -> bookings.bookFor(ann.participantId(), session.id(), false, null)).bookingId();
    }

    @Test
    void attendanceIsRefusedAMinuteBeforeItOpensWithTheTimeItOpensAndAllowedFromThatMinute() {
        clock.moveTo(start.minus(Duration.ofMinutes(31)));

        assertThatThrownBy(() -> asStaff(() -> {
            attendance.mark(annBooking, Attendance.ATTENDED);
            return null;
        })).isInstanceOf(RuleViolationException.class).hasMessage("Who came can be marked from "
                + session.date().format(org.warmpool.base.ClinicFormats.DAY_SHORT) + ", 10:30, 30 minutes before "
                + "the class starts.");
        assertThat(attendanceOfAnn()).isNull();
        assertThat(asStaff(() -> attendance.opening(session.id())).open()).isFalse();

        clock.moveTo(start.minus(Duration.ofMinutes(30)));
        asStaff(() -> {
            attendance.mark(annBooking, Attendance.ATTENDED);
            return null;
        });

        assertThat(attendanceOfAnn()).isEqualTo(Attendance.ATTENDED);
        assertThat(asStaff(() -> attendance.opening(session.id())).open()).isTrue();
    }

    @Test
    void aParticipantCheckedInBeforeTheStartReadsCheckedInNotAttendedAndCannotCancel() {
        clock.moveTo(start.minus(Duration.ofMinutes(20)));
        asStaff(() -> {
            attendance.mark(annBooking, Attendance.ATTENDED);
            return null;
        });

        BookingSummary card = as(ann, () -> lists.myBookings()).upcoming().get(0);

        assertThat(card.statusText()).isEqualTo("Checked in");
        assertThat(card.cancellable()).isFalse();
        assertThatThrownBy(() -> as(ann, () -> cancellations.cancel(annBooking)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("is checked in for this class");

        clock.moveTo(start.plus(Duration.ofMinutes(50)));

        assertThat(as(ann, () -> lists.myBookings()).past().get(0).statusText()).isEqualTo("Attended");
    }

    @Test
    void aCancelledPlaceLeavesComingUpAndIsListedAsCancelled() {
        ScheduledSession later = data.session(2, 8, session.date().plusDays(7), "11:00");
        long laterBooking = asStaff(() -> bookings.bookFor(ann.participantId(), later.id(), false, null)).bookingId();
        as(ann, () -> cancellations.cancel(laterBooking));

        MyBookings mine = as(ann, () -> lists.myBookings());

        assertThat(mine.upcoming()).extracting(BookingSummary::bookingId).containsExactly(annBooking);
        assertThat(mine.cancelled()).extracting(BookingSummary::bookingId).containsExactly(laterBooking);
        assertThat(mine.cancelled().get(0).statusText()).isEqualTo("Cancelled");
    }

    @Test
    void theClinicCanStillCancelAClassOnceSomeoneIsCheckedInAndTheCheckInGoesWithIt() {
        clock.moveTo(start.minus(Duration.ofMinutes(20)));
        asStaff(() -> {
            attendance.mark(annBooking, Attendance.ATTENDED);
            return null;
        });
        assertThat(jdbc.queryForList("select attended_classes from participant_first_classes where participant_id = ?",
                Integer.class, ann.participantId())).containsExactly(1);

        asStaff(() -> {
            schedule.cancelSession(session.id(), "The pool heating failed");
            return null;
        });

        MyBookings mine = as(ann, () -> lists.myBookings());
        assertThat(mine.upcoming()).isEmpty();
        assertThat(mine.cancelled()).singleElement().satisfies(card -> {
            assertThat(card.statusText()).isEqualTo("Cancelled by the clinic");
            assertThat(card.clinicReason()).isEqualTo("The pool heating failed");
        });
        assertThat(mine.credits()).hasSize(1);
        // The outcomes report no longer counts it as her first class.
        assertThat(jdbc.queryForList("select attended_classes from participant_first_classes where participant_id = ?",
                Integer.class, ann.participantId())).isEmpty();
        clock.moveTo(start.plus(Duration.ofMinutes(50)));
        assertThat(as(ann, () -> lists.myBookings()).past()).singleElement().satisfies(card -> {
            assertThat(card.attendance()).isNull();
            assertThat(card.statusText()).isEqualTo("Cancelled by the clinic");
        });
    }

    private Attendance attendanceOfAnn() {
        return asStaff(() -> attendance.sheet(session.id())).stream().filter(row -> row.bookingId() == annBooking)
                .findFirst().orElseThrow().attendance();
    }
}
