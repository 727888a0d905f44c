package org.warmpool.report;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicSettings;
import org.warmpool.booking.FirstClasses;
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
        List<OutcomeGroup> groups = groups(filter);
        events.info("Outcomes report shown: {} ({})", currentUser.actor(), describe(filter));
        return groups;
    }

    /** The same groups as CSV ({@link OutcomesCsv}); the download is written to the security event log. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public void exportCsv(ReportFilter filter, OutputStream out) {
        OutcomesCsv.write(new OutputStreamWriter(out, StandardCharsets.UTF_8), groups(filter));
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
     * The groups, added up by the database from the rows kept for the report (table
     * {@code outcome_class}, kept by booking.FirstClasses), in three queries whatever the period:
     * the levels, the conditions and the period's level moves. A participant's figures (their
     * condition, the change of pain by their 6th class, their questionnaire scores) are the same on
     * each of their rows, so each group first adds up per participant, then counts participants.
     */
    List<OutcomeGroup> groups(ReportFilter filter) {
        Scope scope = Scope.of(filter);
        ProgrammeSettings settings = programme.current();
        List<Object> shares = List.of(OutcomesCalculator.MEANINGFUL_PAIN_CHANGE, settings.getRolandMorrisChange(),
                settings.getOswestryChange(), settings.getRolandMorrisChange(), settings.getOswestryChange());

        Map<Integer, int[]> levelMoves = new HashMap<>();
        Map<String, int[]> conditionMoves = new HashMap<>();
        List<Object> moveParameters = new ArrayList<>(scope.parameters());
        moveParameters.addAll(scope.parameters());
        moveParameters.add(scope.startOf(filter.from(), clinic));
        moveParameters.add(scope.startOf(filter.to().plusDays(1), clinic));
        // Decided in the period and by someone in a group: for their condition's group, and for the
        // level moved from when they are in that level's group.
        jdbc.query("SELECT m.from_level, m.direction, "
                + "(SELECT MAX(COALESCE(o.condition_code, '-')) FROM outcome_class o "
                + "WHERE o.participant_id = m.participant_id" + scope.where() + "), "
                + "CASE WHEN EXISTS (SELECT 1 FROM outcome_class o JOIN class_level l ON l.id = o.level_id "
                + "WHERE o.participant_id = m.participant_id AND l.level_number = m.from_level" + scope.where()
                + ") THEN 1 ELSE 0 END FROM progression_suggestion m WHERE m.status = 'ACCEPTED' "
                + "AND m.direction IN ('UP', 'DOWN') AND m.decided_at >= ? AND m.decided_at < ?", rs -> {
                    String condition = rs.getString(3);
                    if (condition == null) {
                        return;
                    }
                    int way = "UP".equals(rs.getString(2)) ? 0 : 1;
                    conditionMoves.computeIfAbsent(condition, c -> new int[2])[way]++;
                    if (rs.getInt(4) == 1) {
                        levelMoves.computeIfAbsent(rs.getInt(1), n -> new int[2])[way]++;
                    }
                }, moveParameters.toArray());

        List<Object> parameters = new ArrayList<>(shares);
        parameters.addAll(scope.parameters());
        // The levels joined last, as an outer join (every level exists, so no row changes): joined as
        // an inner join, H2 may begin with the four levels and add up each level's rows of every day.
        List<OutcomesCalculator.Totals> levels = jdbc.query(FIGURES + "l.level_number, l.name "
                + "FROM (SELECT o.participant_id, o.level_id, " + PER_PARTICIPANT
                + " FROM outcome_class o WHERE TRUE" + scope.where()
                + " GROUP BY o.participant_id, o.level_id) g LEFT JOIN class_level l ON l.id = g.level_id "
                + "GROUP BY l.level_number, l.name ORDER BY l.level_number", (rs, n) -> {
                    int[] moves = levelMoves.getOrDefault(rs.getInt(11), new int[2]);
                    return totals(rs, OutcomesCalculator.levelName(rs.getInt(11), rs.getString(12)), moves);
                }, parameters.toArray());
        Map<Condition, OutcomesCalculator.Totals> byCondition = new TreeMap<>(
                Comparator.nullsLast(Comparator.naturalOrder()));
        jdbc.query(FIGURES + "g.condition_code "
                + "FROM (SELECT o.participant_id, MAX(o.condition_code) AS condition_code, " + PER_PARTICIPANT
                + " FROM outcome_class o WHERE TRUE" + scope.where()
                + " GROUP BY o.participant_id) g GROUP BY g.condition_code", rs -> {
                    String code = rs.getString(11);
                    Condition condition = code == null ? null : Condition.valueOf(code);
                    int[] moves = conditionMoves.getOrDefault(code == null ? "-" : code, new int[2]);
                    byCondition.put(condition, totals(rs, OutcomesCalculator.conditionName(condition), moves));
                }, parameters.toArray());
        return OutcomesCalculator.groups(levels, new ArrayList<>(byCondition.values()));
    }

    /** A participant's sums and figures in a group (g in {@link #FIGURES}). */
    private static final String PER_PARTICIPANT = "COUNT(*) AS classes, SUM(o.pain_before) AS sum_before, "
            + "SUM(o.pain_after) AS sum_after, MAX(o.pain_change_by_6th) AS pain_change, "
            + "MAX(o.questionnaire) AS questionnaire, MAX(o.first_score) AS first_score, "
            + "MAX(o.score_after_6) AS after_6, MAX(o.score_after_12) AS after_12";

    /**
     * A group's participants, classes, sums and shares (columns 1 to 10), from one row per
     * participant (g). Parameters: the meaningful change of pain, then the important change on
     * Roland-Morris and on Oswestry, twice (OutcomesCalculator and ImportantChange say what counts).
     */
    private static final String FIGURES = "SELECT COUNT(*), SUM(g.classes), SUM(g.sum_before), SUM(g.sum_after), "
            + "SUM(CASE WHEN g.pain_change IS NOT NULL THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN g.pain_change >= CAST(? AS INTEGER) THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN g.after_6 IS NOT NULL THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN g.first_score - g.after_6 >= CASE WHEN g.questionnaire = 'RMDQ' THEN CAST(? AS INTEGER) "
            + "ELSE CAST(? AS INTEGER) END THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN g.after_12 IS NOT NULL THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN g.first_score - g.after_12 >= CASE WHEN g.questionnaire = 'RMDQ' THEN CAST(? AS INTEGER) "
            + "ELSE CAST(? AS INTEGER) END THEN 1 ELSE 0 END), ";

    private static OutcomesCalculator.Totals totals(ResultSet rs, String name, int[] moves) throws SQLException {
        return new OutcomesCalculator.Totals(name, rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getLong(4),
                new Share(rs.getInt(6), rs.getInt(5)), moves[0], moves[1], new Share(rs.getInt(8), rs.getInt(7)),
                new Share(rs.getInt(10), rs.getInt(9)));
    }

    /** The report's rows of {@code outcome_class o}: " AND ..." for a WHERE clause, and its parameters. */
    private record Scope(String where, List<Object> parameters) {

        static Scope of(ReportFilter filter) {
            // The period by the table's key (FirstClasses.DAY_KEY_DAY), in the order H2 stores the rows.
            StringBuilder sql = new StringBuilder(" AND o.day_key >= ? AND o.day_key < ?");
            List<Object> parameters = new ArrayList<>(List.of(FirstClasses.firstDayKey(filter.from()),
                    FirstClasses.firstDayKey(filter.to().plusDays(1))));
            if (filter.poolId() != null) {
                sql.append(" AND o.pool_id = ?");
                parameters.add(filter.poolId());
            }
            if (filter.levelId() != null) {
                sql.append(" AND o.level_id = ?");
                parameters.add(filter.levelId());
            }
            if (filter.instructorId() != null) {
                sql.append(" AND o.instructor_id = ?");
                parameters.add(filter.instructorId());
            }
            return new Scope(sql.toString(), List.copyOf(parameters));
        }

        OffsetDateTime startOf(java.time.LocalDate day, ClinicSettings clinic) {
            return day.atStartOfDay(clinic.timeZone()).toOffsetDateTime();
        }
    }
}
