package org.warmpool.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booking feature's part of the person's own data: every booking with its attendance and its
 * log, make-up credits; and, when the person is erased, the free text and the person's own e-mail
 * taken out of those rows. The rows themselves stay (status, class, attendance), so that reports
 * keep their numbers. Only inside the caller's transaction; the caller checks who may ask.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class BookingPersonalData {

    /** Who did it, on a booking row or log entry, where it was the erased person themselves. */
    public static final String ERASED_ACTOR = "erased participant";

    public record LogRow(Instant occurredAt, String actor, String action, String reason) {
    }

    public record BookingRow(long bookingId, LocalDate classDate, LocalTime classStart, String className,
            String pool, String classStatus, String status, Long waitlistPosition, Instant bookedAt, String bookedBy,
            Instant confirmedAt, String overrideReason, boolean bookedWithMakeupCredit, Instant cancelledAt,
            String cancelledBy, boolean lateCancellation, boolean cancelledByClinic, String attendance,
            Instant attendanceMarkedAt, String attendanceMarkedBy, List<LogRow> log) {
    }

    public record CreditRow(String forCancelledClass, LocalDate cancelledClassDate, Instant issuedAt,
            LocalDate validUntil, Instant usedAt) {
    }

    private final BookingRepository bookings;
    private final BookingLogRepository log;
    private final MakeupCreditRepository credits;

    BookingPersonalData(BookingRepository bookings, BookingLogRepository log, MakeupCreditRepository credits) {
        this.bookings = bookings;
        this.log = log;
        this.credits = credits;
    }

    /** Every booking of the participant (waitlist places and cancelled ones included), by class time. */
    public List<BookingRow> bookings(long participantId) {
        return bookings.findAllOfParticipant(participantId).stream().map(b -> new BookingRow(b.getId(),
                b.getSession().getDate(), b.getSession().getStartTime(), b.getSession().getLevel().title(),
                b.getSession().getPool().getName(), b.getSession().getStatus().name(), b.getStatus().name(),
                b.getWaitlistPosition(), b.getBookedAt(), b.getBookedBy(), b.getConfirmedAt(), b.getOverrideReason(),
                b.getCredit() != null, b.getCancelledAt(), b.getCancelledBy(), b.isLateCancellation(),
                b.isCancelledByClinic(), b.getAttendance() == null ? null : b.getAttendance().name(),
                b.getAttendanceMarkedAt(), b.getAttendanceMarkedBy(),
                log.findByBookingIdOrderByOccurredAt(b.getId()).stream()
                        .map(e -> new LogRow(e.getOccurredAt(), e.getActor(), e.getAction(), e.getReason()))
                        .toList()))
                .toList();
    }

    public List<CreditRow> credits(long participantId) {
        return credits.findOfParticipant(participantId).stream().map(c -> new CreditRow(
                c.getSourceSession().getLevel().title(), c.getSourceSession().getDate(), c.getIssuedAt(),
                c.getValidUntil(), c.getUsedAt())).toList();
    }

    /** The ids of every booking of the participant: pain check-ins and messages hang on them. */
    public List<Long> bookingIds(long participantId) {
        return bookings.findAllOfParticipant(participantId).stream().map(Booking::getId).toList();
    }

    /** Places held or waited for in classes that have not ended: erasing now would leave them taken. */
    public long activeNotEnded(long participantId, Instant now) {
        return bookings.countActiveNotEnded(participantId, now);
    }

    /**
     * Takes out what could identify the person: override reasons and log reasons (free text staff
     * wrote about them) are removed, and wherever they acted themselves their e-mail becomes
     * {@link #ERASED_ACTOR}. Status, class, times, attendance and credits stay.
     */
    public void erase(long participantId, Collection<String> formerEmails) {
        bookings.clearOverrideReasons(participantId);
        log.clearReasonsOfParticipant(participantId);
        if (!formerEmails.isEmpty()) {
            bookings.replaceBookedBy(formerEmails, ERASED_ACTOR);
            bookings.replaceCancelledBy(formerEmails, ERASED_ACTOR);
            bookings.replaceAttendanceMarkedBy(formerEmails, ERASED_ACTOR);
            log.replaceActor(formerEmails, ERASED_ACTOR);
        }
    }
}
