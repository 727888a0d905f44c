package org.warmpool.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.participant.RosterMembership;
import org.warmpool.recommendation.KnownInstructors;
import org.warmpool.schedule.RosterSource;
import org.warmpool.schedule.TaughtBefore;

/** Bookings answer the questions the schedule, staffing and privacy rules ask. */
@Component
@Transactional(readOnly = true)
class BookingHooks implements RosterSource, TaughtBefore, RosterMembership, KnownInstructors {

    private final BookingRepository bookings;
    private final Clock clock;

    BookingHooks(BookingRepository bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    @Override
    public List<String> participantNames(long sessionId) {
        return bookings.findConfirmed(sessionId).stream().map(b -> b.getParticipant().getFullName()).toList();
    }

    @Override
    public int knownParticipants(long instructorId, long sessionId) {
        return bookings.countTaughtBefore(instructorId, sessionId, clock.instant());
    }

    @Override
    public Set<Long> of(long participantId) {
        return Set.copyOf(bookings.findInstructorsAttendedBy(participantId));
    }

    @Override
    public boolean isOnRosterOf(String instructorEmail, long participantId, LocalDate firstDay, LocalDate lastDay) {
        return bookings.isOnRosterOf(instructorEmail, participantId, firstDay, lastDay);
    }
}
