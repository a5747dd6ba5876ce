"""Demo trajectories: invented pupils in every step, one group training, four school years of reach.

Nothing here is real. Records are made directly (not through the services) so the demo does
not depend on today's licence statuses; fixed codes make loading idempotent. Dates are made as a
planner makes them, around today: school days of the school's region, the steps in their order
(aanmelding, advies, intake, besluit, training, afsluiting), the training by the planner itself.
"""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from portal.kalender import schooljaar_van, schooljaar_vanaf
from portal.models import Organisatie
from portal.roles import Role, role_q
from portal.schoolvakanties import VakantieKalender, eerste_schooldag
from trajecten.bereik import trajecten_gewijzigd
from trajecten.choices import (
    BijeenkomstSoort,
    BijeenkomstStatus,
    Kanaal,
    Schooltype,
    Status,
    Uitkomst,
    Variant,
)
from trajecten.models import (
    Aanmelding,
    Advies,
    Besluit,
    Eindverslag,
    Groepstraining,
    Identiteit,
    IdentiteitGegevens,
    Intake,
    Traject,
)
from trajecten.planning import planning_maken
from trajecten.services.overgang import bewaartermijn_bijwerken
from trajecten.services.planning import planning_opslaan
from trajecten.stappen import TRAININGSBIJEENKOMST

SCHOOL = "Het Groene Lyceum"
AB_DIENST = "Ambulante Dienst Oost"
DEMO_TRAINER = "trainer@demo.re-fit.example"
DEMO_SCHOOLCONTACT = "school@demo.re-fit.example"

# code, first name, last name, status, outcome
LEERLINGEN = [
    ("T-DEM2A", "Noor", "Verhagen", Status.AANGEMELD, ""),
    ("T-DEM2C", "Daan", "Smitsloot", Status.GEADVISEERD, ""),
    ("T-DEM2D", "Lieke", "Overbeek", Status.INTAKE_GEDAAN, ""),
    ("T-DEM2E", "Milan", "de Vries-Kaan", Status.TOEGELATEN, ""),
    ("T-DEM2K", "Ilse", "Bontekoe", Status.GEPLAND, ""),
    ("T-DEM2F", "Sara", "Hofstede", Status.IN_TRAINING, ""),
    ("T-DEM2G", "Jesse", "Brinkhorst", Status.AFGESLOTEN, Uitkomst.AFGEROND),
    ("T-DEM2H", "Yara", "Koopmans", Status.AFGESLOTEN, Uitkomst.NIET_TOEGELATEN),
    ("T-DEM2J", "Thijs", "Wolterink", Status.AFGESLOTEN, Uitkomst.GESTOPT_IJKMOMENT),
]
GROEP = [
    ("T-DEG3A", "Roos", "Altena"),
    ("T-DEG3C", "Sem", "Bouwhuis"),
    ("T-DEG3D", "Femke", "Dijkgraaf"),
    ("T-DEG3E", "Luuk", "Egberts"),
]
# Reach history per school year: (individual, group) per organisation, anonymous (destroyed records
# keep only what the reach figures need).
HISTORIE = {
    2022: {SCHOOL: (5, 0), AB_DIENST: (6, 5)},
    2023: {SCHOOL: (7, 6), AB_DIENST: (4, 0)},
    2024: {SCHOOL: (6, 0), AB_DIENST: (8, 7)},
    2025: {SCHOOL: (9, 5), AB_DIENST: (5, 6)},
}

# How many school weeks ago a demo training started: running (in its sixth week), stopped at the
# ijkmoment, finished (five school weeks ago, eindgesprek included).
TRAINING_GESTART = {
    (Status.IN_TRAINING, ""): 5,
    (Status.AFGESLOTEN, Uitkomst.GESTOPT_IJKMOMENT): 12,
    (Status.AFGESLOTEN, Uitkomst.AFGEROND): 20,
}
GROEP_GESTART = 3
# A planner's rhythm before a training, counted back from its first day (or from today): the besluit
# a week before, the intake three days before that, the adviesteam a week earlier, the aanmelding two
# weeks before the advice. Each lands on the school day on or before.
STAPPEN_TERUG = (("besluit", 7), ("intake", 3), ("advies", 7), ("aanmelding", 14))

