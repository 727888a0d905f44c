package org.warmpool.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.participant.RosterMembership;
import org.warmpool.recommendation.KnownInstructors;
import org.warmpool.schedule.RosterSource;
import org.warmpool.schedule.SeatAvailability;
import org.warmpool.schedule.TaughtBefore;

/** Bookings answer the questions the schedule, staffing and privacy rules ask. */
@Component
@Transactional(readOnly = true)
class BookingHooks implements SeatAvailability, RosterSource, TaughtBefore, RosterMembership, KnownInstructors {

    private final BookingRepository bookings;
    private final Clock clock;

    BookingHooks(BookingRepository bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    @Override
    public Map<Long, Seats> forSessions(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, int[]> counts = new HashMap<>();
        for (BookingRepository.SeatCount row : bookings.countActive(sessionIds)) {
            int[] pair = counts.computeIfAbsent(row.getSessionId(), id -> new int[2]);
            pair[row.getStatus() == BookingStatus.CONFIRMED ? 0 : 1] = (int) row.getCount();
        }
        Map<Long, Seats> seats = new HashMap<>();
        counts.forEach((id, pair) -> seats.put(id, new Seats(pair[0], pair[1])));
        return seats;
    }

    @Override
    public Map<Long, Integer> fullWaitingStartingBetween(java.time.Instant from, java.time.Instant to) {
        Map<Long, Integer> waiting = new HashMap<>();
        for (ClassWaiting row : bookings.countWaitingInFullStartingBetween(from, to)) {
            waiting.put(row.sessionId(), row.waiting());
        }
        return waiting;
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
