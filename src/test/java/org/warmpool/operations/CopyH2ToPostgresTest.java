package org.warmpool.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmpool.Application;
import org.warmpool.DemoClinicFile;
import org.warmpool.SharedPostgres;

/**
 * The move of docs/operations.md, "Moving from the H2 file": a demo clinic made by the application
 * in an H2 file, copied with the one command into a new PostgreSQL database, and every row of every
 * table found there, the same. And the refusals an operator may meet, each in one line.
 */
class CopyH2ToPostgresTest {

    @TempDir
    static Path folder;

    private static Path clinicFile;
    private static String copiedDatabase;
    private static Result copy;

    record Result(int exitCode, String out, String err) {
    }

    /**
     * Rows for the tables the demo leaves empty, so that every table is compared with rows: a
     * make-up credit used by a booking (booking refers to makeup_credit), times with offsets around
     * the clocks changing, text with quotes and accents, an empty pain score, and a request attempt
     * deleted again, so that the H2 file has handed out an id that no row has any more.
     */
    private static final List<String> MORE_ROWS = List.of("""
            INSERT INTO makeup_credit (participant_id, source_session_id, issued_at, valid_until)
            SELECT MIN(id), (SELECT MIN(id) FROM class_session), TIMESTAMP WITH TIME ZONE '2026-03-29 01:30:00+00:00',
                DATE '2026-05-28' FROM participant""", """
            INSERT INTO booking (session_id, participant_id, active_participant_id, status, booked_at, booked_by,
                confirmed_at, credit_id)
            SELECT (SELECT MAX(s.id) FROM class_session s WHERE NOT EXISTS (SELECT 1 FROM booking b
                    WHERE b.session_id = s.id)), participant_id, participant_id, 'CONFIRMED',
                TIMESTAMP WITH TIME ZONE '2026-03-29 02:15:00+01:00', 'desk@warmpool.example',
                TIMESTAMP WITH TIME ZONE '2026-03-29 02:15:00+01:00', id FROM makeup_credit""", """
            INSERT INTO booking_log (booking_id, occurred_at, actor, action, reason)
            SELECT MAX(id), TIMESTAMP WITH TIME ZONE '2026-10-25 01:30:00+01:00', 'desk@warmpool.example',
                'OVERRIDE', 'Physio''s note: "fine" – Zoë may join' FROM booking""", """
            INSERT INTO pain_check_in (booking_id, pain_before, pain_after, recorded_at, recorded_by)
            SELECT MAX(id), 6, NULL, TIMESTAMP WITH TIME ZONE '2026-10-25 01:30:00+00:00', 'ana@warmpool.example'
            FROM booking""", """
            INSERT INTO progression_suggestion (participant_id, direction, from_level, to_level, reason, created_at,
                status, decided_by, decided_at)
            SELECT MIN(id), 'UP', 1, 2, 'Six classes with pain 2 or less',
                TIMESTAMP WITH TIME ZONE '2026-12-31 23:59:59.123456+14:00', 'ACCEPTED', 'ana@warmpool.example',
                TIMESTAMP WITH TIME ZONE '2027-01-01 00:00:00-10:00' FROM participant""", """
            INSERT INTO account_invitation (participant_id, token_hash, created_at, created_by, expires_at)
            SELECT MAX(id), REPEAT('a', 64), TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+00:00',
                'desk@warmpool.example', TIMESTAMP WITH TIME ZONE '2026-12-08 09:00:00+00:00' FROM participant""", """
            INSERT INTO password_reset (user_id, token_hash, created_at, created_by, expires_at, used_at)
            SELECT MIN(id), REPEAT('b', 64), TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+00:00',
                'admin@warmpool.example', TIMESTAMP WITH TIME ZONE '2026-12-02 09:00:00+00:00',
                TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00+00:00' FROM app_user""", """
            INSERT INTO request_attempt (action, account_key, client_address, attempted_at)
            VALUES ('LOGIN', REPEAT('c', 64), '192.0.2.7', TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+00:00'),
                   ('REGISTER', NULL, '2001:db8::1', TIMESTAMP WITH TIME ZONE '2026-12-01 09:01:00+00:00')""",
            "DELETE FROM request_attempt WHERE action = 'REGISTER'", """
            INSERT INTO calendar_address (user_id, token_hash, created_at, revoked_at, live_user_id)
            SELECT MIN(id), REPEAT('d', 64), TIMESTAMP WITH TIME ZONE '2026-03-29 01:30:00+00:00', NULL, MIN(id)
            FROM app_user""", """
            INSERT INTO calendar_address (user_id, token_hash, created_at, revoked_at, live_user_id)
            SELECT MIN(id), REPEAT('e', 64), TIMESTAMP WITH TIME ZONE '2026-03-01 09:00:00+00:00',
                TIMESTAMP WITH TIME ZONE '2026-03-29 01:00:00+00:00', NULL FROM app_user""", """
            INSERT INTO questionnaire_answer (version, participant_id, kind, answered_at, answers, score, points,
                answered_sections)
            SELECT 0, MIN(id), 'ODI', TIMESTAMP WITH TIME ZONE '2026-10-25 01:30:00+01:00', '2210-34150', 35.6, 16, 9
            FROM participant""", """
            INSERT INTO questionnaire_answer (version, participant_id, kind, answered_at, answers, score, points,
                answered_sections)
            SELECT 0, MAX(id), 'RMDQ', TIMESTAMP WITH TIME ZONE '2026-12-31 23:59:59.123456+14:00',
                'YYNNYNNNYNNNNNNNNNNNNNNY', 5, NULL, NULL FROM participant""", """
            INSERT INTO questionnaire_request (participant_id, requested_at, requested_by)
            SELECT MIN(id), TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+00:00', 'desk@warmpool.example'
            FROM participant""");

