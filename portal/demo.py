"""Demo data: fictitious organisations and one account per role.

Every app adds its own demo data under `DEMO_DATA_HOOK`; `manage.py demo_data`
runs them in order. Each step must be idempotent: running the command twice
leaves the same data. Nothing here is real; no names from source documents.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from portal.models import Lidmaatschap, Organisatie
from portal.models.organisaties import Regio
from portal.roles import GROUP_NAMES, Role
from portal.schoolvakanties import eerste_schooldag

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


def schooldagen_rond(vandaag: date, dagen: Iterable[int], regios=tuple(Regio)) -> list[date]:
    """Demo dates as a planner would choose them near `vandaag + n` days for each n in `dagen`.

    Each is a school day in every region of `regios` (no weekend, public holiday or school holiday,
    `portal.schoolvakanties`); they stay in the given order, and a date in the past stays in the past
    (it moves back to an earlier school day) so a finished course is still finished.
    """
    dagen = list(dagen)
    verleden = [n for n in dagen if n < 0]
    datums: list[date] = []
    grens = vandaag - timedelta(days=1)
    for n in reversed(verleden):
        datum = eerste_schooldag(min(vandaag + timedelta(days=n), grens), regios, terug=True)
        datums.insert(0, datum)
        grens = datum - timedelta(days=1)
    grens = vandaag
    for n in dagen[len(verleden) :]:
        datum = eerste_schooldag(max(vandaag + timedelta(days=n), grens), regios)
        datums.append(datum)
        grens = datum + timedelta(days=1)
    return datums
