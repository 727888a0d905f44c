package org.warmpool.schedule;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
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

    UpcomingSessions(ClassSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<BookedSession> upcomingSessionsWithBookings(long poolId) {
        return sessions.findUpcomingInPool(poolId, clock.instant()).stream()
                .map(s -> new BookedSession(s.getId(), s.getLevel().getMinWaterTemperature(), s.getSeatsTaken()))
                .toList();
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
