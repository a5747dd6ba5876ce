"""Demo intervisie: four national groups of fictitious trainers from several organisations.

Last school year's meetings with attendance and minutes, this year's and next year's plan,
and two example cases. The licenties demo's own trainers stay without a group, so the
kerngroep finds them on the forming screen. Idempotent: reloading changes nothing.
"""

from datetime import date, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from intervisie.choices import Weekdag
from intervisie.jaarplan import jaarplan_opstellen
from intervisie.models import (
    Aanwezigheid,
    Casusinbreng,
    Groepslidmaatschap,
    Intervisiebijeenkomst,
    Intervisiegroep,
)
from intervisie.models.groepen import INDELING_GEMELD
from intervisie.selectors import regios_van_groep
from licenties.demo import jaarlijks_bijgewoond
from licenties.models import Licentie
from licenties.status import statussen_van_houders_bijwerken
from portal.kalender import schooljaar_grenzen, schooljaar_van
from portal.mail import uitgaande_mail_vastleggen
from portal.models import Lidmaatschap, Organisatie
from portal.models.organisaties import Regio
from portal.roles import Role, grant_role

DEMO_DOMEIN = "demo.re-fit.example"
ONLINE_LINK = "https://meet.re-fit.example/intervisie"

# Organisations this demo adds next to the portal's own five (naam, soort, regio, plaats).
ORGANISATIES = [
    ("Ambulante Dienst Noord", Organisatie.Soort.AB_DIENST, Regio.NOORD, "Groningen"),
    ("Lyceum aan het Wad", Organisatie.Soort.SCHOOL, Regio.NOORD, "Harlingen"),
    ("Maascollege", Organisatie.Soort.SCHOOL, Regio.ZUID, "Roermond"),
]

# (first name, last name, organisation, year the licence was obtained); all fictitious.
TRAINERS = [
    ("Anouk", "Hoekstra", "Ambulante Dienst Noord", 2022),
    ("Bram", "Dijkstra", "Lyceum aan het Wad", 2023),
    ("Chantal", "Postma", "Scholengemeenschap De Brug", 2021),
    ("Dirk", "Wiersma", "Ambulante Dienst Noord", 2024),
    ("Eline", "Kramer", "Lyceum aan het Wad", 2022),
    ("Frank", "Smit", "Ambulante Dienst Oost", 2020),
    ("Gwen", "Meijer", "Het Groene Lyceum", 2023),
    ("Hamza", "Yilmaz", "Ambulante Dienst Oost", 2024),
    ("Inge", "Bos", "Het Groene Lyceum", 2021),
    ("Jelle", "de Boer", "Scholengemeenschap De Brug", 2025),
    ("Kim", "Peters", "Praktijkschool Het Anker", 2022),
    ("Lars", "Hendriks", "Maascollege", 2023),
    ("Mila", "van Leeuwen", "Samenwerkingsverband Rivierenland", 2021),
    ("Nina", "Claes", "Maascollege", 2024),
    ("Omar", "Aziz", "Praktijkschool Het Anker", 2025),
    ("Petra", "Willems", "Samenwerkingsverband Rivierenland", 2022),
    ("Quinten", "Vos", "Het Groene Lyceum", 2024),
    ("Roos", "Verbeek", "Ambulante Dienst Oost", 2022),
    ("Stijn", "Kuipers", "Maascollege", 2021),
    ("Tamara", "Gerritsen", "Praktijkschool Het Anker", 2023),
]

# Group name -> indexes into TRAINERS. The demo trainer joins Landelijk Noord-Midden.
GROEPEN = {
    "Landelijk Noord": [0, 1, 2, 3, 4],
    "Landelijk Noord-Midden": [5, 6, 7, 9],
    "Landelijk Midden": [8, 16, 17, 12, 15],
    "Landelijk Zuid": [10, 11, 13, 14, 18, 19],
}
DEMO_TRAINER = "trainer@demo.re-fit.example"
OPLEIDER = "opleider@demo.re-fit.example"

AGENDA = (
    "1. Opening en ronde: hoe gaat het met je trajecten?\n"
    "2. Casusbespreking (intervisiemethode)\n"
    "3. Afspraken en afsluiting"
)
VERSLAG = (
    "Twee casussen besproken volgens de vaste structuur. Thema's: het rust-activiteitenschema in fase 2 "
    "en de samenwerking met de mentor. Afspraak: volgende keer de ervaringen met de ijkmomenten delen."
)
CASUSSEN = [
    {
        "vraag": "Hoe houd ik een leerling betrokken als het rust-activiteitenschema niet lukt?",
        "context": "Leerling in fase 2, havo. Het schema blijft twee weken leeg; de klachten wisselen sterk.",
        "geprobeerd": "Het schema kleiner gemaakt en samen de eerste dagen ingevuld tijdens het gesprek.",
        "leerdoel": "Meer manieren om eigen regie te stimuleren zonder te gaan duwen.",
    },
    {
        "vraag": "Hoe bespreek ik met school dat een leerling meer rust nodig heeft dan het rooster geeft?",
        "context": "Vmbo, derde leerjaar. De mentor wil snel opbouwen naar volledige aanwezigheid.",
        "geprobeerd": "Gesprek met mentor en zorgcoördinator over de energiebalans, met de emmer als uitleg.",
        "leerdoel": "Hoe ik school meeneem in geleidelijke opbouw zonder de leerling te verliezen.",
    },
]


