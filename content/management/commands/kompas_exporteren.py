from pathlib import Path

from django.core.management.base import BaseCommand

from content.kompas_export import kompas_exporteren


class Command(BaseCommand):
    help = (
        "Schrijft het live trainerskompas en de activiteitenbibliotheek als bestanden naar een map "
        "(kompas/, activiteiten/ en documenten/), in de vorm die kompas_importeren leest."
    )

    def add_arguments(self, parser):
        parser.add_argument("map", type=Path)

    def handle(self, *args, map, **options):
        aantal = kompas_exporteren(map)
        self.stdout.write(f"{aantal} bestanden geschreven naar {map}.")