    @BeforeAll
    static void theDemoClinicsH2FileCopiedToPostgres() throws IOException, SQLException {
        // The demo clinic's file is shared: this test adds its rows to a copy of it.
        clinicFile = folder.resolve("clinic");
        Files.copy(Path.of(DemoClinicFile.shared() + ".mv.db"), Path.of(clinicFile + ".mv.db"));
        try (Connection h2 = DriverManager.getConnection(h2Url(clinicFile), "sa", "");
                Statement statement = h2.createStatement()) {
            for (String sql : MORE_ROWS) {
                statement.executeUpdate(sql);
            }
        }
        copiedDatabase = SharedPostgres.newDatabase();

        // The target as the postgres profile names it: WARMPOOL_DB_URL and the owner role.
        copy = run(Map.of("WARMPOOL_DB_URL", SharedPostgres.jdbcUrl(copiedDatabase), "WARMPOOL_DB_OWNER", "postgres"),
                CopyH2ToPostgres.COMMAND, "--from=" + clinicFile);
    }

    @Test
    void everyRowOfEveryTableArrivesUnchanged() throws SQLException {
        assertThat(copy.exitCode()).as(copy.err()).isZero();
        try (Connection h2 = h2(clinicFile); Connection postgres = postgres(copiedDatabase)) {
            List<String> tables = CopyH2ToPostgres.tables(postgres);
            assertThat(tables).contains("app_user", "participant", "booking", "class_session", "audit_log");
            long total = 0;
            for (String table : tables) {
                if (table.equals("flyway_schema_history") || table.equals("int_lock")) {
                    continue;
                }
                List<Map<String, Object>> inH2 = rows(h2, table);
                List<Map<String, Object>> onPostgres = rows(postgres, table);
                assertThat(inH2).as("%s has rows to compare (add some to MORE_ROWS)", table).isNotEmpty();
                assertThat(onPostgres).as(table).hasSameSizeAs(inH2);
                for (int i = 0; i < inH2.size(); i++) {
                    assertThat(onPostgres.get(i)).as("%s, row %d", table, i + 1).isEqualTo(inH2.get(i));
                }
                total += inH2.size();
            }
            assertThat(total).as("a demo clinic, not an empty database").isGreaterThan(500);
            assertThat(copy.out()).contains("Copied " + total + " rows in " + (tables.size() - 2) + " tables",
                    "int_lock", "not copied");
        }
    }

