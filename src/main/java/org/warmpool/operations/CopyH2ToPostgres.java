package org.warmpool.operations;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.warmpool.base.EarlierMigrationEdits;

/**
 * Moves a clinic from its embedded H2 file to PostgreSQL: {@code java -jar warmpool.jar
 * copy-h2-to-postgres --from=./data/warmpool} (docs/operations.md, "Moving from the H2 file").
 *
 * <p>Plain JDBC and Flyway, without the Spring application: its start-up work (the initial
 * administrator, the demo clinic) would write rows into the database being filled. The H2 file is
 * opened read-only and must be at this release's migration version; Flyway creates the schema on
 * PostgreSQL as the application would; then every table is copied in foreign-key order, the
 * identity sequences are moved past the copied ids, and the row counts are compared, all in one
 * transaction on PostgreSQL, so that a failure leaves no rows behind.
 */
public final class CopyH2ToPostgres {

    /** The first argument that makes {@code Application.main} run this instead of the application. */
    public static final String COMMAND = "copy-h2-to-postgres";

    static final int COPIED = 0;
    static final int FAILED = 1;
    static final int REFUSED = 2;

    static final String DEFAULT_FROM = "./data/warmpool";
    static final String DEFAULT_TO = "jdbc:postgresql://localhost:5432/warmpool";

    private static final List<String> H2_LOCATIONS = List.of("classpath:db/migration", "classpath:db/vendor/h2");
    private static final List<String> POSTGRES_LOCATIONS =
            List.of("classpath:db/migration", "classpath:db/vendor/postgresql");
    private static final String HISTORY = "flyway_schema_history";
    /** Spring Integration's lock rows: one per timed job running at this moment (V18__job_lock.sql). */
    private static final String JOB_LOCKS = "int_lock";
    private static final int BATCH = 500;

    private final Settings settings;
    private final PrintStream out;

    private CopyH2ToPostgres(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** The command line: exits 0 when copied, 2 when refused (one line says why), 1 on a failure. */
    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /**
     * Runs the copy with these arguments and environment; returns the exit code. A refusal is one
     * line on {@code err}; an unexpected failure is a line and its stack trace.
     */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        try {
            new CopyH2ToPostgres(Settings.of(args, environment), out).copy();
            return COPIED;
        } catch (Refusal refusal) {
            err.println("Nothing was copied: " + refusal.getMessage());
            return REFUSED;
        } catch (SQLException | RuntimeException failure) {
            err.println("The copy failed and was undone on PostgreSQL (no rows were kept): " + failure.getMessage());
            failure.printStackTrace(err);
            return FAILED;
        }
    }

    /** Where from and where to: arguments first, then the environment of the postgres profile. */
    record Settings(Path from, String fromUser, String fromPassword, String toUrl, String toUser,
            String toPassword) {

        static Settings of(String[] args, Map<String, String> environment) throws Refusal {
            Map<String, String> given = new LinkedHashMap<>();
            for (String arg : args) {
                // spring-boot:run puts the dev profile's --spring.profiles.active=dev before the command.
                if (arg.equals(COMMAND) || arg.startsWith("--spring.profiles.active=")) {
                    continue;
                }
                int equals = arg.indexOf('=');
                String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
                if (!Set.of("from", "from-user", "from-password", "to", "to-user", "to-password").contains(name)) {
                    throw new Refusal("unknown argument " + arg.split("=", 2)[0] + "; the arguments are --from=, "
                            + "--from-user=, --from-password=, --to=, --to-user= and --to-password= "
                            + "(docs/operations.md, \"Moving from the H2 file\")");
                }
                given.put(name, arg.substring(equals + 1));
            }
            String from = given.getOrDefault("from", DEFAULT_FROM);
            if (from.endsWith(".mv.db")) {
                from = from.substring(0, from.length() - ".mv.db".length());
            }
            return new Settings(Path.of(from).toAbsolutePath().normalize(),
                    given.getOrDefault("from-user", "sa"), given.getOrDefault("from-password", ""),
                    given.getOrDefault("to", environment.getOrDefault("WARMPOOL_DB_URL", DEFAULT_TO)),
                    given.getOrDefault("to-user", environment.getOrDefault("WARMPOOL_DB_OWNER", "warmpool_owner")),
                    given.getOrDefault("to-password", environment.getOrDefault("WARMPOOL_DB_OWNER_PASSWORD", "")));
        }

        /** Read-only: the copy never changes the H2 file. */
        String fromUrl() {
            return "jdbc:h2:file:" + from + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        }
    }

