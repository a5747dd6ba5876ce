"""Demo data: fictitious organisations and one account per role.

Every app adds its own demo data under `DEMO_DATA_HOOK`; `manage.py demo_data`
runs them in order. Each step must be idempotent: running the command twice
leaves the same data. Nothing here is real; no names from source documents.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from portal.models import Lidmaatschap, Organisatie
from portal.models.organisaties import Regio
from portal.roles import GROUP_NAMES, Role

DEMO_DATA_HOOK = "refit_demo_data"
DEMO_PASSWORD = "refit-demo-2026"  # noqa: S105 - demo only, printed by the command


@dataclass(frozen=True)
class DemoAccount:
    email: str
    first_name: str
    last_name: str
    role: Role
    organisatie: str | None
    is_coordinator: bool = False


DEMO_ORGANISATIES = [
    # naam, soort, regio, plaats, brin
    ("Het Groene Lyceum", Organisatie.Soort.SCHOOL, Regio.MIDDEN, "Amersfoort", "98ZX"),
    ("Scholengemeenschap De Brug", Organisatie.Soort.SCHOOL, Regio.NOORD, "Assen", "97YW"),
    ("Praktijkschool Het Anker", Organisatie.Soort.SCHOOL, Regio.ZUID, "Tilburg", "96XV"),
    ("Ambulante Dienst Oost", Organisatie.Soort.AB_DIENST, Regio.MIDDEN, "Apeldoorn", ""),
    (
        "Samenwerkingsverband Rivierenland",
        Organisatie.Soort.SAMENWERKINGSVERBAND,
        Regio.ZUID,
        "Tiel",
        "",
    ),
]

DEMO_ACCOUNTS = [
    DemoAccount("kerngroep@demo.re-fit.example", "Karin", "de Kerngroep", Role.KERNGROEP, None),
    DemoAccount("opleider@demo.re-fit.example", "Otto", "Opleider", Role.OPLEIDER, "Ambulante Dienst Oost"),
    DemoAccount("trainer@demo.re-fit.example", "Tessa", "Trainer", Role.TRAINER, "Het Groene Lyceum", True),
    DemoAccount("cursist@demo.re-fit.example", "Cas", "Cursist", Role.CURSIST, "Scholengemeenschap De Brug"),
    DemoAccount(
        "school@demo.re-fit.example",
        "Sanne",
        "Schoolcontact",
        Role.SCHOOLCONTACT,
        "Het Groene Lyceum",
    ),
]


def load_organisaties() -> None:
    for naam, soort, regio, plaats, brin in DEMO_ORGANISATIES:
        Organisatie.objects.update_or_create(
            naam=naam, defaults={"soort": soort, "regio": regio, "plaats": plaats, "brin": brin}
        )


def load_accounts() -> None:
    User = get_user_model()
    for account in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            email=account.email,
            defaults={"first_name": account.first_name, "last_name": account.last_name},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.add(Group.objects.get(name=GROUP_NAMES[account.role]))
        EmailAddress.objects.update_or_create(
            user=user, email=account.email, defaults={"verified": True, "primary": True}
        )
        if account.organisatie:
            Lidmaatschap.objects.update_or_create(
                user=user,
                organisatie=Organisatie.objects.get(naam=account.organisatie),
                defaults={"is_coordinator": account.is_coordinator},
            )
