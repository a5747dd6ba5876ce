from django.core.management.base import BaseCommand, CommandError

from trajecten.services.sleutels import PARTIJ, alles_opnieuw_versleutelen, niet_onder_nieuwste_sleutel


class Command(BaseCommand):
    help = (
        "Versleutelt elke identiteit en elke vrije tekst van de trajecten opnieuw met de eerste sleutel "
        "in REFIT_IDENTITEIT_SLEUTELS (sleutels wisselen). Met --controleren: meldt wat nog onder een "
        "oude sleutel staat, en faalt dan."
    )

    def add_arguments(self, parser):
        parser.add_argument("--controleren", action="store_true", help="alleen controleren, niets wijzigen")
        parser.add_argument("--partij", type=int, default=PARTIJ, help="rijen per transactie")

    def handle(self, *args, controleren, partij, **options):
        if not controleren:
            for model, aantal in alles_opnieuw_versleutelen(partij=partij).items():
                self.stdout.write(f"{model}: {aantal} opnieuw versleuteld")
        oud = niet_onder_nieuwste_sleutel()
        if oud:
            regels = ", ".join(f"{veld}: {aantal}" for veld, aantal in oud.items())
            raise CommandError(f"Nog onder een oude sleutel: {regels}. Haal die sleutel nog niet weg.")
        self.stdout.write("Alles staat onder de eerste sleutel; de oude sleutels kunnen weg.")
