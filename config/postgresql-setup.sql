-- Once, as a PostgreSQL superuser: psql -v ON_ERROR_STOP=1 -f config/postgresql-setup.sql
-- Two roles: warmpool_owner owns the schema (Flyway migrates as it at start-up), warmpool_app is
-- what the application works as: it reads and writes rows, and can change no table, trigger or grant.
-- Give both a password afterwards: psql -c '\password warmpool_owner' and the same for warmpool_app.
CREATE ROLE warmpool_owner LOGIN;
CREATE ROLE warmpool_app LOGIN;
CREATE DATABASE warmpool OWNER warmpool_owner;
\connect warmpool
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO warmpool_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE warmpool_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO warmpool_app;
ALTER DEFAULT PRIVILEGES FOR ROLE warmpool_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO warmpool_app;
