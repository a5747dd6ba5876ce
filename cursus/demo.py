"""Demo editions: one finished, one running, one open with a waiting list.

Dates lie around today, so the demo always shows all three situations; they are school days in
every region, as a planner would choose them (`portal.demo.schooldagen_rond`). Idempotent:
editions are found by name, people by address, sessions by kind and order. All people
are invented; the demo cursist and opleider come from `portal.demo`.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from cursus.choices import Achtergrond, Beoordeling, Competentie, Oordeel, RondeStatus, Soort
from cursus.models import (
    Aanmelding,
    Aanwezigheid,
    Aftekening,
    Bijeenkomst,
    CompetentieOordeel,
    Cursusronde,
    Werkagenda,
)
from portal.demo import schooldagen_rond
from portal.plaatsing import PlaatsStatus
from portal.roles import Role, grant_role

OPLEIDER = "opleider@demo.re-fit.example"
CURSIST = "cursist@demo.re-fit.example"

# (e-mail, voornaam, achternaam, organisatie, achtergrond)
DEMO_CURSISTEN = [
    ("fenna.dijkstra@demo.re-fit.example", "Fenna", "Dijkstra", "Het Groene Lyceum", Achtergrond.PEDAGOGISCH),
    (
        "joost.verbeek@demo.re-fit.example",
        "Joost",
        "Verbeek",
        "Ambulante Dienst Oost",
        Achtergrond.PARAMEDISCH,
    ),
    (
        "meryem.aydin@demo.re-fit.example",
        "Meryem",
        "Aydın",
        "Scholengemeenschap De Brug",
        Achtergrond.ONDERWIJSKUNDIG,
    ),
    (
        "rik.hoogland@demo.re-fit.example",
        "Rik",
        "Hoogland",
        "Praktijkschool Het Anker",
        Achtergrond.PEDAGOGISCH,
    ),
    ("sanne.bakker@demo.re-fit.example", "Sanne", "Bakker", "Het Groene Lyceum", Achtergrond.ONDERWIJSKUNDIG),
    (
        "thijs.kuipers@demo.re-fit.example",
        "Thijs",
        "Kuipers",
        "Samenwerkingsverband Rivierenland",
        Achtergrond.ANDERS,
    ),
    (
        "nadia.elamrani@demo.re-fit.example",
        "Nadia",
        "El Amrani",
        "Ambulante Dienst Oost",
        Achtergrond.PARAMEDISCH,
    ),
    (
        "wouter.smit@demo.re-fit.example",
        "Wouter",
        "Smit",
        "Praktijkschool Het Anker",
        Achtergrond.PEDAGOGISCH,
    ),
    (
        "lisa.vandenberg@demo.re-fit.example",
        "Lisa",
        "van den Berg",
        "Het Groene Lyceum",
        Achtergrond.PEDAGOGISCH,
    ),
    (
        "ahmed.bouzid@demo.re-fit.example",
        "Ahmed",
        "Bouzid",
        "Scholengemeenschap De Brug",
        Achtergrond.ONDERWIJSKUNDIG,
    ),
    ("evi.jansen@demo.re-fit.example", "Evi", "Jansen", "Ambulante Dienst Oost", Achtergrond.PARAMEDISCH),
]

WERKAGENDA = {
    "huidige_situatie": "Leerlingen met langdurige klachten worden nu per geval besproken in het zorgteam; "
    "er is geen vaste aanpak en het verzuim loopt vaak lang op voordat er iets gebeurt.",
    "doel": "Binnen een jaar kunnen we Re-Fit aanbieden aan minstens vier leerlingen per schooljaar.",
    "stappen": "1. Re-Fit voorstellen in het zorgteam.\n2. Afspraken maken met de schoolleiding over uren.\n"
    "3. Een eerste leerling begeleiden met een ervaren trainer.",
    "betrokkenen": "Zorgcoördinator, mentoren, de jeugdarts en de leerplichtambtenaar.",
    "tijdpad": "Voorstel voor de herfstvakantie, eerste traject na de kerstvakantie.",
}


@dataclass(frozen=True)
class DemoRonde:
    naam: str
    status: str
    capaciteit: int
    # lesdag 1, lesdag 2, intervisie 1, intervisie 2: about this many days from today (the nearest
    # school day in every region, past ones stay past)
    dagen: tuple[int, int, int, int]
    locatie: str


RONDES = [
    DemoRonde("Utrecht", RondeStatus.OPEN, 8, (-150, -143, -90, -60), "Vergadercentrum Domstad, Utrecht"),
    DemoRonde("Zwolle", RondeStatus.OPEN, 8, (-20, -13, 25, 55), "Hogeschool Windesheim, Zwolle"),
    DemoRonde("Eindhoven", RondeStatus.OPEN, 3, (40, 47, 100, 130), "Het Klokgebouw, Eindhoven"),
]


def _user(email: str, voornaam: str = "", achternaam: str = ""):
    user, created = get_user_model().objects.get_or_create(
        email=email, defaults={"first_name": voornaam, "last_name": achternaam}
    )
    if created:
        user.set_unusable_password()  # invented people: nobody logs in as them
        user.save()
    return user


def _ronde(spec: DemoRonde, vandaag: date, opleider) -> Cursusronde:
    datums = schooldagen_rond(vandaag, spec.dagen)
    eerste = datums[0]
    ronde, _created = Cursusronde.objects.update_or_create(
        naam=spec.naam,
        defaults={
            "status": spec.status,
            "capaciteit": spec.capaciteit,
            "aanmelden_tot": eerste - timedelta(days=20),
            "afmelden_tot": eerste - timedelta(days=10),
            "toelichting": "Twee lesdagen en twee intervisiemomenten, met lunch. "
            "Het boek ‘Communicatietoolkid’ "
            "is bij de prijs inbegrepen.",
        },
    )
    ronde.opleiders.set([opleider])
    ronde.save()
    soorten = [Soort.LESDAG, Soort.LESDAG, Soort.INTERVISIEMOMENT, Soort.INTERVISIEMOMENT]
    bestaand = {soort: list(ronde.bijeenkomsten.filter(soort=soort).order_by("pk")) for soort in set(soorten)}
    for i, (soort, datum) in enumerate(zip(soorten, datums, strict=True)):
        bijeenkomst = (
            bestaand[soort].pop(0) if bestaand[soort] else Bijeenkomst(cursusronde=ronde, soort=soort)
        )
        bijeenkomst.datum = datum
        intervisie = soort == Soort.INTERVISIEMOMENT
        bijeenkomst.begintijd, bijeenkomst.eindtijd = (
            (time(13, 30), time(16, 30)) if intervisie else (time(9, 30), time(16, 30))
        )
        bijeenkomst.locatie = "" if intervisie and i == 3 else spec.locatie
        bijeenkomst.online_link = (
            "https://vergaderen.re-fit.example/intervisie" if intervisie and i == 3 else ""
        )
        bijeenkomst.save()
    return ronde


def _aanmelding(ronde, user, *, organisatie, achtergrond, status, beoordeling, dagen_geleden) -> Aanmelding:
    moment = timezone.make_aware(
        datetime.combine(timezone.localdate() - timedelta(days=dagen_geleden), time(10))
    )
    aanmelding, _created = Aanmelding.objects.update_or_create(
        cursusronde=ronde,
        user=user,
        defaults={
            "organisatie": organisatie,
            "achtergrond": achtergrond,
            "achtergrond_toelichting": "Jeugdverpleegkundige in het onderwijs"
            if achtergrond == Achtergrond.ANDERS
            else "",
            "ervaring_onderwijs": "Ruim vijf jaar werkzaam op een school voor voortgezet onderwijs.",
            "motivatie": "Ik zie veel leerlingen die door klachten vastlopen en wil ze beter begeleiden.",
            "status": status,
            "beoordeling": beoordeling,
            "aangevraagd_op": moment,
            "geplaatst_op": moment if status == PlaatsStatus.GEPLAATST else None,
            "beoordeeld_op": moment + timedelta(days=2) if beoordeling != Beoordeling.OPEN else None,
        },
    )
    if aanmelding.is_deelnemer:
        grant_role(user, Role.CURSIST)
    return aanmelding


def _aanwezig(aanmelding, bijeenkomsten, opleider, *, afwezig_bij=None, inhaal=None):
    for bijeenkomst in bijeenkomsten:
        afwezig = bijeenkomst == afwezig_bij
        Aanwezigheid.objects.update_or_create(
            aanmelding=aanmelding,
            bijeenkomst=bijeenkomst,
            defaults={
                "aanwezig": not afwezig,
                "reden_afwezig": "Ziek" if afwezig else "",
                "inhaal_bijeenkomst": inhaal if afwezig else None,
                "vastgelegd_door": opleider,
            },
        )


def _werkagenda(aanmelding, *, ingediend: bool):
    Werkagenda.objects.update_or_create(
        aanmelding=aanmelding,
        defaults={**WERKAGENDA, "ingediend_op": timezone.now() - timedelta(days=30) if ingediend else None},
    )


def _aftekenen(aanmelding, opleider):
    aftekening, _created = Aftekening.objects.update_or_create(
        aanmelding=aanmelding, defaults={"afgetekend_door": opleider}
    )
    for competentie in Competentie:
        aandacht = competentie == Competentie.SAMENWERKING
        CompetentieOordeel.objects.update_or_create(
            aftekening=aftekening,
            competentie=competentie,
            defaults={
                "oordeel": Oordeel.AANDACHTSPUNT if aandacht else Oordeel.BEHAALD,
                "opmerking": "Betrek ouders eerder bij de afspraken." if aandacht else "",
            },
        )


def load_cursusrondes() -> None:
    vandaag = timezone.localdate()
    opleider = get_user_model().objects.get(email=OPLEIDER)
    mensen = [(_user(e, v, a), org, achtergrond) for e, v, a, org, achtergrond in DEMO_CURSISTEN]
    utrecht, zwolle, eindhoven = (_ronde(spec, vandaag, opleider) for spec in RONDES)
    deelnemer = {"status": PlaatsStatus.GEPLAATST, "beoordeling": Beoordeling.TOEGELATEN}

    # Finished: four participants, everyone at every session; three signed off.
    for i, (user, org, achtergrond) in enumerate(mensen[:4]):
        aanmelding = _aanmelding(
            utrecht, user, organisatie=org, achtergrond=achtergrond, dagen_geleden=200, **deelnemer
        )
        _aanwezig(aanmelding, utrecht.gesorteerde_bijeenkomsten(), opleider)
        _werkagenda(aanmelding, ingediend=True)
        if i < 3:
            _aftekenen(aanmelding, opleider)

    # Running: the demo cursist and two others; lesdagen done, one absence to be made up in Eindhoven.
    cursist = get_user_model().objects.get(email=CURSIST)
    lesdagen = [b for b in zwolle.gesorteerde_bijeenkomsten() if b.datum < vandaag]
    inhaal = next(
        b for b in eindhoven.gesorteerde_bijeenkomsten() if b.soort == Soort.LESDAG and b.nummer == 2
    )
    eigen = _aanmelding(
        zwolle,
        cursist,
        organisatie="Scholengemeenschap De Brug",
        achtergrond=Achtergrond.ONDERWIJSKUNDIG,
        dagen_geleden=60,
        **deelnemer,
    )
    _aanwezig(eigen, lesdagen, opleider)
    _werkagenda(eigen, ingediend=False)
    for j, (user, org, achtergrond) in enumerate(mensen[4:6]):
        aanmelding = _aanmelding(
            zwolle, user, organisatie=org, achtergrond=achtergrond, dagen_geleden=55, **deelnemer
        )
        _aanwezig(aanmelding, lesdagen, opleider, afwezig_bij=lesdagen[-1] if j else None, inhaal=inhaal)

    # Open: three seats taken (one still to be reviewed), two on the waiting list.
    wachtrij = mensen[6:11]
    statussen = [
        deelnemer,
        deelnemer,
        {"status": PlaatsStatus.GEPLAATST, "beoordeling": Beoordeling.OPEN},
        {"status": PlaatsStatus.WACHTLIJST, "beoordeling": Beoordeling.OPEN},
        {"status": PlaatsStatus.WACHTLIJST, "beoordeling": Beoordeling.TOEGELATEN},
    ]
    for k, ((user, org, achtergrond), velden) in enumerate(zip(wachtrij, statussen, strict=True)):
        _aanmelding(eindhoven, user, organisatie=org, achtergrond=achtergrond, dagen_geleden=20 - k, **velden)
