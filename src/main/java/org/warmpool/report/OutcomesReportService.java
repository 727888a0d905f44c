package org.warmpool.report;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicSettings;
import org.warmpool.outcome.Questionnaire;
import org.warmpool.participant.Condition;
import org.warmpool.program.ProgrammeSettings;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

/**
 * The outcomes report (figures and who counts: {@link OutcomesCalculator}). It reads participants'
 * health data, in aggregate only: no participant is named and a small group is never shown. Each
 * report shown and each download is written to the security event log (logger
 * {@code org.warmpool.security.events}) with who and the filter, not to the audit log: the audit
 * log records one participant's record being opened, and a report opens nobody's.
 */
@Service
@Transactional(readOnly = true)
public class OutcomesReportService {

    private static final Logger events = LoggerFactory.getLogger("org.warmpool.security.events");

    /**
     * The participants the pain pairs name, as a table to join: one array parameter, unnested, first
     * in FROM. Not the period's subquery repeated in each query (which made the database go through
     * the clinic's bookings again for each), nor {@code IN (SELECT ... UNNEST(?))} or {@code = ANY (?)}
     * (H2 then compares each row with the whole array: minutes on the chain), nor a long {@code IN}
     * list (PostgreSQL takes at most 65,535 parameters). H2 and PostgreSQL read the array once and look
     * each participant up in the table's index. The ids are distinct, so the join repeats no row.
     */
    private static final String WHO = "UNNEST(CAST(? AS BIGINT ARRAY)) who(id)";

    private final JdbcTemplate jdbc;
    private final ProgrammeSettingsService programme;
    private final ClinicSettings clinic;
    private final CurrentUser currentUser;

    OutcomesReportService(JdbcTemplate jdbc, ProgrammeSettingsService programme, ClinicSettings clinic,
            CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.programme = programme;
        this.clinic = clinic;
        this.currentUser = currentUser;
    }

    /** The groups for this filter; written to the security event log. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public List<OutcomeGroup> report(ReportFilter filter) {
        List<OutcomeGroup> groups = OutcomesCalculator.calculate(input(filter));
        events.info("Outcomes report shown: {} ({})", currentUser.actor(), describe(filter));
        return groups;
    }

    /** The same groups as CSV ({@link OutcomesCsv}); the download is written to the security event log. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public void exportCsv(ReportFilter filter, OutputStream out) {
        OutcomesCsv.write(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                OutcomesCalculator.calculate(input(filter)));
        events.info("Outcomes report downloaded: {} ({})", currentUser.actor(), describe(filter));
    }

    /** "from 2026-05-01 to 2026-05-31, pool all, level 3, instructor all": ids only. */
    static String describe(ReportFilter filter) {
        return "from " + filter.from() + " to " + filter.to() + ", pool " + orAll(filter.poolId()) + ", level "
                + orAll(filter.levelId()) + ", instructor " + orAll(filter.instructorId());
    }

    private static Object orAll(Long id) {
        return id == null ? "all" : id;
    }

    /**
     * The rows the figures come from, in five queries whatever the period: the pain pairs of the
     * period's classes first; the other four read only the participants those pairs name.
     */
    OutcomesCalculator.Input input(ReportFilter filter) {
        Scope scope = Scope.of(filter);
        List<OutcomesCalculator.PainPair> pairs = jdbc.query("SELECT b.participant_id, l.level_number, l.name, "
                + "pc.pain_before, pc.pain_after" + scope.from() + " ORDER BY s.starts_at, b.id",
                (rs, n) -> new OutcomesCalculator.PainPair(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5)), scope.parameters());
        ProgrammeSettings settings = programme.current();
        Map<Questionnaire, BigDecimal> thresholds = Map.of(
                Questionnaire.RMDQ, BigDecimal.valueOf(settings.getRolandMorrisChange()),
                Questionnaire.ODI, BigDecimal.valueOf(settings.getOswestryChange()));
        if (pairs.isEmpty()) {
            return new OutcomesCalculator.Input(pairs, Map.of(), Map.of(), List.of(), Map.of(), thresholds);
        }
        SqlArrayValue who = new SqlArrayValue("bigint",
                pairs.stream().map(OutcomesCalculator.PainPair::participantId).distinct().toArray());

