package org.warmpool.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmpool.booking.BookingTestData.as;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduledSession;

/**
 * The database itself guards places and bookings, for a second app node or a hand-written SQL
 * fix: written as raw SQL, bypassing the services. Run on H2 and PostgreSQL.
 */
abstract class BookingConstraintsScenario {

    @Autowired
    BookingService bookings;
    @Autowired
    CancellationService cancellations;
    @Autowired
    BookingTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseRefusesMorePlacesTakenThanTheClassHas() {
        ScheduledSession session = data.levelTwo(2, 8, "20:00");
        jdbc.update("update class_session set seats_taken = 2 where id = ?", session.id());

        assertThatThrownBy(() -> jdbc.update("update class_session set seats_taken = seats_taken + 1 where id = ?",
                session.id())).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update class_session set capacity = 1 where id = ?", session.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("select seats_taken from class_session where id = ?", Integer.class,
                session.id())).isEqualTo(2);
        // The database is shared with other tests: leave the class as the application keeps it (places
        // taken = confirmed bookings), which the recommendations rely on.
        jdbc.update("update class_session set seats_taken = 0 where id = ?", session.id());
    }

    @Test
    void theDatabaseRefusesASecondActiveBookingButKeepsCancelledOnes() {
        ScheduledSession session = data.levelTwo(4, 8, "20:30");
        Registered ann = data.cleared("Ann");
        long first = as(ann, () -> bookings.bookForMe(session.id(), true)).bookingId();

        assertThatThrownBy(() -> insertBooking(session.id(), ann.participantId(), "CONFIRMED"))
                .isInstanceOf(DataIntegrityViolationException.class);

        as(ann, () -> cancellations.cancel(first));
        insertBooking(session.id(), ann.participantId(), "CONFIRMED");
        assertThat(jdbc.queryForObject("select count(*) from booking where session_id = ? and participant_id = ?",
                Integer.class, session.id(), ann.participantId())).isEqualTo(2);
        jdbc.update("update class_session set seats_taken = seats_taken + 1 where id = ?", session.id());
    }

    @Test
    void aCancelledBookingCannotPretendToBeActive() {
        ScheduledSession session = data.levelTwo(4, 8, "21:00");
        Registered ann = data.cleared("Ann");

        assertThatThrownBy(() -> jdbc.update("""
                insert into booking (session_id, participant_id, active_participant_id, status, booked_at, booked_by,
                                     cancelled_at)
                values (?, ?, ?, 'CANCELLED', ?, 'sql', ?)""", session.id(), ann.participantId(), ann.participantId(),
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void insertBooking(long sessionId, long participantId, String status) {
        jdbc.update("""
                insert into booking (session_id, participant_id, active_participant_id, status, booked_at, booked_by,
                                     confirmed_at)
                values (?, ?, ?, ?, ?, 'sql', ?)""", sessionId, participantId, participantId, status,
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
    }
}
