from django.core.management.base import BaseCommand

from portal.periodic import Frequentie, periodic_tasks


class Command(BaseCommand):
    help = "Zet de periodieke taken van één frequentie in de wachtrij van de worker."

    def add_arguments(self, parser):
        parser.add_argument("--frequentie", choices=[f.value for f in Frequentie], required=True)

    def handle(self, *args, frequentie, **options):
        for job in periodic_tasks(Frequentie(frequentie)):
            result = job.task.enqueue()
            self.stdout.write(f"{job.name}: {result.id}")
