from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from content.kompas_bestanden import KompasBestandFout
from content.kompas_import import (
    KompasDataFout,
    activiteiten_laden,
    activiteiten_lezen,
    kompas_laden,
    kompas_lezen,
)
from portal.roles import Role, has_role


class Command(BaseCommand):
    help = (
        "Laadt een editie van het trainerskompas uit bestanden (map met kompas/ en eventueel activiteiten/ "
        "en documenten/) "
        "als conceptversies op naam van een kerngroeplid. Een tweede kerngroeplid keurt ze goed "
        "(vier ogen); er gaat niets live bij het importeren."
    )

    def add_arguments(self, parser):
        parser.add_argument("map", type=Path)
        parser.add_argument("--door", required=True, help="e-mailadres van het kerngroeplid dat importeert")

    def handle(self, *args, map, door, **options):
        user = get_user_model().objects.filter(email=door).first()
        if user is None or not has_role(user, Role.KERNGROEP):
            raise CommandError(f"{door} is geen kerngroeplid; alleen de kerngroep importeert het kompas.")
        try:
            editie = kompas_lezen(map / "kompas")
            activiteiten = (
                activiteiten_lezen(map / "activiteiten") if (map / "activiteiten").exists() else None
            )
        except (KompasDataFout, KompasBestandFout) as fout:
            raise CommandError(f"De editie is niet geïmporteerd:\n{fout}") from None
        try:
            with transaction.atomic():
                lader = kompas_laden(editie, door=user)
                if activiteiten:
                    bieb = activiteiten_laden(*activiteiten, door=user)
                    lader.nieuw, lader.gewijzigd = lader.nieuw + bieb.nieuw, lader.gewijzigd + bieb.gewijzigd
        except KompasDataFout as fout:
            # A reference only the database can resolve (a document, an author): nothing stays loaded.
            raise CommandError(f"De editie is niet geïmporteerd:\n{fout}") from None
        self.stdout.write(
            f"{lader.nieuw} nieuwe en {lader.gewijzigd} gewijzigde pagina's staan klaar als concept; "
            "laat ze door een tweede kerngroeplid goedkeuren."
        )
