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
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
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
        StringBuilder where = new StringBuilder(" FROM class_session s JOIN instructor i ON i.id = s.instructor_id "
                + "JOIN app_user u ON u.id = i.user_id WHERE s.status = 'SCHEDULED' AND s.ends_at <= ? "
                + "AND s.session_date >= ? AND s.session_date <= ?");
        List<Object> parameters = new ArrayList<>(List.of(now, filter.from(), filter.to()));
        if (filter.poolId() != null) {
            where.append(" AND s.pool_id = ?");
            parameters.add(filter.poolId());
        }
        if (filter.levelId() != null) {
            where.append(" AND s.level_id = ?");
            parameters.add(filter.levelId());
        }
        String withoutInstructor = where.toString();
        Object[] withoutInstructorParameters = parameters.toArray();
        if (filter.instructorId() != null) {
            where.append(" AND s.instructor_id = ?");
            parameters.add(filter.instructorId());
        }
        List<InstructorsCalculator.TaughtClass> taught = jdbc.query("SELECT s.instructor_id, u.display_name, "
                + "s.series_id, s.session_date, s.duration_minutes" + where, (rs, n) ->
                new InstructorsCalculator.TaughtClass(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        rs.getObject(4, LocalDate.class), rs.getInt(5)), parameters.toArray());
        List<long[]> staffing = jdbc.query("SELECT s.series_id, s.instructor_id" + withoutInstructor
                + " AND s.series_id IS NOT NULL", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)},
                withoutInstructorParameters);

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