INTAKE = {
    "ziekte_en_ziektebeleving": "Buikpijn en moe, vooral 's ochtends.",
    "dagelijks_leven": "Slaapt uit, veel op de bank, weinig contact met vrienden.",
    "verleden": "Huisarts en kinderarts: geen verklaring gevonden.",
    "verwachtingen": "Weer volledige dagen naar school.",
    "aanhoudende_klachten": True,
    "verzuim_percentage": Decimal("24.0"),
    "plan_school_onvoldoende_effect": True,
    "klachten_belemmeren_schoolloopbaan": True,
    "eenzaamheid": True,
    "meer_dan_zes_uur_zitten": True,
    "minder_dan_uur_bewegen": False,
    "volledige_deelname": True,
    "opdrachten_maken": True,
    "minstens_acht_uur_op_school": True,
    "onvoldoende_motivatie": False,
    "lichamelijk_niet_mogelijk": False,
    "geen_schoolaanwezigheid": False,
    "psychopathologie_in_behandeling": False,
    "psychopathologie_onbehandeld": False,
    "zml_onderwijs": False,
}


def _aanmelden(code, voornaam, achternaam, school, door, **velden) -> Traject:
    traject = Traject.objects.create(
        code=code, school=school, uitvoerder=school, aangemeld_door=door, **velden
    )
    identiteit = Identiteit(traject=traject)
    identiteit.gegevens = IdentiteitGegevens(
        voornaam=voornaam,
        achternaam=achternaam,
        geboortedatum=date(2010, 1, 1) + timedelta(days=len(achternaam) * 97),
        ouders_naam=f"ouder van {voornaam}",
        ouders_telefoon="06-00000000",
        ouders_email="ouders@demo.re-fit.example",
    )
    identiteit.save()
    Aanmelding.objects.create(
        traject=traject,
        klas="3 havo",
        schooltype=Schooltype.VO,
        reden="Sinds de zomer vaak ziek gemeld met buikpijn en vermoeidheid.",
        klachten=["buikpijn", "vermoeidheid"],
        verzuim_percentage=Decimal("24.0"),
        ziekmeldingen_12_weken=5,
        aaneengesloten_ziektedagen=4,
        plan_school="Gesprekken met mentor en jeugdarts, aangepast rooster.",
        effect_plan="Kort beter, daarna weer meer verzuim.",
        toestemming_leerling=True,
        toestemming_ouders=True,
        toestemming_op=timezone.localdate() - timedelta(days=60),
        toestemming_vastgelegd_door="Zorgcoördinator",
    )
    return traject


def _stapdatums(regio, voor: date) -> dict[str, date]:
    """The dates of aanmelding, advies, intake and besluit before `voor` (the training's first day, or
    today): school days of `regio`, each before the next (STAPPEN_TERUG)."""
    datums = {}
    dag = voor
    for stap, dagen in STAPPEN_TERUG:
        dag = eerste_schooldag(dag - timedelta(days=dagen), [regio], terug=True)
        datums[stap] = dag
    return datums


def _trainingsstart(regio, vandaag: date, weken_geleden: int) -> date:
    """A start `weken_geleden` school weeks before this week, on today's weekday (Friday at the weekend)."""
    maandag = vandaag - timedelta(days=vandaag.weekday())
    kalender = VakantieKalender(regio, maandag - timedelta(weeks=weken_geleden * 2 + 10), maandag)
    return kalender.schoolweken_terug(maandag, weken_geleden)[0] + timedelta(days=min(vandaag.weekday(), 4))


def _stappen(traject, tot: str, trainers, voor: date) -> dict[str, date]:
    """The steps up to `tot`, all dated before `voor` (the training's first day, or today)."""
    datums = _stapdatums(traject.school.regio, voor)
    # auto_now_add dated the registration today; the demo's school registered before the advice.
    traject.aangemeld_op = timezone.make_aware(datetime.combine(datums["aanmelding"], time(10)))
    Traject.objects.filter(pk=traject.pk).update(aangemeld_op=traject.aangemeld_op)
    Aanmelding.objects.filter(traject=traject).update(toestemming_op=datums["aanmelding"])
    if tot == Status.AANGEMELD:
        return datums
    advies = Advies.objects.create(
        traject=traject,
        positief=True,
        overige_leden="jeugdarts, leerplichtambtenaar",
        toelichting="Past bij Re-Fit.",
        gegeven_op=datums["advies"],
    )
    advies.leden.set(trainers[:1])
    if tot == Status.GEADVISEERD:
        return datums
    intake = Intake.objects.create(traject=traject, datum=datums["intake"], **INTAKE)
    intake.trainers.set(trainers)
    traject.trainers.set(trainers)
    if tot == Status.INTAKE_GEDAAN:
        return datums
    Besluit.objects.create(traject=traject, toegelaten=True, genomen_op=datums["besluit"])
    return datums


