from django.core.management.base import BaseCommand
from django.db import transaction

from portal.inrichting import setup_steps


class Command(BaseCommand):
    help = (
        "Richt een nieuw portaal in: startpagina, trainerskompas, rechten, werkstromen. Veilig te herhalen."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            for label, step in setup_steps():
                step()
                self.stdout.write(f"  ✓ {label}")
