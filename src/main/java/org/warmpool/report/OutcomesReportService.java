package org.warmpool.report;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.warmpool.base.JdbcStreams;
import org.warmpool.booking.FirstClasses;
import org.warmpool.outcome.ImportantChange;
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
     * The groups from the rows kept for the report (table {@code outcome_class}, kept by
     * booking.FirstClasses), in three queries whatever the period: the period's level moves, its
     * rows (added up here as they are read, {@link JdbcStreams}), and the levels' names. A
     * participant's figures (their condition, the change of pain by their 6th class, their
     * questionnaire scores) are the same on each of their rows; a condition counts each participant
     * once, whatever the levels of their classes.
     */
    List<OutcomeGroup> groups(ReportFilter filter) {
        Scope scope = Scope.of(filter);
        ProgrammeSettings settings = programme.current();

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

        Map<Long, Tally> levels = new HashMap<>();
        Map<Condition, Tally> conditions = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<Long, Participant> participants = new HashMap<>();
        // Each row added up here as it comes: on a chain's month 85,000 rows, which H2 reads in a
        // tenth of the time it takes to group them by participant and level itself.
        JdbcStreams.eachRow(jdbc, "SELECT o.participant_id, o.level_id, o.pain_before, o.pain_after, "
                + "o.condition_code, o.pain_change_by_6th, o.questionnaire, o.first_score, o.score_after_6, "
                + "o.score_after_12 FROM outcome_class o WHERE TRUE" + scope.where(), rs -> {
                    long id = rs.getLong(1);
                    Participant participant = participants.get(id);
                    if (participant == null) {
                        Figures figures = Figures.of(rs);
                        Tally condition = conditions.computeIfAbsent(figures.condition(), c -> new Tally());
                        condition.addParticipant(figures, settings);
                        participant = new Participant(figures, condition);
                        participants.put(id, participant);
                    }
                    long levelId = rs.getLong(2);
                    Tally level = levels.computeIfAbsent(levelId, l -> new Tally());
                    if (participant.firstClassIn(levelId)) {
                        level.addParticipant(participant.figures(), settings);
                    }
                    int before = rs.getInt(3);
                    int after = rs.getInt(4);
                    level.addClass(before, after);
                    participant.condition().addClass(before, after);
                }, scope.parameters().toArray());

        List<OutcomesCalculator.Totals> levelTotals = new ArrayList<>();
        jdbc.query("SELECT id, level_number, name FROM class_level ORDER BY level_number", rs -> {
            Tally tally = levels.get(rs.getLong(1));
            if (tally != null) {
                int[] moves = levelMoves.getOrDefault(rs.getInt(2), new int[2]);
                levelTotals.add(tally.totals(OutcomesCalculator.levelName(rs.getInt(2), rs.getString(3)), moves));
            }
        });
        List<OutcomesCalculator.Totals> conditionTotals = new ArrayList<>();
        conditions.forEach((condition, tally) -> conditionTotals.add(tally.totals(
                OutcomesCalculator.conditionName(condition),
                conditionMoves.getOrDefault(condition == null ? "-" : condition.name(), new int[2]))));
        return OutcomesCalculator.groups(levelTotals, conditionTotals);
    }

    /**
     * A participant's figures, the same on each of their rows: their condition, the change of pain
     * before class from their 1st to their 6th class, their first questionnaire and score, the later
     * scores that count.
     */
    private record Figures(Condition condition, Integer painChange, Questionnaire kind, BigDecimal firstScore,
            BigDecimal after6, BigDecimal after12) {

        static Figures of(ResultSet rs) throws SQLException {
            String code = rs.getString(5);
            String kind = rs.getString(7);
            return new Figures(code == null ? null : Condition.valueOf(code), rs.getObject(6, Integer.class),
                    kind == null ? null : Questionnaire.valueOf(kind), rs.getBigDecimal(8), rs.getBigDecimal(9),
                    rs.getBigDecimal(10));
        }
    }

    /** A participant met in the period's rows: their figures, their condition's group, their levels so far. */
    private static final class Participant {
        private final Figures figures;
        private final Tally condition;
        private long[] levels = new long[0];

        Participant(Figures figures, Tally condition) {
            this.figures = figures;
            this.condition = condition;
        }

        Figures figures() {
            return figures;
        }

        Tally condition() {
            return condition;
        }

        /** True the first time: a participant has classes of one or two levels, seldom more. */
        boolean firstClassIn(long level) {
            for (long seen : levels) {
                if (seen == level) {
                    return false;
                }
            }
            levels = Arrays.copyOf(levels, levels.length + 1);
            levels[levels.length - 1] = level;
            return true;
        }
    }

    /** A group's figures added up, each participant's shares once (OutcomesCalculator says what counts). */
    private static final class Tally {
        private int participants;
        private int classes;
        private long sumBefore;
        private long sumAfter;
        private final int[] pain = new int[2];
        private final int[] after6 = new int[2];
        private final int[] after12 = new int[2];

        void addClass(int before, int after) {
            classes++;
            sumBefore += before;
            sumAfter += after;
        }

        void addParticipant(Figures figures, ProgrammeSettings settings) {
            participants++;
            if (figures.painChange() != null) {
                pain[1]++;
                if (figures.painChange() >= OutcomesCalculator.MEANINGFUL_PAIN_CHANGE) {
                    pain[0]++;
                }
            }
            questionnaire(figures, figures.after6(), settings, after6);
            questionnaire(figures, figures.after12(), settings, after12);
        }

        private static void questionnaire(Figures figures, BigDecimal later, ProgrammeSettings settings, int[] tally) {
            if (later != null) {
                tally[1]++;
                BigDecimal threshold = BigDecimal.valueOf(figures.kind() == Questionnaire.RMDQ
                        ? settings.getRolandMorrisChange() : settings.getOswestryChange());
                if (ImportantChange.between(figures.firstScore(), later, threshold) == ImportantChange.IMPROVED) {
                    tally[0]++;
                }
            }
        }

        OutcomesCalculator.Totals totals(String name, int[] moves) {
            return new OutcomesCalculator.Totals(name, participants, classes, sumBefore, sumAfter,
                    new Share(pain[0], pain[1]), moves[0], moves[1], new Share(after6[0], after6[1]),
                    new Share(after12[0], after12[1]));
        }
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
