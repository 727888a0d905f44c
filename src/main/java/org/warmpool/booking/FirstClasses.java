package org.warmpool.booking;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.schedule.SessionCancelled;
import org.warmpool.schedule.SessionMoved;

/**
 * Keeps table {@code participant_first_classes} (V28): per participant with an attended class, how
 * many classes they attended (held, not cancelled) and the start and pain before class of their 1st
 * and 6th, and the start of their 12th, oldest first by start and then booking. The outcomes report
 * reads these instead of every attended class of its participants.
 *
 * <p>A participant's row is computed again from their bookings in the transaction of every change
 * that can alter it: attendance marked or corrected, pain recorded, changed or removed, a class
 * they attended cancelled or moved (possible only before it starts, once check-in opened), and
 * erasure. It is computed after taking the participant's row lock ({@code SELECT ... FOR UPDATE},
 * the lock that bookings and the progression advisor take too), so that two transactions changing
 * one participant's classes, also on two application nodes, compute one after the other and the
 * second sees the first's committed change.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class FirstClasses {

    private static final String COLUMNS = "participant_id, attended_classes, first_starts_at, first_pain_before, "
            + "sixth_starts_at, sixth_pain_before, twelfth_starts_at";

    private static final String COMPUTED = "SELECT participant_id, COUNT(*), "
            + "MAX(CASE WHEN n = 1 THEN starts_at END), MAX(CASE WHEN n = 1 THEN pain_before END), "
            + "MAX(CASE WHEN n = 6 THEN starts_at END), MAX(CASE WHEN n = 6 THEN pain_before END), "
            + "MAX(CASE WHEN n = 12 THEN starts_at END) "
            + "FROM (SELECT a.participant_id, x.starts_at, ap.pain_before, "
            + "ROW_NUMBER() OVER (PARTITION BY a.participant_id ORDER BY x.starts_at, a.id) AS n "
            + "FROM booking a JOIN class_session x ON x.id = a.session_id "
            + "LEFT JOIN pain_check_in ap ON ap.booking_id = a.id "
            + "WHERE a.attendance = 'ATTENDED' AND x.status = 'SCHEDULED'%s) attended GROUP BY participant_id";

    /**
     * Every participant's row computed again from the bookings, as migration V28 first filled the
     * table: for data written by plain SQL (demo data, benchmark data, test fixtures).
     */
    public static final List<String> REBUILD = List.of("DELETE FROM participant_first_classes",
            "INSERT INTO participant_first_classes (" + COLUMNS + ") " + String.format(COMPUTED, ""));

    private static final String INSERT_ONE = "INSERT INTO participant_first_classes (" + COLUMNS + ") "
            + String.format(COMPUTED, " AND a.participant_id = ?");

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    FirstClasses(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** {@link #REBUILD} on this connection's database. */
    public static void rebuild(JdbcTemplate jdbc) {
        REBUILD.forEach(jdbc::update);
    }

    /**
     * The participant's row computed again from their bookings, under their row lock. Call it after
     * the change, in its transaction.
     */
    public void refresh(long participantId) {
        entityManager.flush(); // the change, if still in Hibernate's session, before the SQL reads it
        jdbc.queryForList("SELECT id FROM participant WHERE id = ? FOR UPDATE", Long.class, participantId);
        jdbc.update("DELETE FROM participant_first_classes WHERE participant_id = ?", participantId);
        jdbc.update(INSERT_ONE, participantId);
    }

    /** A cancelled class no longer counts for those who were checked in. */
    @EventListener
    void onSessionCancelled(SessionCancelled cancelled) {
        refreshAttendedOf(cancelled.sessionId());
    }

    /** A moved class may come before or after others of those checked in. */
    @EventListener
    void onSessionMoved(SessionMoved moved) {
        refreshAttendedOf(moved.sessionId());
    }

    private void refreshAttendedOf(long sessionId) {
        entityManager.flush();
        // Everyone booked, not only those still marked as come: the cancellation's other listener may
        // already have taken the attendance off (a cancelled booking keeps none). In id order: two
        // callers lock the same participants in the same order.
        jdbc.queryForList("SELECT DISTINCT participant_id FROM booking WHERE session_id = ? ORDER BY participant_id",
                Long.class, sessionId).forEach(this::refresh);
    }
}
