package org.warmpool.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.base.ClinicSettings;
import org.warmpool.outcome.Questionnaire;
import org.warmpool.participant.Condition;
import org.warmpool.program.ProgrammeSettings;
import org.warmpool.report.OutcomesCalculator.AttendedClass;
import org.warmpool.report.OutcomesCalculator.EarlyClasses;

/**
 * The outcomes report's rows the straightforward way, from the tables the application writes
 * (bookings, classes, pain, intakes, questionnaires, suggestions), with none of the tables it keeps
 * for the report: every attended class of each participant counted again.
 */
final class EveryAttendedClass {

    private EveryAttendedClass() {
    }

    /** What {@link OutcomesCalculator#calculate} needs for this filter. */
    static OutcomesCalculator.Input input(JdbcTemplate jdbc, ReportFilter filter, ProgrammeSettings settings,
            ClinicSettings clinic) {
        StringBuilder where = new StringBuilder("b.attendance = 'ATTENDED' AND s.status = 'SCHEDULED' "
                + "AND p.erased_at IS NULL AND pc.pain_before IS NOT NULL AND pc.pain_after IS NOT NULL "
                + "AND s.session_date >= ? AND s.session_date <= ?");
        List<Object> parameters = new ArrayList<>(List.of(filter.from(), filter.to()));
        if (filter.poolId() != null) {
            where.append(" AND s.pool_id = ?");
            parameters.add(filter.poolId());
        }
        if (filter.levelId() != null) {
            where.append(" AND s.level_id = ?");
            parameters.add(filter.levelId());
        }
        if (filter.instructorId() != null) {
            where.append(" AND s.instructor_id = ?");
            parameters.add(filter.instructorId());
        }
        List<OutcomesCalculator.PainPair> pairs = jdbc.query("SELECT b.participant_id, l.level_number, l.name, "
                + "pc.pain_before, pc.pain_after FROM pain_check_in pc JOIN booking b ON b.id = pc.booking_id "
                + "JOIN class_session s ON s.id = b.session_id JOIN participant p ON p.id = b.participant_id "
                + "JOIN class_level l ON l.id = s.level_id WHERE " + where + " ORDER BY s.starts_at, b.id",
                (rs, n) -> new OutcomesCalculator.PainPair(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5)), parameters.toArray());
        Set<Long> who = new HashSet<>();
        pairs.forEach(pair -> who.add(pair.participantId()));

        Map<Long, Condition> conditions = new HashMap<>();
        jdbc.query("SELECT participant_id, condition_code FROM intake WHERE status = 'SUBMITTED' "
                + "ORDER BY participant_id, submitted_at, id", rs -> {
                    String code = rs.getString(2);
                    conditions.put(rs.getLong(1), code == null ? null : Condition.valueOf(code));
                });
        conditions.keySet().retainAll(who);
        conditions.values().removeIf(java.util.Objects::isNull);

        Map<Long, EarlyClasses> attended = firstClasses(jdbc);
        attended.keySet().retainAll(who);

        List<OutcomesCalculator.LevelMove> moves = new ArrayList<>(jdbc.query("SELECT participant_id, from_level, "
                + "direction FROM progression_suggestion WHERE status = 'ACCEPTED' AND direction IN ('UP', 'DOWN') "
                + "AND decided_at >= ? AND decided_at < ?", (rs, n) -> new OutcomesCalculator.LevelMove(rs.getLong(1),
                        rs.getInt(2), "UP".equals(rs.getString(3))),
                filter.from().atStartOfDay(clinic.timeZone()).toOffsetDateTime(),
                filter.to().plusDays(1).atStartOfDay(clinic.timeZone()).toOffsetDateTime()));
        moves.removeIf(move -> !who.contains(move.participantId()));

        Map<Long, List<OutcomesCalculator.Answer>> answers = new HashMap<>();
        jdbc.query("SELECT participant_id, kind, answered_at, score FROM questionnaire_answer "
                + "ORDER BY participant_id, answered_at, id", rs -> {
                    if (who.contains(rs.getLong(1))) {
                        answers.computeIfAbsent(rs.getLong(1), p -> new ArrayList<>()).add(new OutcomesCalculator.Answer(
                                Questionnaire.valueOf(rs.getString(2)), instant(rs, 3), rs.getBigDecimal(4)));
                    }
                });
        Map<Questionnaire, BigDecimal> thresholds = Map.of(
                Questionnaire.RMDQ, BigDecimal.valueOf(settings.getRolandMorrisChange()),
                Questionnaire.ODI, BigDecimal.valueOf(settings.getOswestryChange()));
        return new OutcomesCalculator.Input(pairs, conditions, attended, moves, answers, thresholds);
    }

    /** Every attended class of a class held, oldest first (by start, then booking), per participant. */
    static Map<Long, EarlyClasses> firstClasses(JdbcTemplate jdbc) {
        Map<Long, List<AttendedClass>> attended = new HashMap<>();
        jdbc.query("SELECT a.participant_id, x.starts_at, ap.pain_before FROM booking a "
                + "JOIN class_session x ON x.id = a.session_id LEFT JOIN pain_check_in ap ON ap.booking_id = a.id "
                + "WHERE a.attendance = 'ATTENDED' AND x.status = 'SCHEDULED' "
                + "ORDER BY a.participant_id, x.starts_at, a.id", rs -> {
                    attended.computeIfAbsent(rs.getLong(1), p -> new ArrayList<>())
                            .add(new AttendedClass(instant(rs, 2), rs.getObject(3, Integer.class)));
                });
        Map<Long, EarlyClasses> computed = new HashMap<>();
        attended.forEach((participant, theirs) -> computed.put(participant, EarlyClasses.of(theirs)));
        return computed;
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
