package org.warmpool.schedule;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Sessions as screens show them, with the seats taken (one question to bookings per list). */
@Component
class SessionSummaries {

    private static final SeatAvailability.Seats NONE = new SeatAvailability.Seats(0, 0);

    private final ObjectProvider<SeatAvailability> seatAvailability;

    SessionSummaries(ObjectProvider<SeatAvailability> seatAvailability) {
        this.seatAvailability = seatAvailability;
    }

    List<ScheduledSession> of(List<ClassSession> sessions) {
        SeatAvailability seats = seatAvailability.getIfAvailable();
        Map<Long, SeatAvailability.Seats> taken = seats == null ? Map.of()
                : seats.forSessions(sessions.stream().map(ClassSession::getId).toList());
        return sessions.stream().map(s -> ScheduledSession.of(s, taken.getOrDefault(s.getId(), NONE).taken()))
                .toList();
    }
}
