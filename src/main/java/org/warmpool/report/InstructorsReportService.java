package org.warmpool.report;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.CsvWriter;
import org.warmpool.instructor.CertificationType;
import org.warmpool.security.Roles;

/**
 * The instructors report: hours taught per instructor and ISO week, cover given and certificates to
 * renew (what counts: {@link InstructorsCalculator}). No health data.
 */
@Service
@Transactional(readOnly = true)
public class InstructorsReportService {

    public static final String[] CSV_HEADER = {"Instructor", "Week", "Week starts", "Classes", "Hours",
        "Cover classes"};

    private final JdbcTemplate jdbc;
    private final ClinicSettings clinic;
    private final Clock clock;

    InstructorsReportService(JdbcTemplate jdbc, ClinicSettings clinic, Clock clock) {
        this.jdbc = jdbc;
        this.clinic = clinic;
        this.clock = clock;
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public InstructorsCalculator.Result report(ReportFilter filter) {
        OffsetDateTime now = clock.instant().atZone(clinic.timeZone()).toOffsetDateTime();
        // The period's classes from class_session alone, chosen by day (index class_session_date): joined
        // to instructor here, H2 began at the instructors and read every class they ever taught. Read
        // without the instructor filter, as deciding cover needs each series' other instructors too.
        StringBuilder where = new StringBuilder(" FROM class_session s WHERE s.instructor_id IS NOT NULL "
                + "AND s.status = 'SCHEDULED' AND s.ends_at <= ? AND s.session_date >= ? AND s.session_date <= ?");
        List<Object> parameters = new ArrayList<>(List.of(now, filter.from(), filter.to()));
        if (filter.poolId() != null) {
            where.append(" AND s.pool_id = ?");
            parameters.add(filter.poolId());
        }
        if (filter.levelId() != null) {
            where.append(" AND s.level_id = ?");
            parameters.add(filter.levelId());
        }
        List<ClassRow> classes = jdbc.query("SELECT s.instructor_id, s.series_id, s.session_date, s.duration_minutes"
                + where, (rs, n) -> new ClassRow(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                        rs.getObject(3, LocalDate.class), rs.getInt(4)), parameters.toArray());
        Map<Long, String> names = new HashMap<>();
        jdbc.query("SELECT i.id, u.display_name FROM instructor i JOIN app_user u ON u.id = i.user_id",
                (RowCallbackHandler) rs -> names.put(rs.getLong(1), rs.getString(2)));
        List<InstructorsCalculator.TaughtClass> taught = classes.stream()
                .filter(c -> filter.instructorId() == null || c.instructorId() == filter.instructorId())
                .map(c -> new InstructorsCalculator.TaughtClass(c.instructorId(), names.get(c.instructorId()),
                        c.seriesId(), c.date(), c.minutes())).toList();
        List<long[]> staffing = classes.stream().filter(c -> c.seriesId() != null)
                .map(c -> new long[] {c.seriesId(), c.instructorId()}).toList();

        StringBuilder certificateSql = new StringBuilder("SELECT c.instructor_id, u.display_name, i.active, c.type, "
                + "c.expires_on, (SELECT MAX(x.session_date) FROM class_session x WHERE x.instructor_id = i.id "
                + "AND x.status = 'SCHEDULED') FROM certification c JOIN instructor i ON i.id = c.instructor_id "
                + "JOIN app_user u ON u.id = i.user_id WHERE c.expires_on <= ?");
        List<Object> certificateParameters = new ArrayList<>(List.of(filter.to()
                .plusDays(InstructorsCalculator.EXPIRY_WARNING_DAYS)));
        if (filter.instructorId() != null) {
            certificateSql.append(" AND i.id = ?");
            certificateParameters.add(filter.instructorId());
        }
        // Every certificate of these instructors is read: a later one of the same kind is a renewal.
        String certificates = certificateSql.toString().replace("WHERE c.expires_on <= ?",
                "WHERE c.instructor_id IN (SELECT c2.instructor_id FROM certification c2 WHERE c2.expires_on <= ?)");
        List<InstructorsCalculator.Certificate> rows = jdbc.query(certificates, (rs, n) ->
                new InstructorsCalculator.Certificate(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        CertificationType.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)), certificateParameters.toArray());
        return InstructorsCalculator.calculate(taught, staffing, rows, filter.to());
    }

    /** A class of the period with an instructor, as read. */
    private record ClassRow(long instructorId, Long seriesId, LocalDate date, int minutes) {
    }

    /** Hours per instructor and week as CSV, through {@link CsvWriter}. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public void exportCsv(ReportFilter filter, OutputStream out) {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(writer, CSV_HEADER);
        for (InstructorsCalculator.Week week : report(filter).weeks()) {
            csv.row(week.instructorName(), week.week(), week.monday().toString(), String.valueOf(week.classes()),
                    hours(week.minutes()), String.valueOf(week.cover()));
        }
        csv.flush();
    }

    /** "4.5", "3.75", "1": minutes as decimal hours for a spreadsheet. */
    public static String hours(int minutes) {
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0).toPlainString() : hours.toPlainString();
    }
}
