package org.warmpool.participant;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Audit log entries at chosen times, written as raw SQL (an INSERT is all the log allows). */
@Component
public class AuditLogTestData {

    private final JdbcTemplate jdbc;

    AuditLogTestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Instant at, String actor, AuditAction action, long participantId, String reference) {
        jdbc.update("INSERT INTO audit_log (occurred_at, actor, action, participant_id, details) VALUES (?, ?, ?, ?, ?)",
                Timestamp.from(at), actor, action.name(), participantId, reference);
    }
}
