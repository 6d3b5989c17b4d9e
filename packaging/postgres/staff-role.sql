-- Inquiry Desk on a shared PostgreSQL database: the role the staff PCs connect as.
--
-- Run as the database's owner (the role the first PC and the administrators' PCs use,
-- which creates and migrates the schema), after the first start and after each upgrade:
--   psql "postgresql://owner@server/inquiry" -f staff-role.sql
--   psql "postgresql://owner@server/inquiry" -c "ALTER ROLE inquiry_desk_staff PASSWORD '…'"
-- Staff PCs then connect with  --db postgresql+psycopg://inquiry_desk_staff:…@server/inquiry
--
-- What it gives: everything the casework needs, but no direct path to who may do what.
--  * users: read, and only the sign-in counters may change. No INSERT, DELETE, or UPDATE of
--    role, username, active, password or seal: accounts are managed from an administrator's
--    PC, and a staff PC cannot make anyone an administrator even with the master key in
--    its keyring (which it has, to open cases).
--  * audit_log: read and append only. No UPDATE, DELETE or TRUNCATE, with or without the
--    triggers, so no staff PC can rewrite or cut off the log.
--  * the schema: no DDL (the owner migrates).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'inquiry_desk_staff') THEN
        CREATE ROLE inquiry_desk_staff LOGIN;
    END IF;
END
$$;

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO inquiry_desk_staff;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO inquiry_desk_staff;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO inquiry_desk_staff;

REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON users FROM inquiry_desk_staff;
GRANT UPDATE (failed_attempts, locked_until) ON users TO inquiry_desk_staff;

REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM inquiry_desk_staff;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM inquiry_desk_staff;