        Map<Long, Condition> conditions = new HashMap<>();
        jdbc.query("SELECT i.participant_id, i.condition_code FROM " + WHO
                + " JOIN intake i ON i.participant_id = who.id WHERE i.status = 'SUBMITTED' "
                + "ORDER BY i.participant_id, i.submitted_at, i.id", rs -> {
                    String code = rs.getString(2);
                    conditions.put(rs.getLong(1), code == null ? null : Condition.valueOf(code));
                }, who);
        conditions.values().removeIf(java.util.Objects::isNull);

        // Kept per participant as attendance and pain are recorded (booking.FirstClasses): not every
        // attended class of each participant (a chain's month read 908,078 rows to count the first 12).
        Map<Long, OutcomesCalculator.EarlyClasses> attended = new HashMap<>();
        jdbc.query("SELECT f.participant_id, f.attended_classes, f.first_starts_at, f.first_pain_before, "
                + "f.sixth_starts_at, f.sixth_pain_before, f.twelfth_starts_at FROM " + WHO
                + " JOIN participant_first_classes f ON f.participant_id = who.id", rs -> {
                    attended.put(rs.getLong(1), new OutcomesCalculator.EarlyClasses(rs.getInt(2), instant(rs, 3),
                            rs.getObject(4, Integer.class), instant(rs, 5), rs.getObject(6, Integer.class),
                            instant(rs, 7)));
                }, who);

        List<OutcomesCalculator.LevelMove> moves = jdbc.query("SELECT m.participant_id, m.from_level, m.direction FROM "
                + WHO + " JOIN progression_suggestion m ON m.participant_id = who.id WHERE m.status = 'ACCEPTED' "
                + "AND m.direction IN ('UP', 'DOWN') AND m.decided_at >= ? AND m.decided_at < ?",
                (rs, n) -> new OutcomesCalculator.LevelMove(rs.getLong(1), rs.getInt(2),
                        "UP".equals(rs.getString(3))), who, scope.startOf(filter.from(), clinic),
                scope.startOf(filter.to().plusDays(1), clinic));

        Map<Long, List<OutcomesCalculator.Answer>> answers = new HashMap<>();
        jdbc.query("SELECT q.participant_id, q.kind, q.answered_at, q.score FROM " + WHO
                + " JOIN questionnaire_answer q ON q.participant_id = who.id "
                + "ORDER BY q.participant_id, q.answered_at, q.id", rs -> {
                    answers.computeIfAbsent(rs.getLong(1), p -> new ArrayList<>()).add(new OutcomesCalculator.Answer(
                            Questionnaire.valueOf(rs.getString(2)), instant(rs, 3), rs.getBigDecimal(4)));
                }, who);
        return new OutcomesCalculator.Input(pairs, conditions, attended, moves, answers, thresholds);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    /** The classes a report covers with a recorded pain pair: FROM ... WHERE ..., and its parameters. */
    private record Scope(String from, Object[] parameters) {

        static Scope of(ReportFilter filter) {
            // The level is joined last, as an outer join (every class has one, so no row changes):
            // joined as the others, H2 began with the four levels and read each level's classes of
            // every day through the level's index (a chain's year, 5 s), not the period's by day.
            StringBuilder sql = new StringBuilder(" FROM pain_check_in pc JOIN booking b ON b.id = pc.booking_id "
                    + "JOIN class_session s ON s.id = b.session_id JOIN participant p ON p.id = b.participant_id "
                    + "LEFT JOIN class_level l ON l.id = s.level_id "
                    + "WHERE b.attendance = 'ATTENDED' AND s.status = 'SCHEDULED' AND p.erased_at IS NULL "
                    + "AND pc.pain_before IS NOT NULL AND pc.pain_after IS NOT NULL "
                    + "AND s.session_date >= ? AND s.session_date <= ?");
            List<Object> parameters = new ArrayList<>(List.of(filter.from(), filter.to()));
            if (filter.poolId() != null) {
                sql.append(" AND s.pool_id = ?");
                parameters.add(filter.poolId());
            }
            if (filter.levelId() != null) {
                sql.append(" AND s.level_id = ?");
                parameters.add(filter.levelId());
            }
            if (filter.instructorId() != null) {
                sql.append(" AND s.instructor_id = ?");
                parameters.add(filter.instructorId());
            }
            return new Scope(sql.toString(), parameters.toArray());
        }

        OffsetDateTime startOf(java.time.LocalDate day, ClinicSettings clinic) {
            return day.atStartOfDay(clinic.timeZone()).toOffsetDateTime();
        }
    }
}