def _organisaties() -> None:
    for naam, soort, regio, plaats in ORGANISATIES:
        Organisatie.objects.get_or_create(
            naam=naam, defaults={"soort": soort, "regio": regio, "plaats": plaats}
        )


def _trainer(index: int, voornaam: str, achternaam: str, organisatie: str, jaar: int):
    email = f"intervisie.trainer{index + 1:02d}@{DEMO_DOMEIN}"
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
    # Licence numbers RF-<year>-09NN are reserved for this demo (the licenties demo uses others).
    Licentie.objects.get_or_create(
        nummer=f"RF-{jaar}-{900 + index + 1:04d}", defaults={"houder": user, "behaald_op": date(jaar, 6, 20)}
    )
    # Active trainers keep their licence: a professionalisation day every year (some not yet this year).
    laatste_jaar = timezone.localdate().year - (1 if index % 4 == 0 else 0)
    jaarlijks_bijgewoond(user, sinds=jaar, tot_en_met=laatste_jaar)
    return user


def _jaarplan(groep: Intervisiegroep, schooljaar: str) -> list[Intervisiebijeenkomst]:
    begin, eind = schooljaar_grenzen(schooljaar)
    bestaand = list(groep.bijeenkomsten.filter(datum__range=(begin, eind)))
    if bestaand:
        return bestaand
    try:
        plan = jaarplan_opstellen(
            schooljaar=schooljaar, regios=regios_van_groep(groep), weekdag=groep.weekdag, vanaf=date.min
        )
    except ValidationError:
        return []  # no holiday data for that school year in this installation
    return [
        Intervisiebijeenkomst.objects.create(
            groep=groep,
            datum=datum,
            begintijd=groep.begintijd,
            eindtijd=groep.eindtijd,
            online_link=groep.online_link,
            agenda=AGENDA,
            in_jaarplan=True,
        )
        for datum in plan.datums
    ]


@transaction.atomic
def load_intervisie() -> None:
    vandaag = timezone.localdate()
    User = get_user_model()
    _organisaties()
    trainers = [_trainer(i, *spec) for i, spec in enumerate(TRAINERS)]
    opleider = User.objects.filter(email=OPLEIDER).first()
    demo_trainer = User.objects.filter(email=DEMO_TRAINER).first()
    dit_jaar = schooljaar_van(vandaag)
    eerste = int(dit_jaar[:4])
    schooljaren = [f"{eerste + d}-{eerste + d + 1}" for d in (-1, 0, 1)]

    for nummer, (naam, indexen) in enumerate(GROEPEN.items()):
        groep, _nieuw = Intervisiegroep.objects.get_or_create(
            naam=naam,
            defaults={
                "online_link": f"{ONLINE_LINK}-{nummer + 1}",
                "weekdag": [Weekdag.DINSDAG, Weekdag.WOENSDAG, Weekdag.DONDERDAG, Weekdag.MAANDAG][nummer],
            },
        )
        if opleider:
            groep.facilitatoren.add(opleider)
        leden = [trainers[i] for i in indexen]
        if nummer == 1 and demo_trainer:
            leden.append(demo_trainer)
        begin = date(eerste - 1, 8, 1)
        for user in leden:
            if not Groepslidmaatschap.objects.filter(
                user=user, is_landelijk=True, eind_op__isnull=True
            ).exists():
                lidmaatschap = Groepslidmaatschap.objects.create(
                    groep=groep, user=user, is_landelijk=True, begin_op=begin
                )
                # As if they heard of their group long ago: the mail counts as sent.
                uitgaand, _nieuw = uitgaande_mail_vastleggen(
                    soort=INDELING_GEMELD, onderwerp=lidmaatschap, ontvanger=user
                )
                uitgaand.verstuurd_op = timezone.now()
                uitgaand.save(update_fields=["verstuurd_op"])
        for schooljaar in schooljaren:
            for i, bijeenkomst in enumerate(_jaarplan(groep, schooljaar)):
                if bijeenkomst.datum >= vandaag:
                    continue
                for j, user in enumerate(leden):
                    Aanwezigheid.objects.get_or_create(
                        bijeenkomst=bijeenkomst,
                        user=user,
                        defaults={"aanwezig": (i + j + nummer) % 5 != 0, "vastgelegd_door": opleider},
                    )
                if not bijeenkomst.verslag:
                    bijeenkomst.verslag = VERSLAG
                    bijeenkomst.save(update_fields=["verslag"])

    # Two example cases for the next meeting of the demo trainer's group.
    groep = Intervisiegroep.objects.get(naam="Landelijk Noord-Midden")
    volgende = groep.bijeenkomsten.filter(datum__gte=vandaag + timedelta(days=1)).order_by("datum").first()
    if volgende:
        inbrengers = [demo_trainer or trainers[5], trainers[6]]
        for inbrenger, casus in zip(inbrengers, CASUSSEN, strict=True):
            Casusinbreng.objects.get_or_create(
                bijeenkomst=volgende, inbrenger=inbrenger, vraag=casus["vraag"], defaults=casus
            )
    # Attendance may count for licence upkeep (a setting in licenties): recompute the members' licences.
    statussen_van_houders_bijwerken([t.pk for t in trainers])
