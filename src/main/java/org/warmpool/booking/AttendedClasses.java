package org.warmpool.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classes a participant came to (attendance marked ATTENDED), oldest first: what the progress
 * feature builds a participant's pain history on. The caller's service checks who may ask.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class AttendedClasses {

    /** One attended class. */
    public record Attended(long bookingId, long sessionId, LocalDate date, LocalTime start, int levelNumber,
            String levelTitle) {
    }

    private final BookingRepository bookings;
    private final Clock clock;

    AttendedClasses(BookingRepository bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    public List<Attended> of(long participantId) {
        // Attendance is marked from the day of the class on, so no attended class starts after tomorrow.
        return bookings.findOfParticipantBefore(participantId, clock.instant().plus(Duration.ofDays(2))).stream()
                .filter(b -> b.getStatus() == BookingStatus.CONFIRMED && b.getAttendance() == Attendance.ATTENDED)
                .sorted(Comparator.comparing((Booking b) -> b.getSession().getStartsAt()).thenComparing(Booking::getId))
                .map(b -> new Attended(b.getId(), b.getSession().getId(), b.getSession().getDate(),
                        b.getSession().getStartTime(), b.getSession().getLevel().getLevelNumber(),
                        b.getSession().getLevel().title()))
                .toList();
    }
}
