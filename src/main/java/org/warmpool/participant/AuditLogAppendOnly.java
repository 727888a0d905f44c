package org.warmpool.participant;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger that keeps the audit log append-only in the database itself: every UPDATE and
 * DELETE of an {@code audit_log} row is refused, from the application or from anyone with the H2
 * console. Installed by {@code db/vendor/h2/V16__audit_log_append_only.sql}; PostgreSQL has a
 * plpgsql trigger of its own. H2 loads this class by name, so it stays public with a public
 * constructor, and its name never changes (the database file records it).
 */
public final class AuditLogAppendOnly implements Trigger {

    /** The words the database answers with; tests look for them. */
    public static final String REFUSED = "The audit log is append-only";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        // Nothing to prepare: every row it is called for is refused.
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String what = newRow == null ? "DELETE" : "UPDATE";
        // SQLState 42501: insufficient privilege, as on PostgreSQL.
        throw new SQLException(REFUSED + ": " + what + " on audit_log is refused", "42501");
    }
}
