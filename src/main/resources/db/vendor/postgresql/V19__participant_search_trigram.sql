-- The front desk's participant search matches anywhere in the name, e-mail or phone
-- (ParticipantRepository.search: lower(full_name) LIKE '%term%' OR email LIKE ... OR phone LIKE ...).
-- A B-tree index cannot serve a pattern that starts with '%'; a trigram index can. One index per
-- expression the query uses, so PostgreSQL combines the three (BitmapOr) instead of reading the
-- whole table. docs/architecture.md, "Data".
--
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension since PostgreSQL 13: the
-- database's owner (warmpool_owner in config/postgresql-setup.sql, as whom Flyway runs) may create
-- it without being a superuser. IF NOT EXISTS: a database administrator may have created it already.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX participant_name_trgm ON participant USING gin (lower(full_name) gin_trgm_ops);
CREATE INDEX participant_email_trgm ON participant USING gin (email gin_trgm_ops);
CREATE INDEX participant_phone_trgm ON participant USING gin (phone gin_trgm_ops);