    /** An expected reason not to copy: said in one line, no stack trace, exit code 2. */
    static final class Refusal extends Exception {
        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A table to copy: its columns (PostgreSQL's names and types) and primary key. */
    private record Table(String name, List<String> columns, List<Integer> targetTypes, List<String> primaryKey,
            boolean identity, String sourceName, Map<String, String> sourceColumns) {
    }

    private void copy() throws Refusal, SQLException {
        out.println("Copying the H2 database " + settings.from() + " to " + settings.toUrl() + " as "
                + settings.toUser());
        try (Connection source = openSource()) {
            String version = checkSourceVersion();
            Map<String, Long> seeded = rowsTheMigrationsInsert();
            try (Connection target = openTarget()) {
                refuseIfHoldingData(target, seeded);
                migrate();
                List<Table> tables = plan(source, target);
                Map<String, Long> copied = copyInOneTransaction(source, target, tables, seeded);
                report(version, copied);
            }
        }
    }

    private Connection openSource() throws Refusal, SQLException {
        try {
            return DriverManager.getConnection(settings.fromUrl(), settings.fromUser(), settings.fromPassword());
        } catch (SQLException e) {
            switch (e.getErrorCode()) {
                case 90020 -> throw new Refusal("the H2 database " + settings.from()
                        + " is in use by a running Warmpool (or the H2 console): stop Warmpool first, then copy");
                case 90146 -> throw new Refusal("there is no H2 database " + settings.from() + ".mv.db; give its "
                        + "path without .mv.db with --from= (the clinic's is " + DEFAULT_FROM + ")");
                case 28000 -> throw new Refusal("the H2 database refused user " + settings.fromUser()
                        + " with that password; give them with --from-user= and --from-password=");
                default -> throw e;
            }
        }
    }

    /** The H2 file's schema must be this release's: same migrations applied, none pending, none newer. */
    private String checkSourceVersion() throws Refusal {
        Flyway flyway = Flyway.configure()
                .dataSource(settings.fromUrl(), settings.fromUser(), settings.fromPassword())
                .locations(H2_LOCATIONS.toArray(String[]::new)).load();
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        if (current == null) {
            throw new Refusal("the H2 database " + settings.from() + " has no Warmpool tables (no migrations ran on it)");
        }
        if (Arrays.stream(info.all()).anyMatch(migration -> migration.getState().name().startsWith("FUTURE"))) {
            throw new Refusal("the H2 database is at version " + current.getVersion() + ", newer than this Warmpool; "
                    + "copy it with the Warmpool version that last ran on it");
        }
        ValidateResult valid = flyway.validateWithResult();
        if (info.pending().length > 0 || !valid.validationSuccessful) {
            throw new Refusal("the H2 database is at version " + current.getVersion() + ", not at this Warmpool's "
                    + "version: start this Warmpool version on it once first (it brings the file up to date), "
                    + "stop it, then copy");
        }
        return current.getVersion().toString();
    }

    /**
     * The rows the migrations themselves insert (the class levels, the programme settings), found by
     * migrating an empty in-memory database: a new PostgreSQL database has them after Flyway, so
     * they do not count as a clinic's data there, and the H2 file's rows take their place.
     */
    private static Map<String, Long> rowsTheMigrationsInsert() throws SQLException {
        String url = "jdbc:h2:mem:warmpool-migrations-" + UUID.randomUUID();
        // The open connection keeps the in-memory database alive while Flyway uses its own.
        try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure().dataSource(url, "sa", "").locations(H2_LOCATIONS.toArray(String[]::new))
                    .load().migrate();
            Map<String, Long> rows = new TreeMap<>();
            for (String table : tables(keepAlive)) {
                long count = count(keepAlive, table);
                if (count > 0 && !table.equals(HISTORY)) {
                    rows.put(table, count);
                }
            }
            return rows;
        }
    }

