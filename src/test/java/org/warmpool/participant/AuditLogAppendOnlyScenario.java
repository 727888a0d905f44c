package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log is append-only in the database itself: raw SQL, bypassing the application, may add
 * a row but neither change nor delete one. Run on H2 and PostgreSQL.
 */
abstract class AuditLogAppendOnlyScenario {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRowCanBeAddedButNeitherChangedNorDeleted() {
        long id = insert("nosy@example.org");

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET actor = 'someone-else@example.org' WHERE id = ?",
                id)).isInstanceOf(DataAccessException.class).satisfies(refused("UPDATE"));
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).satisfies(refused("DELETE"));
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log"))
                .isInstanceOf(DataAccessException.class).satisfies(refused("DELETE"));

        Map<String, Object> row = jdbc.queryForMap("SELECT actor, action, details FROM audit_log WHERE id = ?", id);
        assertThat(row).containsEntry("actor", "nosy@example.org").containsEntry("action", "VIEWED_HEALTH_RECORD")
                .containsEntry("details", "Intake 42");
    }

    long insert(String actor) {
        jdbc.update("INSERT INTO audit_log (occurred_at, actor, action, participant_id, details) VALUES (?, ?, ?, ?, ?)",
                Timestamp.from(Instant.parse("2026-03-02T10:00:00Z")), actor, "VIEWED_HEALTH_RECORD", 999_001L,
                "Intake 42");
        return jdbc.queryForObject("SELECT MAX(id) FROM audit_log WHERE actor = ?", Long.class, actor);
    }

    /** The database's own words, as the person at the SQL prompt reads them. */
    static ThrowingConsumer<Throwable> refused(String operation) {
        return e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                .contains(AuditLogAppendOnly.REFUSED + ": " + operation + " on audit_log is refused");
    }

    long rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Long.class);
    }
}
