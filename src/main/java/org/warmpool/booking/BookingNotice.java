package org.warmpool.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import org.warmpool.participant.Participant;
import org.warmpool.schedule.ClassSession;

/**
 * Something a participant should be told about their booking. Published inside the booking's
 * transaction; the notification feature stores it in the inbox and sends the e-mail after commit.
 *
 * @param participantUserId the participant's login, or null for a walk-in without an account
 * @param participantEmail  where to send the e-mail, or null when the participant gave none
 * @param waitlistPosition  the place in the waitlist (WAITLISTED), else null
 * @param detail            the clinic's reason (CANCELLED_BY_CLINIC), or when and where the class was
 *                          before (MOVED), else null
 * @param creditValidUntil  the make-up credit given (CANCELLED_BY_CLINIC with a place), else null
 */
public record BookingNotice(
        Kind kind,
        long bookingId,
        long participantId,
        Long participantUserId,
        String participantName,
        String participantEmail,
        long sessionId,
        String sessionTitle,
        String poolName,
        LocalDate date,
        LocalTime start,
        Integer waitlistPosition,
        String detail,
        LocalDate creditValidUntil) {

    public enum Kind {
        CONFIRMED, WAITLISTED, PROMOTED, CANCELLED_BY_CLINIC, REMINDER, MOVED
    }

    /** A new booking's notice, told before its entity exists (the booking was inserted with plain JDBC). */
    static BookingNotice of(Kind kind, long bookingId, Participant participant, ClassSession session,
            Integer waitlistPosition) {
        return new BookingNotice(kind, bookingId, participant.getId(),
                participant.getUser() == null ? null : participant.getUser().getId(), participant.getFullName(),
                participant.getEmail(), session.getId(), session.getLevel().title(), session.getPool().getName(),
                session.getDate(), session.getStartTime(), waitlistPosition, null, null);
    }

    static BookingNotice of(Kind kind, Booking booking, Integer waitlistPosition, String detail,
            LocalDate creditValidUntil) {
        Participant participant = booking.getParticipant();
        ClassSession session = booking.getSession();
        return new BookingNotice(kind, booking.getId(), participant.getId(),
                participant.getUser() == null ? null : participant.getUser().getId(), participant.getFullName(),
                participant.getEmail(), session.getId(), session.getLevel().title(), session.getPool().getName(),
                session.getDate(), session.getStartTime(), waitlistPosition, detail, creditValidUntil);
    }
}
