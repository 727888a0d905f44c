package org.warmpool.schedule;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.SessionReference;
import org.warmpool.pool.PoolSchedule;
import org.warmpool.program.LevelSchedule;

/** Answers the pool and level features' questions about upcoming sessions. */
@Component
@Transactional(readOnly = true)
class UpcomingSessions implements PoolSchedule, LevelSchedule {

    private final ClassSessionRepository sessions;
    private final Clock clock;
    private final SeatAvailability seats;

    UpcomingSessions(ClassSessionRepository sessions, Clock clock, SeatAvailability seats) {
        this.sessions = sessions;
        this.clock = clock;
        this.seats = seats;
    }

    @Override
    public List<BookedSession> upcomingSessionsWithBookings(long poolId) {
        List<ClassSession> upcoming = sessions.findUpcomingInPool(poolId, clock.instant());
        Map<Long, SeatAvailability.Seats> taken = seats.forSessions(upcoming.stream().map(ClassSession::getId)
                .toList());
        return upcoming.stream().map(s -> new BookedSession(s.getId(), s.getLevel().getMinWaterTemperature(),
                taken.getOrDefault(s.getId(), new SeatAvailability.Seats(0, 0)).taken())).toList();
    }

    @Override
    public List<SessionReference> upcomingSessions(long poolId) {
        return sessions.findUpcomingInPool(poolId, clock.instant()).stream().map(ClassSession::reference).toList();
    }

    @Override
    public List<SessionReference> upcomingSessionsLargerThan(long levelId, int classSize) {
        return sessions.findUpcomingOfLevelLargerThan(levelId, classSize, clock.instant()).stream()
                .map(ClassSession::reference).toList();
    }

    @Override
    public List<SessionReference> upcomingSessionsColderThan(long levelId, BigDecimal minTemperature) {
        return sessions.findUpcomingOfLevelColderThan(levelId, minTemperature, clock.instant()).stream()
                .map(ClassSession::reference).toList();
    }
}