    private Connection openTarget() throws Refusal {
        try {
            return DriverManager.getConnection(settings.toUrl(), settings.toUser(), settings.toPassword());
        } catch (SQLException e) {
            throw new Refusal("could not connect to " + settings.toUrl() + " as " + settings.toUser() + ": "
                    + firstLine(e.getMessage()) + " (set WARMPOOL_DB_URL, WARMPOOL_DB_OWNER and "
                    + "WARMPOOL_DB_OWNER_PASSWORD, or --to=, --to-user=, --to-password=)");
        }
    }

    /** A clinic's rows on PostgreSQL are never overwritten: every table but the migrations' own must be empty. */
    private static void refuseIfHoldingData(Connection target, Map<String, Long> seeded) throws Refusal, SQLException {
        List<String> holding = new ArrayList<>();
        for (String table : tables(target)) {
            if (table.equals(HISTORY) || table.equals(JOB_LOCKS) || seeded.containsKey(table)) {
                continue;
            }
            long count = count(target, table);
            if (count > 0) {
                holding.add(table + " (" + count + (count == 1 ? " row)" : " rows)"));
            }
        }
        if (!holding.isEmpty()) {
            throw new Refusal("the PostgreSQL database already holds data in " + String.join(", ", holding)
                    + "; copy into a new, empty database (config/postgresql-setup.sql)");
        }
    }

    /** The schema as the application would make it at its first start on PostgreSQL (as the owner role). */
    private void migrate() throws Refusal {
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(settings.toUrl(), settings.toUser(), settings.toPassword())
                    .locations(POSTGRES_LOCATIONS.toArray(String[]::new))
                    .callbacks(new EarlierMigrationEdits())
                    .load().migrate();
            out.println("Schema on PostgreSQL at version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migrations run now)");
        } catch (FlywayException e) {
            throw new Refusal("Flyway could not bring the PostgreSQL database to this Warmpool's schema: "
                    + firstLine(e.getMessage()));
        }
    }

    /**
     * Columns PostgreSQL's triggers fill as the rows they count arrive (the classes' report figures,
     * migration V30, and the number waiting, V31): copied as well, they would be counted twice.
     */
    private static final Map<String, Set<String>> KEPT_BY_TRIGGERS = Map.of("class_session",
            Set.of("attended_count", "no_show_count", "late_cancelled_count", "waitlisted_count",
                    "waiting_count"));

