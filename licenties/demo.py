"""Demo licences and professionalisation days (fictitious trainers only).

Two days a year since 2022, attendance that gives every status a face: the demo
trainer (licensed 2021, last day in 2025) sees 'verloopt binnenkort' this autumn.
Idempotent: reloading changes nothing.
"""

from datetime import date, time, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from licenties.models import (
    Besluit,
    BesluitSoort,
    DagAanmelding,
    DagStatus,
    Licentie,
    Professionaliseringsdag,
)
from licenties.services import licentienummer_toekennen
from licenties.status import statussen_bijwerken
from portal.models import Lidmaatschap, Organisatie
from portal.models.organisaties import Regio
from portal.plaatsing import PlaatsStatus
from portal.roles import Role, grant_role
from portal.schoolvakanties import vrije_dag

THEMAS = [
    "Leren van terugval: wat doe je als een leerling weer thuisblijft?",
    "Ouders als bondgenoot bij schoolverzuim",
    "Pijneducatie voor jongeren: uitleggen zonder te overtuigen",
    "Samenwerken met de jeugdarts en de leerplichtambtenaar",
    "Groepsdynamiek in de groepstraining",
    "Spanning, slaap en schoolprestaties",
    "Het rust-activiteitenschema in de praktijk",
    "Motiverende gespreksvoering met jongeren",
    "Omgaan met twijfel bij school en ouders",
    "Terug naar school: de overgang na de training",
]

# (first name, last name, organisation, obtained on, years attended, decision)
TRAINERS = [
    ("Sanne", "de Wit", "Het Groene Lyceum", date(2022, 3, 11), [2023, 2024, 2025, 2026], None),
    ("Youssef", "Bakker", "Ambulante Dienst Oost", date(2023, 10, 6), [2024, 2025], None),
    ("Marloes", "Jansen", "Scholengemeenschap De Brug", date(2024, 4, 19), [2025, 2026], None),
    ("Pieter", "van Dam", "Praktijkschool Het Anker", date(2022, 9, 30), [2023], None),
    ("Fatima", "El Amrani", "Het Groene Lyceum", date(2025, 11, 14), [2026], None),
    (
        "Joost",
        "Visser",
        "Ambulante Dienst Oost",
        date(2021, 6, 18),
        [2022, 2023, 2024, 2025, 2026],
        BesluitSoort.SCHORSING,
    ),
    ("Ilse", "Mulder", "Scholengemeenschap De Brug", date(2026, 6, 26), [], None),
]

DEMO_TRAINER = "trainer@demo.re-fit.example"
DONDERDAG = 3
BESCHRIJVING = "Een dag met lezingen, casuïstiek uit de eigen praktijk en intervisie in kleine groepen."


def donderdag_vanaf(dag: date) -> date:
    """The first Thursday from `dag` that is a school day in every region: a working day for trainers
    at schools all over the country, never in a holiday or on a public holiday (Hemelvaartsdag)."""
    datum = dag + timedelta(days=(DONDERDAG - dag.weekday()) % 7)
    while vrije_dag(datum, regios=tuple(Regio)):
        datum += timedelta(weeks=1)
    return datum


def dagen_plannen(vandaag: date) -> dict[int, list[Professionaliseringsdag]]:
    """Two days a year from 2022: one in spring, one in autumn; the next spring's day is open."""
    per_jaar = {}
    for index, jaar in enumerate(range(2022, vandaag.year + 2)):
        dagen = []
        for seizoen, (maand, dag) in enumerate([(3, 20), (10, 9)]):
            datum = donderdag_vanaf(date(jaar, maand, dag))
            if datum > vandaag + timedelta(days=200):
                continue
            thema = THEMAS[(2 * index + seizoen) % len(THEMAS)]
            online = seizoen == 1
            obj, _nieuw = Professionaliseringsdag.objects.get_or_create(
                datum=datum,
                defaults={
                    "begintijd": time(9, 30),
                    "eindtijd": time(16, 0),
                    "thema": thema,
                    "beschrijving": BESCHRIJVING,
                    "locatie": "" if online else "Utrecht, vergadercentrum De Observant",
                    "online_link": "https://meet.re-fit.example/professionaliseringsdag" if online else "",
                    "capaciteit": 40,
                    "aanmelden_tot": datum - timedelta(days=14),
                    "status": DagStatus.OPEN,
                },
            )
            dagen.append(obj)
        per_jaar[jaar] = dagen
    return per_jaar


def trainer(voornaam: str, achternaam: str, organisatie: str):
    email = f"{voornaam}.{achternaam}".lower().replace(" ", "") + "@demo.re-fit.example"
    user, nieuw = get_user_model().objects.get_or_create(
        email=email, defaults={"first_name": voornaam, "last_name": achternaam}
    )
    if nieuw:
        user.set_unusable_password()
        user.save()
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
    Lidmaatschap.objects.get_or_create(user=user, organisatie=Organisatie.objects.get(naam=organisatie))
    grant_role(user, Role.TRAINER)
    return user


def licentie(houder, behaald_op: date) -> Licentie:
    bestaand = Licentie.objects.filter(houder=houder).first()
    if bestaand:
        return bestaand
    return Licentie.objects.create(
        houder=houder, nummer=licentienummer_toekennen("re_fit", behaald_op.year), behaald_op=behaald_op
    )


def bijwonen(user, dag: Professionaliseringsdag) -> None:
    DagAanmelding.objects.get_or_create(
        dag=dag,
        user=user,
        defaults={"status": PlaatsStatus.GEPLAATST, "geplaatst_op": timezone.now(), "aanwezig": True},
    )


def jaarlijks_bijgewoond(user, *, sinds: int, tot_en_met: int) -> None:
    """Demo: `user` attended the first held professionalisation day of every year after `sinds`."""
    vandaag = timezone.localdate()
    gehouden = Professionaliseringsdag.objects.filter(
        datum__year__gt=sinds, datum__year__lte=tot_en_met, datum__lte=vandaag
    ).order_by("datum")
    per_jaar = {}
    for dag in gehouden:
        per_jaar.setdefault(dag.datum.year, dag)
    for dag in per_jaar.values():
        bijwonen(user, dag)


@transaction.atomic
def load_licenties() -> None:
    vandaag = timezone.localdate()
    dagen = dagen_plannen(vandaag)
    kerngroep = get_user_model().objects.get(email="kerngroep@demo.re-fit.example")

    demo_trainer = get_user_model().objects.get(email=DEMO_TRAINER)
    Licentie.objects.get_or_create(
        nummer="RF-2021-0007", defaults={"houder": demo_trainer, "behaald_op": date(2021, 6, 18)}
    )
    for jaar in (2022, 2023, 2024, 2025):
        bijwonen(demo_trainer, dagen[jaar][jaar % 2])

    for voornaam, achternaam, organisatie, behaald_op, jaren, besluit in TRAINERS:
        user = trainer(voornaam, achternaam, organisatie)
        lic = licentie(user, behaald_op)
        for jaar in jaren:
            gehouden = [d for d in dagen.get(jaar, []) if d.datum <= vandaag]
            if gehouden:
                bijwonen(user, gehouden[(jaar + len(voornaam)) % len(gehouden)])
        if besluit and not lic.besluiten.exists():
            Besluit.objects.create(
                licentie=lic,
                soort=besluit,
                ingangsdatum=vandaag - timedelta(days=20),
                reden="Werkt niet volgens het protocol; in gesprek met de kerngroep over verbeterpunten.",
                genomen_door=kerngroep,
            )
    statussen_bijwerken()
