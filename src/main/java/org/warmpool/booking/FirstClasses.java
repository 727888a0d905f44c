package org.warmpool.booking;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.schedule.SessionCancelled;
import org.warmpool.participant.IntakeSubmitted;
import org.warmpool.schedule.SessionChanged;

/**
 * Keeps the outcomes report's tables. {@code participant_first_classes} (V28, V29): per participant
 * with an attended class, how many classes they attended (held, not cancelled) and the start and
 * pain before class of their 1st and 6th, and the start of their 12th, oldest first by start and
 * then booking; the condition of their latest sent intake; their first questionnaire answer and,
 * when it came before their first class, their later scores of the same questionnaire.
 * {@code outcome_class} (V29): each attended class with pain before and after, with the class's day,
 * pool, level and instructor and the participant's figures from the first table. The report adds up
 * one period of the second table, stored by day, instead of reading the classes, bookings and pain
 * of the period and then the history of each participant they name.
 *
 * <p>A participant's rows are computed again from their bookings, intakes and answers in the
 * transaction of every change that can alter them: attendance marked or corrected, pain recorded,
 * changed or removed, a class they are booked on cancelled, moved, put in another pool or given
 * another instructor, an intake sent, a questionnaire answered, and erasure. They are computed
 * after taking the participant's row lock ({@code SELECT ... FOR UPDATE}, the lock that bookings and
 * the progression advisor take too), so that two transactions changing one participant's rows,
 * also on two application nodes, compute one after the other and the second sees the first's
 * committed change. A change to a class takes the lock of everyone booked on it (not only those
 * marked as come): a transaction marking one of them meanwhile either waits for that lock and then
 * reads the changed class, or has committed before and is seen.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class FirstClasses {

    /**
     * {@code outcome_class.day_key} is the class's day as yyyymmdd times this, plus the booking's id
     * (below this): a single BIGINT key in day order, by which H2 stores the table's rows.
     */
    public static final long DAY_KEY_DAY = 10_000_000_000L;

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

    private static final String FIRST_ANSWER = " FROM questionnaire_answer q WHERE q.participant_id = f.participant_id "
            + "ORDER BY q.answered_at, q.id FETCH FIRST 1 ROW ONLY";

    /** The condition of the latest sent intake, and the first questionnaire answer. */
    private static final String PARTICIPANT = "UPDATE participant_first_classes f SET "
            + "condition_code = (SELECT i.condition_code FROM intake i WHERE i.participant_id = f.participant_id "
            + "AND i.status = 'SUBMITTED' ORDER BY i.submitted_at DESC, i.id DESC FETCH FIRST 1 ROW ONLY), "
            + "questionnaire = (SELECT q.kind" + FIRST_ANSWER + "), first_score = (SELECT q.score" + FIRST_ANSWER
            + "), first_answered_at = (SELECT q.answered_at" + FIRST_ANSWER + ")%s";

    /** The later scores of the same questionnaire, when its first answer came before the first class. */
    private static final String LATER_SCORES = "UPDATE participant_first_classes f SET "
            + "score_after_6 = (SELECT q.score FROM questionnaire_answer q WHERE q.participant_id = f.participant_id "
            + "AND q.kind = f.questionnaire AND q.answered_at >= f.sixth_starts_at "
            + "AND (f.twelfth_starts_at IS NULL OR q.answered_at < f.twelfth_starts_at) "
            + "ORDER BY q.answered_at, q.id FETCH FIRST 1 ROW ONLY), "
            + "score_after_12 = (SELECT q.score FROM questionnaire_answer q WHERE q.participant_id = f.participant_id "
            + "AND q.kind = f.questionnaire AND q.answered_at >= f.twelfth_starts_at "
            + "ORDER BY q.answered_at, q.id FETCH FIRST 1 ROW ONLY) "
            + "WHERE f.first_answered_at < f.first_starts_at%s";

    /** The report's rows: each attended class with both pains, with the participant's figures. */
    private static final String OUTCOME_CLASSES = "INSERT INTO outcome_class (day_key, session_date, booking_id, "
            + "participant_id, pool_id, level_id, instructor_id, pain_before, pain_after, condition_code, "
            + "pain_change_by_6th, questionnaire, first_score, score_after_6, score_after_12) "
            + "SELECT (CAST(EXTRACT(YEAR FROM s.session_date) AS BIGINT) * 10000 "
            + "+ CAST(EXTRACT(MONTH FROM s.session_date) AS BIGINT) * 100 "
            + "+ CAST(EXTRACT(DAY FROM s.session_date) AS BIGINT)) * " + DAY_KEY_DAY + " + b.id, s.session_date, b.id, "
            + "b.participant_id, s.pool_id, s.level_id, s.instructor_id, pc.pain_before, "
            + "pc.pain_after, f.condition_code, "
            + "CASE WHEN f.attended_classes >= 6 THEN f.first_pain_before - f.sixth_pain_before END, "
            + "f.questionnaire, f.first_score, f.score_after_6, f.score_after_12 "
            + "FROM pain_check_in pc JOIN booking b ON b.id = pc.booking_id "
            + "JOIN class_session s ON s.id = b.session_id JOIN participant p ON p.id = b.participant_id "
            + "JOIN participant_first_classes f ON f.participant_id = b.participant_id "
            + "WHERE b.attendance = 'ATTENDED' AND s.status = 'SCHEDULED' AND p.erased_at IS NULL "
            + "AND pc.pain_before IS NOT NULL AND pc.pain_after IS NOT NULL%s";

    /**
     * Every participant's rows computed again from the bookings, as migrations V28 and V29 first
     * filled the tables: for data written by plain SQL (demo data, benchmark data, test fixtures).
     */
    public static final List<String> REBUILD = List.of("DELETE FROM outcome_class",
            "DELETE FROM participant_first_classes",
            "INSERT INTO participant_first_classes (" + COLUMNS + ") " + String.format(COMPUTED, ""),
            String.format(PARTICIPANT, ""), String.format(LATER_SCORES, ""), String.format(OUTCOME_CLASSES, ""));

    private static final String INSERT_ONE = "INSERT INTO participant_first_classes (" + COLUMNS + ") "
            + String.format(COMPUTED, " AND a.participant_id = ?");

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    FirstClasses(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** The first {@code outcome_class.day_key} of this day: the report's rows of a period are from-to. */
    public static long firstDayKey(LocalDate day) {
        return (day.getYear() * 10_000L + day.getMonthValue() * 100L + day.getDayOfMonth()) * DAY_KEY_DAY;
    }

    /** {@link #REBUILD} on this connection's database. */
    public static void rebuild(JdbcTemplate jdbc) {
        REBUILD.forEach(jdbc::update);
    }

    /**
     * The participant's rows computed again from their bookings, intakes and answers, under their
     * row lock. Call it after the change, in its transaction.
     */
    public void refresh(long participantId) {
        entityManager.flush(); // the change, if still in Hibernate's session, before the SQL reads it
        jdbc.queryForList("SELECT id FROM participant WHERE id = ? FOR UPDATE", Long.class, participantId);
        jdbc.update("DELETE FROM outcome_class WHERE participant_id = ?", participantId);
        jdbc.update("DELETE FROM participant_first_classes WHERE participant_id = ?", participantId);
        if (jdbc.update(INSERT_ONE, participantId) > 0) {
            jdbc.update(String.format(PARTICIPANT, " WHERE f.participant_id = ?"), participantId);
            jdbc.update(String.format(LATER_SCORES, " AND f.participant_id = ?"), participantId);
            jdbc.update(String.format(OUTCOME_CLASSES, " AND b.participant_id = ?"), participantId);
        }
    }

    /** A cancelled class no longer counts for those who were checked in. */
    @EventListener
    void onSessionCancelled(SessionCancelled cancelled) {
        refreshAttendedOf(cancelled.sessionId());
    }

    /**
     * A moved class may come before or after others of those checked in; the report's rows carry
     * the class's day, pool and instructor.
     */
    @EventListener
    void onSessionChanged(SessionChanged changed) {
        refreshAttendedOf(changed.sessionId());
    }

    /** The report groups participants by the condition of their latest sent intake. */
    @EventListener
    void onIntakeSubmitted(IntakeSubmitted submitted) {
        refresh(submitted.participantId());
    }

    private void refreshAttendedOf(long sessionId) {
        entityManager.flush();
        // Everyone booked, not only those marked as come now: the cancellation's other listener may
        // already have taken the attendance off (a cancelled booking keeps none), and one marked by
        // another transaction meanwhile is seen only once it commits. In id order: two callers lock
        // the same participants in the same order.
        jdbc.queryForList("SELECT DISTINCT participant_id FROM booking WHERE session_id = ? ORDER BY participant_id",
                Long.class, sessionId).forEach(this::refresh);
    }
}