def _plannen(traject, start, variant=Variant.INDIVIDUEEL):
    planning = planning_maken(regio=traject.school.regio, startdatum=start, variant=variant)
    traject.variant = variant
    planning_opslaan(traject, planning)
    traject.status = Status.GEPLAND
    traject.save()
    return planning


def _gehouden_tot(traject, dag):
    """Every meeting before `dag` held, and the training started (as the meeting service records it)."""
    traject.bijeenkomsten.filter(datum__lt=dag).update(status=BijeenkomstStatus.GEHOUDEN)
    _gestart(traject)


def _gestart(traject):
    """The first held training meeting started the training (rule 'gestart')."""
    eerste = traject.bijeenkomsten.filter(TRAININGSBIJEENKOMST, status=BijeenkomstStatus.GEHOUDEN).first()
    if eerste is not None:
        traject.gestart_in_schooljaar = schooljaar_van(eerste.datum)
        if traject.status == Status.GEPLAND:
            traject.status = Status.IN_TRAINING


@transaction.atomic
def load_trajecten() -> None:
    User = get_user_model()
    school = Organisatie.objects.get(naam=SCHOOL)
    ab_dienst = Organisatie.objects.get(naam=AB_DIENST)
    demo_trainer = User.objects.get(email=DEMO_TRAINER)
    collega = (
        User.objects.filter(role_q(Role.TRAINER), lidmaatschappen__organisatie=school)
        .exclude(pk=demo_trainer.pk)
        .first()
    )
    trainers = [demo_trainer, collega] if collega else [demo_trainer]
    contact = User.objects.filter(email=DEMO_SCHOOLCONTACT).first()
    vandaag = timezone.localdate()

    for code, voornaam, achternaam, status, uitkomst in LEERLINGEN:
        if Traject.objects.filter(code=code).exists():
            continue
        traject = _aanmelden(code, voornaam, achternaam, school, contact)
        weken = TRAINING_GESTART.get((status, uitkomst))
        start = _trainingsstart(school.regio, vandaag, weken) if weken else None
        if uitkomst == Uitkomst.NIET_TOEGELATEN:
            datums = _stappen(traject, Status.INTAKE_GEDAAN, trainers, vandaag)
            Intake.objects.filter(traject=traject).update(psychopathologie_in_behandeling=True)
            Besluit.objects.create(
                traject=traject,
                toegelaten=False,
                genomen_op=datums["besluit"],
                vervolgadvies="Eerst de behandeling bij de jeugd-GGZ afronden; daarna opnieuw bekijken.",
            )
            traject.status, traject.uitkomst = Status.AFGESLOTEN, uitkomst
            traject.vervolgadvies = "Eerst de behandeling bij de jeugd-GGZ afronden."
            traject.afgesloten_op = datums["besluit"]
            traject.vernietigen_op = traject.afgesloten_op.replace(year=traject.afgesloten_op.year + 2)
            bewaartermijn_bijwerken(traject, vandaag=traject.afgesloten_op)
            traject.save()
            continue
        _stappen(
            traject,
            status
            if status in (Status.AANGEMELD, Status.GEADVISEERD, Status.INTAKE_GEDAAN)
            else Status.TOEGELATEN,
            trainers,
            start or vandaag,
        )
        traject.status = status if status not in (Status.GEPLAND, Status.IN_TRAINING) else Status.TOEGELATEN
        bewaartermijn_bijwerken(traject, vandaag=vandaag)
        traject.save()
        if status == Status.GEPLAND:
            # Planned to start in two weeks: the steps before it are counted back from today.
            _plannen(traject, eerste_schooldag(vandaag + timedelta(weeks=2), [school.regio]))
        elif status == Status.IN_TRAINING:
            _plannen(traject, start)
            for b in traject.bijeenkomsten.filter(datum__lt=vandaag):
                b.status = BijeenkomstStatus.GEHOUDEN if b.volgnummer != 3 else BijeenkomstStatus.AFWEZIG
                b.reden_afwezigheid = "Ziek gemeld" if b.volgnummer == 3 else ""
                b.notities = "Goed gesprek over het thema." if b.volgnummer != 3 else ""
                b.save()
            _gestart(traject)
            traject.save()
            for bericht in traject.voortgangsberichten.filter(gepland_op__lt=vandaag):
                bericht.verstuurd_op, bericht.kanaal = bericht.gepland_op, Kanaal.EMAIL
                bericht.strekking = "De training loopt; afspraken over rust en activiteit gaan goed."
                bericht.save()
        elif status == Status.AFGESLOTEN:
            _plannen(traject, start)
            traject.refresh_from_db()
            if uitkomst == Uitkomst.GESTOPT_IJKMOMENT:  # stopped at the ijkmoment: nothing held after it
                ijkmoment = traject.bijeenkomsten.get(soort=BijeenkomstSoort.IJKMOMENT)
                _gehouden_tot(traject, ijkmoment.datum + timedelta(days=1))
            else:
                _gehouden_tot(traject, vandaag)
            traject.status, traject.uitkomst = Status.AFGESLOTEN, uitkomst
            # Held up to the last meeting: the eindgesprek, or the ijkmoment where the training stopped.
            if uitkomst == Uitkomst.AFGEROND:
                einde = traject.bijeenkomsten.order_by("-datum").first().datum
            else:
                einde = traject.bijeenkomsten.get(soort=BijeenkomstSoort.IJKMOMENT).datum
            traject.bijeenkomsten.filter(datum__lte=einde).update(status=BijeenkomstStatus.GEHOUDEN)
            if uitkomst == Uitkomst.AFGEROND:
                Eindverslag.objects.create(
                    traject=traject,
                    versie=1,
                    eindgesprek_op=einde,
                    startsituatie="Je was veel thuis en had elke ochtend buikpijn.",
                    ontwikkeling="Je bouwde een vast ritme op en durfde weer hele dagen naar school.",
                    aandachtspunten_jongere="Blijf je rust-activiteitenschema gebruiken in drukke weken.",
                    aandachtspunten_ouders="Help bij het vasthouden van het ritme, ook in vakanties.",
                    aandachtspunten_school="Een rustige plek in de pauze helpt.",
                    overdracht_school="Mag een rustplek gebruiken als het nodig is.",
                )
                traject.aanwezigheid_eind = Decimal("92.0")
                traject.afgesloten_op = einde
            else:
                traject.vervolgadvies = "Begeleiding door de POH-GGZ van de huisarts."
                traject.afgesloten_op = einde
            traject.vernietigen_op = traject.afgesloten_op.replace(year=traject.afgesloten_op.year + 2)
            bewaartermijn_bijwerken(traject, vandaag=traject.afgesloten_op)
            traject.save()

    if not Groepstraining.objects.filter(code="G-DEMO2").exists():
        groep = Groepstraining.objects.create(code="G-DEMO2", uitvoerder=ab_dienst)
        groep.trainers.set(trainers)
        start = _trainingsstart(school.regio, vandaag, GROEP_GESTART)
        for code, voornaam, achternaam in GROEP:
            traject = _aanmelden(code, voornaam, achternaam, school, contact, groep=groep)
            traject.uitvoerder = ab_dienst
            _stappen(traject, Status.TOEGELATEN, trainers, start)
            planning = _plannen(traject, start, Variant.GROEP)
            _gehouden_tot(traject, vandaag)
            bewaartermijn_bijwerken(traject, vandaag=vandaag)
            traject.save()
        groep.startdatum = planning.start
        groep.save()

    if not Traject.objects.filter(code__startswith="T-HIS").exists():
        organisaties = {SCHOOL: school, AB_DIENST: ab_dienst}
        nummer = 0
        historie = []
        for jaar, per_org in HISTORIE.items():
            for naam, (individueel, groep_aantal) in per_org.items():
                for variant, aantal in ((Variant.INDIVIDUEEL, individueel), (Variant.GROEP, groep_aantal)):
                    for _i in range(aantal):
                        nummer += 1
                        historie.append(
                            Traject(
                                code=f"T-HIS{nummer:02d}".replace("0", "A")
                                .replace("1", "C")
                                .replace("5", "D")
                                .replace("8", "E"),
                                school=None,
                                uitvoerder=organisaties[naam],
                                variant=variant,
                                programma="",
                                status=Status.VERNIETIGD,
                                gestart_in_schooljaar=schooljaar_vanaf(jaar),
                                aangemeld_op=None,
                            )
                        )
        Traject.objects.bulk_create(historie)
        trajecten_gewijzigd()  # bulk_create sends no post_save