    /** The tables to copy, parents before the tables that refer to them. */
    private static List<Table> plan(Connection source, Connection target) throws Refusal, SQLException {
        Set<String> sourceTables = new TreeSet<>(tables(source));
        Set<String> targetTables = new TreeSet<>(tables(target));
        if (!sourceTables.equals(targetTables)) {
            throw new Refusal("the tables differ between H2 " + sourceTables + " and PostgreSQL " + targetTables);
        }
        refusePlainSequences(target);
        Set<String> identityTables = identityColumns(target).keySet();
        Map<String, Table> byName = new TreeMap<>();
        for (String name : targetTables) {
            if (name.equals(HISTORY) || name.equals(JOB_LOCKS)) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            List<Integer> types = new ArrayList<>();
            try (Statement statement = target.createStatement();
                    ResultSet none = statement.executeQuery("SELECT * FROM " + quote(name) + " WHERE 1 = 0")) {
                ResultSetMetaData meta = none.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                    types.add(meta.getColumnType(i));
                }
            }
            String sourceName = sourceName(source, name);
            Map<String, String> sourceColumns = sourceColumns(source, sourceName, name, columns);
            Set<String> kept = KEPT_BY_TRIGGERS.getOrDefault(name, Set.of());
            for (int i = columns.size() - 1; i >= 0; i--) {
                if (kept.contains(columns.get(i))) {
                    columns.remove(i);
                    types.remove(i);
                }
            }
            byName.put(name, new Table(name, columns, types, primaryKey(target, name), identityTables.contains(name),
                    sourceName, sourceColumns));
        }
        return inForeignKeyOrder(target, byName);
    }

    /**
     * The H2 names of a table's columns (H2 keeps unquoted names in upper case), by PostgreSQL's name:
     * the same columns on both sides, and only types this copy reads faithfully.
     */
    private static Map<String, String> sourceColumns(Connection source, String sourceName, String table,
            List<String> targetColumns) throws Refusal, SQLException {
        Map<String, String> sourceColumns = new TreeMap<>();
        try (Statement statement = source.createStatement();
                ResultSet none = statement.executeQuery("SELECT * FROM " + quote(sourceName) + " WHERE 1 = 0")) {
            ResultSetMetaData meta = none.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                sourceColumns.put(column, meta.getColumnName(i));
                if (!SUPPORTED_TYPES.contains(meta.getColumnType(i))) {
                    throw new Refusal("column " + table + "." + column + " has type " + meta.getColumnTypeName(i)
                            + ", which this copy does not carry over yet");
                }
            }
        }
        if (!sourceColumns.keySet().equals(new TreeSet<>(targetColumns))) {
            throw new Refusal("the columns of " + table + " differ between H2 " + sourceColumns.keySet()
                    + " and PostgreSQL " + targetColumns);
        }
        return sourceColumns;
    }

    private static final Set<Integer> SUPPORTED_TYPES = Set.of(Types.BIGINT, Types.INTEGER, Types.SMALLINT,
            Types.TINYINT, Types.BOOLEAN, Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCLOB,
            Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.REAL, Types.FLOAT, Types.DATE, Types.TIME,
            Types.TIME_WITH_TIMEZONE, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.BLOB, Types.BINARY,
            Types.VARBINARY, Types.LONGVARBINARY);

    /** No migration defines a sequence of its own today; one that does needs its value carried over here. */
    private static void refusePlainSequences(Connection target) throws Refusal, SQLException {
        List<String> plain = strings(target, """
                SELECT c.relname FROM pg_class c
                WHERE c.relkind = 'S' AND c.relnamespace = current_schema()::regnamespace
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                  AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
                ORDER BY 1""");
        if (!plain.isEmpty()) {
            throw new Refusal("the migrations define sequences " + plain + " that this copy does not carry over yet");
        }
    }

    /** Topological order from the foreign keys (Kahn's algorithm, alphabetical among equals). */
    private static List<Table> inForeignKeyOrder(Connection target, Map<String, Table> tables)
            throws Refusal, SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        for (String table : tables.keySet()) {
            Set<String> referenced = new TreeSet<>();
            try (ResultSet keys = target.getMetaData().getImportedKeys(null, target.getSchema(), table)) {
                while (keys.next()) {
                    referenced.add(keys.getString("PKTABLE_NAME"));
                }
            }
            if (referenced.contains(table)) {
                // Rows would have to be ordered parent first inside the table; no table refers to itself today.
                throw new Refusal("table " + table + " refers to itself, which this copy does not handle yet");
            }
            referenced.retainAll(tables.keySet());
            parents.put(table, referenced);
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        while (ordered.size() < tables.size()) {
            String next = parents.entrySet().stream()
                    .filter(entry -> !done.contains(entry.getKey()) && done.containsAll(entry.getValue()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new Refusal("the foreign keys between "
                            + parents.keySet().stream().filter(t -> !done.contains(t)).toList()
                            + " form a cycle, which this copy does not handle yet"));
            done.add(next);
            ordered.add(tables.get(next));
        }
        return ordered;
    }

    /**
     * Everything that writes rows, in one transaction: the migrations' own rows make way, every table
     * is copied, the counts are compared, the identity sequences moved on. A failure rolls it all back.
     */
    private Map<String, Long> copyInOneTransaction(Connection source, Connection target, List<Table> tables,
            Map<String, Long> seeded) throws Refusal, SQLException {
        target.setAutoCommit(false);
        try {
            refuseIfHoldingData(target, seeded); // again, now that Flyway may have made tables
            for (int i = tables.size() - 1; i >= 0; i--) {
                if (seeded.containsKey(tables.get(i).name())) {
                    try (Statement delete = target.createStatement()) {
                        delete.executeUpdate("DELETE FROM " + quote(tables.get(i).name()));
                    }
                }
            }
            Map<String, Long> copied = new LinkedHashMap<>();
            for (Table table : tables) {
                copied.put(table.name(), copyRows(source, target, table));
            }
            for (Table table : tables) {
                long inSource = count(source, table.name());
                long inTarget = count(target, table.name());
                if (inSource != inTarget || inTarget != copied.get(table.name())) {
                    throw new IllegalStateException(table.name() + " has " + inSource + " rows in H2 but " + inTarget
                            + " on PostgreSQL");
                }
            }
            moveSequencesOn(source, target);
            target.commit();
            return copied;
        } catch (Refusal | SQLException | RuntimeException e) {
            target.rollback();
            throw e;
        }
    }

    private static long copyRows(Connection source, Connection target, Table table) throws SQLException {
        String columns = table.columns().stream().map(CopyH2ToPostgres::quote).collect(Collectors.joining(", "));
        String select = "SELECT " + table.columns().stream().map(c -> quote(table.sourceColumns().get(c)))
                .collect(Collectors.joining(", ")) + " FROM " + quote(table.sourceName())
                + (table.primaryKey().isEmpty() ? "" : " ORDER BY " + table.primaryKey().stream()
                        .map(c -> quote(table.sourceColumns().get(c))).collect(Collectors.joining(", ")));
        // OVERRIDING SYSTEM VALUE: the ids are the H2 file's, which the other tables refer to.
        String insert = "INSERT INTO " + quote(table.name()) + " (" + columns + ")"
                + (table.identity() ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES ("
                + table.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        long rows = 0;
        try (Statement read = source.createStatement();
                ResultSet row = read.executeQuery(select);
                PreparedStatement write = target.prepareStatement(insert)) {
            ResultSetMetaData meta = row.getMetaData();
            int width = meta.getColumnCount();
            while (row.next()) {
                for (int i = 1; i <= width; i++) {
                    Object value = read(row, i, meta.getColumnType(i));
                    if (value == null) {
                        write.setNull(i, table.targetTypes().get(i - 1));
                    } else {
                        write.setObject(i, value);
                    }
                }
                write.addBatch();
                if (++rows % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return rows;
    }

    /** A value as the Java type that carries it without loss (never through the JVM's time zone). */
    static Object read(ResultSet row, int column, int type) throws SQLException {
        return switch (type) {
            case Types.TIMESTAMP -> row.getObject(column, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> row.getObject(column, OffsetDateTime.class);
            case Types.DATE -> row.getObject(column, LocalDate.class);
            case Types.TIME -> row.getObject(column, LocalTime.class);
            case Types.TIME_WITH_TIMEZONE -> row.getObject(column, OffsetTime.class);
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR -> row.getString(column);
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> row.getBytes(column);
            default -> row.getObject(column);
        };
    }

    /**
     * Each identity column's next value on PostgreSQL: the H2 file's next value, and past every copied
     * id in any case, so that no id the clinic has seen is handed out again.
     */
    private static void moveSequencesOn(Connection source, Connection target) throws SQLException {
        for (Map.Entry<String, List<String>> table : identityColumns(target).entrySet()) {
            for (String column : table.getValue()) {
                long next = 1;
                try (PreparedStatement base = source.prepareStatement("SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS "
                        + "WHERE TABLE_SCHEMA = SCHEMA() AND LOWER(TABLE_NAME) = ? AND LOWER(COLUMN_NAME) = ?")) {
                    base.setString(1, table.getKey());
                    base.setString(2, column);
                    try (ResultSet value = base.executeQuery()) {
                        if (value.next() && value.getObject(1) != null) {
                            next = value.getLong(1);
                        }
                    }
                }
                try (Statement max = target.createStatement();
                        ResultSet value = max.executeQuery("SELECT MAX(" + quote(column) + ") FROM "
                                + quote(table.getKey()))) {
                    value.next();
                    next = Math.max(next, value.getLong(1) + 1);
                }
                try (PreparedStatement set = target.prepareStatement(
                        "SELECT setval(pg_get_serial_sequence(?, ?), ?, false)")) {
                    set.setString(1, quote(table.getKey()));
                    set.setString(2, column);
                    set.setLong(3, next);
                    set.executeQuery().close();
                }
            }
        }
    }

    private void report(String version, Map<String, Long> copied) {
        int width = copied.keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
        for (Map.Entry<String, Long> table : copied.entrySet()) {
            out.printf("  %-" + width + "s%8d %s%n", table.getKey(), table.getValue(),
                    table.getValue() == 1 ? "row" : "rows");
        }
        out.printf("  %-" + width + "s%8s %s%n", JOB_LOCKS, "-",
                "not copied: locks of timed jobs running at the moment; none once Warmpool is stopped");
        long total = copied.values().stream().mapToLong(Long::longValue).sum();
        out.println("Copied " + total + " rows in " + copied.size() + " tables (schema version " + version
                + "); each table has as many rows on PostgreSQL as in the H2 file.");
        out.println("Next: start Warmpool with --spring.profiles.active=postgres (docs/operations.md).");
    }

    /** Identity (and serial) columns on PostgreSQL, by table. */
    private static Map<String, List<String>> identityColumns(Connection target) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Statement statement = target.createStatement();
                ResultSet row = statement.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                        + "WHERE table_schema = current_schema() "
                        + "AND (is_identity = 'YES' OR column_default LIKE 'nextval(%') ORDER BY 1, 2")) {
            while (row.next()) {
                columns.computeIfAbsent(row.getString(1), t -> new ArrayList<>()).add(row.getString(2));
            }
        }
        return columns;
    }

    private static List<String> primaryKey(Connection target, String table) throws SQLException {
        Map<Short, String> columns = new TreeMap<>();
        try (ResultSet keys = target.getMetaData().getPrimaryKeys(null, target.getSchema(), table)) {
            while (keys.next()) {
                columns.put(keys.getShort("KEY_SEQ"), keys.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(columns.values());
    }

    /** The base tables of the connection's schema, in lower case (H2 keeps unquoted names in upper case). */
    static List<String> tables(Connection connection) throws SQLException {
        return strings(connection, "SELECT LOWER(table_name) FROM information_schema.tables "
                + "WHERE table_schema = " + (isH2(connection) ? "SCHEMA()" : "current_schema()")
                + " AND table_type = 'BASE TABLE' ORDER BY 1");
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("H2");
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                values.add(row.getString(1));
            }
        }
        return values;
    }

    static long count(Connection connection, String table) throws SQLException {
        String name = isH2(connection) ? sourceName(connection, table) : table;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + quote(name))) {
            row.next();
            return row.getLong(1);
        }
    }

    /** A table's name in H2, where unquoted names are kept in upper case and Flyway's in lower case. */
    static String sourceName(Connection h2, String table) throws SQLException {
        try (PreparedStatement query = h2.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = SCHEMA() AND LOWER(TABLE_NAME) = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : table;
            }
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    /** Without Spring Boot's logging set-up, Logback would print every library's debug lines. */
    private static void quietLibraryLogging() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
