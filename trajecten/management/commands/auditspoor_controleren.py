"""Verify the audit trail's hash chain; exit 1 and name the first broken row when it does not hold.

See `trajecten.auditketen`. Reads only, so it runs as the application's role. Fast on millions of
rows: rows are read in keyset pages of `--batch`; `--vanaf` verifies only the rows from an id on.
"""

from django.core.management.base import BaseCommand, CommandError

from trajecten.auditketen import keten_controleren


def anker(waarde: str) -> tuple[int, str]:
    pk, _, hash_ = waarde.partition(":")
    if not pk.isdigit() or len(hash_) != 64:
        raise ValueError(waarde)
    return int(pk), hash_


class Command(BaseCommand):
    help = "Controleert de hashketen van het auditspoor en noemt de eerste gebroken regel."

    def add_arguments(self, parser):
        parser.add_argument(
            "--vanaf", type=int, help="Alleen de regels vanaf deze id (de regel ervoor geldt als juist)."
        )
        parser.add_argument("--batch", type=int, default=10_000, help="Regels per databasevraag.")
        parser.add_argument(
            "--anker",
            type=anker,
            action="append",
            default=[],
            metavar="ID:HASH",
            help="Een eerder gelogde regel (uit 'Anker: …') die nog met dezelfde hash moet bestaan; "
            "herhaalbaar.",
        )

    def handle(self, *, vanaf, batch, anker, **options):
        if batch < 1:
            raise CommandError("--batch moet minstens 1 zijn.")
        uitslag = keten_controleren(vanaf_id=vanaf, batch=batch, ankers=anker)
        if uitslag.meldingen:
            raise CommandError(str(uitslag))
        self.stdout.write(str(uitslag))
