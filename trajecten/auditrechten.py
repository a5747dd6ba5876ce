"""The database roles on PostgreSQL: an owner that runs migrations, an application role that uses the data.

The application's role may do everything with the data of every table, except with the audit
trail: there it may only INSERT and SELECT. It owns nothing, so it cannot switch triggers off or
drop them, and it is no superuser, so it cannot skip them with `session_replication_role`. What
the owner (or a superuser) does anyway is found by the hash chain (`trajecten.auditketen`).

`rechten_inrichten` is run by `manage.py databaserechten_inrichten` as the owner after every
migrate (docs/deployment.md); `te_ruime_rechten` is what the readiness probe and `check --deploy
--database default` ask of the connection the portal actually uses.
"""

import re

from trajecten.models import AuditRegel

ROLNAAM = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
TRIGGERS = ("trajecten_auditregel_alleen_toevoegen", "trajecten_auditregel_niet_legen")
# What no one but the owner may hold on the audit table.
VERBODEN_RECHTEN = ("UPDATE", "DELETE", "TRUNCATE", "TRIGGER")


def _tabel() -> str:
    return AuditRegel._meta.db_table


def rechten_inrichten(cursor, *, app_rol: str) -> None:
    """Give `app_rol` the application's rights on every table and sequence, now and later. Idempotent.

    Run as the role that owns the tables (the one that runs migrations): default privileges are
    set for the tables it creates from now on.
    """
    if not ROLNAAM.match(app_rol):
        raise ValueError(app_rol)
    rol = f'"{app_rol}"'
    tabel = _tabel()
    for sql in (
        f"GRANT USAGE ON SCHEMA public TO {rol}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {rol}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {rol}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {rol}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {rol}",
        # The audit trail: add and read only.
        f"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON {tabel} FROM {rol}, PUBLIC",
        # Which migrations ran is the owner's business.
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON django_migrations FROM {rol}, PUBLIC",
    ):
        cursor.execute(sql)


def te_ruime_rechten(cursor) -> list[str]:
    """Why the connected role could change or remove audit rows unseen by the database; empty when it cannot.

    Membership counts: a role that may SET ROLE to the owner or to a superuser has their powers.
    """
    tabel = _tabel()
    cursor.execute(
        """
        SELECT
            EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolsuper AND pg_has_role(current_user, r.oid, 'MEMBER')),
            has_parameter_privilege(current_user, 'session_replication_role', 'SET'),
            to_regclass(%s) IS NOT NULL
        """,
        [tabel],
    )
    superuser, replica, tabel_bestaat = cursor.fetchone()
    redenen = ["superuser"] if superuser else []
    if replica:
        redenen.append("session_replication_role")
    if not tabel_bestaat:
        return [*redenen, "de audittabel ontbreekt"]
    cursor.execute(
        "SELECT pg_has_role(current_user, relowner, 'MEMBER') FROM pg_class WHERE oid = %s::regclass", [tabel]
    )
    if cursor.fetchone()[0]:
        redenen.append("eigenaar van de tabel")
    for recht in VERBODEN_RECHTEN:
        cursor.execute("SELECT has_table_privilege(current_user, %s, %s)", [tabel, recht])
        if cursor.fetchone()[0]:
            redenen.append(recht)
    cursor.execute(
        "SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = %s::regclass AND NOT tgisinternal", [tabel]
    )
    aan = {naam: stand for naam, stand in cursor.fetchall()}
    for trigger in TRIGGERS:
        if trigger not in aan:
            redenen.append(f"trigger {trigger} ontbreekt")
        elif aan[trigger] not in ("O", "A"):  # 'D': off; 'R': fires in replica mode only
            redenen.append(f"trigger {trigger} staat uit")
    return redenen