    @Test
    void newRowsOnPostgresGetIdsThatNoCopiedRowHas() throws SQLException {
        try (Connection h2 = h2(clinicFile); Connection postgres = postgres(copiedDatabase);
                Statement statement = postgres.createStatement()) {
            postgres.setAutoCommit(false);
            List<String[]> identities = new ArrayList<>();
            try (ResultSet row = statement.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND is_identity = 'YES'")) {
                while (row.next()) {
                    identities.add(new String[] {row.getString(1), row.getString(2)});
                }
            }
            assertThat(identities).hasSizeGreaterThan(15);
            for (String[] identity : identities) {
                long max = single(postgres, "SELECT COALESCE(MAX(" + identity[1] + "), 0) FROM " + identity[0]);
                long handedOutInH2 = single(h2, "SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS WHERE "
                        + "TABLE_NAME = '" + identity[0].toUpperCase(Locale.ROOT) + "' AND COLUMN_NAME = '"
                        + identity[1].toUpperCase(Locale.ROOT) + "'");
                long next = single(postgres, "SELECT nextval(pg_get_serial_sequence('" + identity[0] + "', '"
                        + identity[1] + "'))");
                assertThat(next).as(identity[0]).isGreaterThan(max).isGreaterThanOrEqualTo(handedOutInH2);
            }
            // And a row added as the application adds one: the database picks an id that is free.
            statement.executeUpdate("INSERT INTO audit_log (occurred_at, actor, action, participant_id, details) "
                    + "VALUES (CURRENT_TIMESTAMP, 'desk@warmpool.example', 'VIEWED_HEALTH_RECORD', "
                    + "(SELECT MIN(id) FROM participant), 'Intake 1')");
            postgres.rollback();
        }
    }

    @Test
    void aDatabaseThatHoldsDataIsRefusedAndLeftAsItWas() throws Exception {
        Map<String, Long> before = counts(copiedDatabase);

        // Through the application's own main, as "java -jar warmpool.jar copy-h2-to-postgres ..." runs it.
        Result again = runJava(Application.class.getName(), CopyH2ToPostgres.COMMAND, "--from=" + clinicFile,
                "--to=" + SharedPostgres.jdbcUrl(copiedDatabase), "--to-user=postgres");

        assertThat(again.exitCode()).as(again.out() + again.err()).isEqualTo(CopyH2ToPostgres.REFUSED);
        assertThat(again.err().strip()).doesNotContain("\n").startsWith("Nothing was copied: ")
                .contains("already holds data in", "app_user (8 rows)", "booking (", "new, empty database");
        assertThat(counts(copiedDatabase)).isEqualTo(before);
    }

