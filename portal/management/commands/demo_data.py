from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail import hooks

from portal.demo import DEMO_ACCOUNTS, DEMO_DATA_HOOK, DEMO_PASSWORD
from portal.inrichting import setup_steps
from portal.roles import ROLES_REQUIRING_MFA


class Command(BaseCommand):
    help = "Laadt fictieve demodata: organisaties, een account per rol en de inhoud van elke app."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Ook laden als REFIT_DEMO uit staat (nooit op een echte omgeving).",
        )

    def handle(self, *args, force=False, **options):
        if not (settings.REFIT_DEMO or force):
            raise CommandError(
                "Demodata hoort niet in deze omgeving (REFIT_DEMO staat uit). "
                "Gebruik --force alleen op een test- of demo-omgeving."
            )
        steps = setup_steps() + [step for hook in hooks.get_hooks(DEMO_DATA_HOOK) for step in hook()]
        with transaction.atomic():
            for label, load in steps:
                load()
                self.stdout.write(f"  ✓ {label}")
        self.stdout.write(self.style.SUCCESS(f"\nDemo-accounts (wachtwoord voor allemaal: {DEMO_PASSWORD})"))
        for account in DEMO_ACCOUNTS:
            mfa = (
                "  (stelt bij eerste login inloggen in twee stappen in)"
                if account.role in ROLES_REQUIRING_MFA
                else ""
            )
            self.stdout.write(f"  {account.role.label:<14} {account.email}{mfa}")
