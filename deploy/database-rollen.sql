-- Re-Fit portal: the database and its two roles (docs/deployment.md, section 3). Safe to repeat.
--
-- Run as the PostgreSQL superuser, once when installing and once when upgrading from the single
-- role of earlier versions:
--   sudo -u postgres psql -v eigenaar=refit_eigenaar -v app=refit -v database=refit \
--       -f /srv/refit/deploy/database-rollen.sql
--
-- eigenaar  owns the database and every table; runs migrate, createcachetable and
--           databaserechten_inrichten (which gives `app` its rights after every migrate).
-- app       the role in DATABASE_URL: the portal's web processes and worker. Owns nothing; on
--           the audit trail it may only INSERT and SELECT.
-- Neither is a superuser or may create roles or databases, and `app` is no member of `eigenaar`:
-- owning a table means being able to switch its triggers off.

\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I LOGIN', rol)
  FROM unnest(ARRAY[:'eigenaar', :'app']) AS rol
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = rol)
\gexec
SELECT format('ALTER ROLE %I NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS', rol)
  FROM unnest(ARRAY[:'eigenaar', :'app']) AS rol
\gexec
SELECT format('REVOKE %I FROM %I', :'eigenaar', :'app')
 WHERE EXISTS (
       SELECT FROM pg_auth_members m
        WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = :'eigenaar')
          AND m.member = (SELECT oid FROM pg_roles WHERE rolname = :'app'))
\gexec

SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING %L LOCALE %L',
              :'database', :'eigenaar', 'UTF8', 'C.UTF-8')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database')
\gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'database', :'eigenaar')
\gexec

\connect :"database"
-- Upgrading: whatever the single role of earlier versions (now `app`) owned passes to the owner.
SELECT format('REASSIGN OWNED BY %I TO %I', :'app', :'eigenaar')
\gexec
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', :'database', :'app')
\gexec
