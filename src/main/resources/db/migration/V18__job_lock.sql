-- One row per timed job that is running on some app node (reminders, e-mail retries, the purge of
-- old request attempts): Spring Integration's JdbcLockRegistry inserts it to take the job's lock and
-- deletes it when the run ends. A row older than the lock's time-to-live belongs to a node that died
-- mid-run, and the next node to try takes it over. The table as spring-integration-jdbc ships it
-- (schema-h2.sql and schema-postgresql.sql are the same); the application role gets
-- SELECT/INSERT/UPDATE/DELETE on it like on every other table.
CREATE TABLE INT_LOCK (
    LOCK_KEY CHAR(36) NOT NULL,
    REGION VARCHAR(100) NOT NULL,
    CLIENT_ID CHAR(36),
    CREATED_DATE TIMESTAMP NOT NULL,
    CONSTRAINT INT_LOCK_PK PRIMARY KEY (LOCK_KEY, REGION)
);
