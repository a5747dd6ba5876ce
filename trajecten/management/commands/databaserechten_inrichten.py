"""Give the application's database role its rights; run as the owner after every migrate.

See `trajecten.auditrechten` and docs/deployment.md ('Database roles'). Safe to repeat.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from trajecten.auditrechten import ROLNAAM, rechten_inrichten


class Command(BaseCommand):
    help = (
        "Geeft de databaserol van de applicatie haar rechten: alles op de gegevens, behalve het auditspoor "
        "(alleen toevoegen en lezen). Draai als de eigenaar, na elke migrate."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--app-rol", required=True, help="De rol waarmee het portaal verbindt (DATABASE_URL)."
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *, app_rol, database, **options):
        connection = connections[database]
        if connection.vendor != "postgresql":
            raise CommandError("Databaserollen bestaan alleen op PostgreSQL.")
        if not ROLNAAM.match(app_rol):
            raise CommandError("Een rolnaam bestaat uit kleine letters, cijfers en _.")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_user, EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s)", [app_rol]
            )
            verbonden, bestaat = cursor.fetchone()
        if not bestaat:
            raise CommandError(f"De rol {app_rol} bestaat niet: maak haar eerst (docs/deployment.md).")
        if verbonden == app_rol:
            raise CommandError(
                "Verbonden als de app-rol zelf: draai dit als de eigenaar (DATABASE_URL van de eigenaar)."
            )
        with transaction.atomic(using=database), connection.cursor() as cursor:
            rechten_inrichten(cursor, app_rol=app_rol)
        self.stdout.write(f"Rechten van {app_rol} ingericht: alleen toevoegen en lezen in het auditspoor.")
