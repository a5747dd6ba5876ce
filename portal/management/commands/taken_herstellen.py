"""Requeue tasks a killed worker left 'running'; run before each worker start.

See deploy/refit-worker.service and `portal.taken.weesrijen_herstellen`.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from portal.taken import weesrijen_herstellen


class Command(BaseCommand):
    help = "Zet taken die een gestopte werker als 'bezig' achterliet terug in de wachtrij."

    def add_arguments(self, parser):
        parser.add_argument("--werker", help="De vaste werker-id (db_worker --worker-id) die opnieuw start.")
        parser.add_argument(
            "--ouder-dan-minuten", type=int, help="Ook taken van elke werker die langer dan dit bezig zijn."
        )

    def handle(self, *, werker, ouder_dan_minuten, **options):
        if not werker and ouder_dan_minuten is None:
            raise CommandError("Geef --werker of --ouder-dan-minuten.")
        ouder_dan = timedelta(minutes=ouder_dan_minuten) if ouder_dan_minuten is not None else None
        aantal = weesrijen_herstellen(werker=werker or None, ouder_dan=ouder_dan)
        self.stdout.write(f"{aantal} taken opnieuw in de wachtrij")
