package org.warmpool.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings databases that ran an earlier text of an edited migration up to the current text, before
 * Flyway validates checksums.
 *
 * <p>Two migrations were edited after they had run (V9 gained the MOVED notification kind, V10 the
 * {@code replaced_at} column). A database created before those edits would refuse to start on a
 * checksum mismatch; a database created after them must keep working too, so the files stay as they
 * are now and the older databases catch up here: the missing change is applied and the recorded
 * checksum updated, in one transaction. Migrations never change again (MigrationChecksumsTest).
 */
@Component
public class EarlierMigrationEdits implements Callback {

    private static final Logger log = LoggerFactory.getLogger(EarlierMigrationEdits.class);

    /** An edit to an applied migration: the checksum it had, the one it has, the change it made. */
    record Edit(String version, int earlierChecksum, int currentChecksum, List<String> catchUp) {
    }

    static final List<Edit> EDITS = List.of(
            new Edit("9", 214189342, 1153518757, List.of(
                    "ALTER TABLE notification DROP CONSTRAINT notification_kind_known",
                    "ALTER TABLE notification ADD CONSTRAINT notification_kind_known CHECK (kind IN "
                            + "('CONFIRMED', 'WAITLISTED', 'PROMOTED', 'CANCELLED_BY_CLINIC', 'REMINDER', 'MOVED'))")),
            new Edit("10", -84315421, 1996302409, List.of(
                    "ALTER TABLE account_invitation ADD COLUMN replaced_at TIMESTAMP WITH TIME ZONE")));

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String historyTable = context.getConfiguration().getTable();
        try {
            Connection connection = context.getConnection();
            if (!historyExists(connection, historyTable)) {
                return;
            }
            for (Edit edit : EDITS) {
                Integer recorded = recordedChecksum(connection, historyTable, edit.version());
                if (recorded != null && recorded == edit.earlierChecksum()) {
                    catchUp(connection, historyTable, edit);
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not bring the database up to the current migrations: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "earlier-migration-edits";
    }

    private static boolean historyExists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }

    private static Integer recordedChecksum(Connection connection, String table, String version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT \"checksum\" FROM \"" + table + "\" WHERE \"version\" = ? AND \"success\" = TRUE")) {
            query.setString(1, version);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? (Integer) row.getObject(1) : null;
            }
        }
    }

    private static void catchUp(Connection connection, String table, Edit edit) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement ddl = connection.createStatement();
             PreparedStatement record = connection.prepareStatement(
                     "UPDATE \"" + table + "\" SET \"checksum\" = ? WHERE \"version\" = ?")) {
            for (String statement : edit.catchUp()) {
                ddl.execute(statement);
            }
            record.setInt(1, edit.currentChecksum());
            record.setString(2, edit.version());
            record.executeUpdate();
            connection.commit();
            log.info("Database brought up to the current text of migration V{}", edit.version());
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
