package org.warmpool.schedule;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClassFiguresChanged;
import org.warmpool.base.RuleViolationException;

/**
 * The places taken on a session, for the booking feature. The count lives next to the capacity
 * with a CHECK, and changes only while the session row is locked ({@code SELECT ... FOR UPDATE}),
 * so two application nodes sharing one database still never give away one place too many.
 * The caller's service checks who may book; this class only guards the count.
 * Every change of a class's places or waitlist locks it here first, so locking also tells the open
 * screens (after the commit, {@link ClassFiguresChanged}) to show the class's figures again.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class SessionSeats {

    /** A session locked for booking: its details and the places taken at the moment of locking. */
    public record Locked(ClassSession session, int seatsTaken) {

        public int seatsLeft() {
            return session.getCapacity() - seatsTaken;
        }
    }

    private final ClassSessionRepository sessions;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    SessionSeats(ClassSessionRepository sessions, ApplicationEventPublisher events, EntityManager entityManager,
            JdbcTemplate jdbc) {
        this.sessions = sessions;
        this.events = events;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** Locks the session row until the transaction ends. */
    public Locked lock(long sessionId) {
        int taken = sessions.lockSeatsTaken(sessionId)
                .orElseThrow(() -> new RuleViolationException("This session no longer exists."));
        ClassSession session = sessions.findWithDetails(sessionId).orElseThrow();
        events.publishEvent(new ClassFiguresChanged(sessionId));
        return new Locked(session, taken);
    }

    /**
     * The session as it is now, without a lock: for the checks that do not depend on the places
     * (who may book it, overlaps) before {@link #lockAsRead} takes the lock for the seat decision.
     */
    public ClassSession read(long sessionId) {
        return sessions.findWithDetails(sessionId)
                .orElseThrow(() -> new RuleViolationException("This session no longer exists."));
    }

    /**
     * Locks the row of a session {@link #read} earlier in this transaction, until the transaction
     * ends, and reads the places taken. Every change of the session itself (cancelled, moved,
     * places, level, pool) raises its version; the places taken alone do not. When the version
     * changed since it was read, the session is read again: the caller compares
     * {@code locked.session().getVersion()} with the version it checked and checks again.
     */
    public Locked lockAsRead(ClassSession read) {
        // Plain JDBC: this runs while others wait for the lock, and Hibernate would first check every
        // entity of the transaction for changes to flush (there are none before a seat decision).
        List<long[]> row = jdbc.query("select seats_taken, version from class_session where id = ? for update",
                (rs, i) -> new long[] {rs.getInt(1), rs.getLong(2)}, read.getId());
        if (row.isEmpty()) {
            throw new RuleViolationException("This session no longer exists.");
        }
        int taken = (int) row.get(0)[0];
        long version = row.get(0)[1];
        if (version != read.getVersion()) {
            entityManager.refresh(read);
        }
        events.publishEvent(new ClassFiguresChanged(read.getId()));
        return new Locked(read, taken);
    }

    /** The session and its places taken, without a lock: for showing, not for deciding. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Locked peek(long sessionId) {
        int taken = sessions.seatsTaken(sessionId)
                .orElseThrow(() -> new RuleViolationException("This session no longer exists."));
        return new Locked(sessions.findWithDetails(sessionId).orElseThrow(), taken);
    }

    /** Takes one place on a session locked by {@link #lock}; the database refuses one too many. */
    public void take(long sessionId) {
        changeSeatsTaken(sessionId, 1);
    }

    /** Gives back one place on a session locked by {@link #lock}. */
    public void release(long sessionId) {
        changeSeatsTaken(sessionId, -1);
    }

    /**
     * {@link ClassSession} maps the places taken read-only, so no flush of it writes them back; a
     * session read earlier in this transaction keeps the figure it was read with.
     */
    private void changeSeatsTaken(long sessionId, int change) {
        jdbc.update("update class_session set seats_taken = seats_taken + ? where id = ?", change, sessionId);
    }
}