    @Test
    void anH2FileInUseIsRefused() throws Exception {
        Path file = folder.resolve("in-use");
        migrateH2(file, null);
        Process holder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                HoldH2File.class.getName(), h2Url(file)).redirectErrorStream(true).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes("holding".length()), StandardCharsets.UTF_8))
                    .isEqualTo("holding");
            String target = SharedPostgres.newDatabase();

            Result refused = run(Map.of(), "--from=" + file, "--to=" + SharedPostgres.jdbcUrl(target),
                    "--to-user=postgres");

            assertThat(refused.exitCode()).isEqualTo(CopyH2ToPostgres.REFUSED);
            assertThat(refused.err().strip()).doesNotContain("\n").contains("is in use", "stop Warmpool first");
            assertThat(tablesIn(target)).isEmpty();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, TimeUnit.SECONDS);
            holder.destroy();
        }
    }

    @Test
    void anH2FileOfAnEarlierVersionIsRefusedAndNotChanged() throws Exception {
        Path file = folder.resolve("earlier");
        migrateH2(file, "17");
        String before = sha256(Path.of(file + ".mv.db"));
        String target = SharedPostgres.newDatabase();

        Result refused = run(Map.of(), "--from=" + file, "--to=" + SharedPostgres.jdbcUrl(target), "--to-user=postgres");

        assertThat(refused.exitCode()).isEqualTo(CopyH2ToPostgres.REFUSED);
        assertThat(refused.err().strip()).doesNotContain("\n").contains("at version 17",
                "start this Warmpool version on it once first");
        assertThat(sha256(Path.of(file + ".mv.db"))).as("the H2 file is untouched").isEqualTo(before);
        assertThat(tablesIn(target)).as("nothing made on PostgreSQL").isEmpty();
    }

    @Test
    void aDatabaseWhereTheApplicationOnlyMadeTheTablesIsFilled() throws SQLException {
        String migrated = SharedPostgres.newDatabase();
        Flyway.configure().dataSource(SharedPostgres.jdbcUrl(migrated), "postgres", "")
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();

        Result filled = run(Map.of(), "--from=" + clinicFile, "--to=" + SharedPostgres.jdbcUrl(migrated),
                "--to-user=postgres");

        assertThat(filled.exitCode()).as(filled.err()).isZero();
        assertThat(filled.out()).contains("(0 migrations run now)");
        try (Connection h2 = h2(clinicFile); Connection postgres = postgres(migrated)) {
            // The class levels the migrations insert make way for the clinic's own.
            assertThat(rows(postgres, "class_level")).isEqualTo(rows(h2, "class_level"));
            assertThat(CopyH2ToPostgres.count(postgres, "app_user")).isEqualTo(CopyH2ToPostgres.count(h2, "app_user"));
        }
    }

    @Test
    void aMissingFileOrAnUnknownArgumentIsSaidPlainly() {
        Result missing = run(Map.of(), "--from=" + folder.resolve("no-such-clinic"));
        assertThat(missing.exitCode()).isEqualTo(CopyH2ToPostgres.REFUSED);
        assertThat(missing.err()).contains("there is no H2 database", "no-such-clinic.mv.db");

        Result typo = run(Map.of(), "--form=./data/warmpool");
        assertThat(typo.exitCode()).isEqualTo(CopyH2ToPostgres.REFUSED);
        assertThat(typo.err()).contains("unknown argument --form", "--from=");
    }

    /** Started in a JVM of its own: holds the H2 file open like a running Warmpool until stdin closes. */
    static final class HoldH2File {
        public static void main(String[] args) throws Exception {
            try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
                System.out.print("holding");
                System.out.flush();
                System.in.read();
            }
        }
    }

    private static Result run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CopyH2ToPostgres.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result runJava(String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ended").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void migrateH2(Path file, String version) throws SQLException {
        var flyway = Flyway.configure().dataSource(h2Url(file), "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2");
        if (version != null) {
            flyway.target(version);
        }
        flyway.load().migrate();
    }

    private static String h2Url(Path file) {
        return "jdbc:h2:file:" + file;
    }

    private static Connection h2(Path file) throws SQLException {
        return DriverManager.getConnection(h2Url(file) + ";ACCESS_MODE_DATA=r", "sa", "");
    }

    private static Connection postgres(String database) throws SQLException {
        return DriverManager.getConnection(SharedPostgres.jdbcUrl(database), "postgres", "");
    }

    private static List<String> tablesIn(String database) throws SQLException {
        try (Connection postgres = postgres(database)) {
            return CopyH2ToPostgres.tables(postgres);
        }
    }

    private static Map<String, Long> counts(String database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection postgres = postgres(database)) {
            for (String table : CopyH2ToPostgres.tables(postgres)) {
                counts.put(table, CopyH2ToPostgres.count(postgres, table));
            }
        }
        return counts;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).isTrue();
            return row.getLong(1);
        }
    }

    /**
     * Every row as column name to value, values in a form both databases give alike (an instant for
     * a time with zone, a plain number), sorted the same way on both sides.
     */
    private static List<Map<String, Object>> rows(Connection connection, String table) throws SQLException {
        boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
        String name = h2 ? CopyH2ToPostgres.sourceName(connection, table) : table;
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT * FROM \"" + name + "\"")) {
            ResultSetMetaData meta = row.getMetaData();
            while (row.next()) {
                Map<String, Object> values = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.put(meta.getColumnName(i).toLowerCase(Locale.ROOT),
                            normalised(row, i, meta.getColumnTypeName(i).toLowerCase(Locale.ROOT)));
                }
                rows.add(values);
            }
        }
        rows.sort((a, b) -> String.valueOf(a.values()).compareTo(String.valueOf(b.values())));
        return rows;
    }

    private static Object normalised(ResultSet row, int column, String type) throws SQLException {
        Object value = switch (type) {
            case "timestamptz", "timestamp with time zone" -> {
                OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
                yield time == null ? null : time.toInstant();
            }
            case "timestamp" -> row.getObject(column, LocalDateTime.class);
            case "date" -> row.getObject(column, LocalDate.class);
            case "time" -> row.getObject(column, LocalTime.class);
            default -> row.getObject(column);
        };
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return value;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
