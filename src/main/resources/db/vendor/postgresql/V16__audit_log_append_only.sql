-- The audit log of access to health data is append-only in the database itself: an UPDATE, a
-- DELETE or a TRUNCATE of audit_log is refused by these triggers, whoever sends it (the
-- application, psql, a script). docs/architecture.md, "Audit log".
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit log is append-only: % on audit_log is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- The administrator's audit page filters by staff member, newest first.
CREATE INDEX audit_log_actor ON audit_log (actor, occurred_at);
