package org.warmpool.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.RuleViolationException;
import org.warmpool.pool.Pool;
import org.warmpool.program.ClassLevel;

/**
 * The rules that planning and changing sessions share: a session that may still change, the most
 * places a class may have, and no two classes in one pool at once. Used inside the caller's
 * transaction, after it has locked the pool row.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Timetable {


    private final ClassSessionRepository sessions;
    private final Clock clock;

    Timetable(ClassSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    ClassSession load(long sessionId) {
        return sessions.findWithDetails(sessionId)
                .orElseThrow(() -> new RuleViolationException("This session no longer exists."));
    }

    ClassSession loadEditable(long sessionId) {
        ClassSession session = load(sessionId);
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new RuleViolationException("This session was cancelled and cannot be changed.");
        }
        if (!session.getStartsAt().isAfter(clock.instant())) {
            throw new RuleViolationException("This session has already started or taken place.");
        }
        return session;
    }

    static int checkCapacity(Integer requested, ClassLevel level, Pool pool) {
        int max = ScheduleService.maxCapacity(level, pool);
        if (requested == null) {
            return max;
        }
        if (requested < 1) {
            throw new RuleViolationException("A session needs at least 1 place.");
        }
        if (requested > max) {
            String limit = level.getMaxClassSize() <= pool.getCapacity()
                    ? level.title() + " allows " + level.getMaxClassSize() + " people per class"
                    : pool.getName() + " holds " + pool.getCapacity() + " people";
            throw new RuleViolationException("At most " + max + " places: " + limit + ".");
        }
        return requested;
    }

    /**
     * The pool row is locked by the caller, so no other transaction adds a session to this pool
     * between this check and the commit.
     */
    void refuseClashes(Pool pool, List<ClassSession> planned, Collection<ClassSession> beingMoved) {
        Instant from = planned.stream().map(ClassSession::getStartsAt).min(Instant::compareTo).orElseThrow();
        Instant to = planned.stream().map(ClassSession::getEndsAt).max(Instant::compareTo).orElseThrow();
        Set<Long> movedIds = beingMoved.stream().map(ClassSession::getId).collect(Collectors.toSet());
        List<ClassSession> others = sessions.findScheduledInPoolDuring(pool.getId(), from, to).stream()
                .filter(other -> !movedIds.contains(other.getId())).toList();
        List<String> clashes = new ArrayList<>();
        for (ClassSession session : planned) {
            for (ClassSession other : others) {
                if (other.overlaps(session.getStartsAt(), session.getEndsAt())) {
                    clashes.add(other.getDate().format(ClinicFormats.DAY_SHORT_YEAR) + " " + other.getStartTime() + "-"
                            + other.getStartTime().plusMinutes(other.getDurationMinutes()) + " ("
                            + other.getLevel().title() + ")");
                }
            }
        }
        if (!clashes.isEmpty()) {
            throw new RuleViolationException(pool.getName() + " is already booked for another class at that time: "
                    + String.join("; ", clashes.stream().limit(5).toList())
                    + (clashes.size() > 5 ? "; and " + (clashes.size() - 5) + " more" : "")
                    + ". Choose another time or pool.");
        }
    }
}
