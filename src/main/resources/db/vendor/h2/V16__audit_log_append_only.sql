-- The audit log of access to health data is append-only in the database itself: an UPDATE or a
-- DELETE of an audit_log row is refused by this trigger, whoever sends it (the application, the H2
-- console, a script). The Java class is in the application (docs/architecture.md, "Audit log").
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log FOR EACH ROW
    CALL 'org.warmpool.participant.AuditLogAppendOnly';

-- The administrator's audit page filters by staff member, newest first.
CREATE INDEX audit_log_actor ON audit_log (actor, occurred_at);
