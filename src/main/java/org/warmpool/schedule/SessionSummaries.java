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

    /**
     * Sessions read as rows of the session, its instructor's id and their name
     * ({@link ClassSessionRepository#findStartingBetweenWithInstructorNames}).
     */
    List<ScheduledSession> ofRows(List<Object[]> rows) {
        SeatAvailability seats = seatAvailability.getIfAvailable();
        Map<Long, SeatAvailability.Seats> taken = seats == null ? Map.of()
                : seats.forSessions(rows.stream().map(row -> ((ClassSession) row[0]).getId()).toList());
        return rows.stream().map(row -> {
            ClassSession s = (ClassSession) row[0];
            return ScheduledSession.of(s, (Long) row[1], (String) row[2], taken.getOrDefault(s.getId(), NONE).taken());
        }).toList();
    }
}
