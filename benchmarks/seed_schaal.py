"""Seeding the national-scale data set for `benchmarks/schaal.py`, with `bulk_create` throughout.

At scale 1 (the national scale): 3,000 active trainers, 10,000 licences with five years of
professionalisation days (the 7,000 others are former trainers), 2,000 activities, 30,000
trajectories with their meetings, encrypted identities, aanmeldingen and eindverslagen,
200 course editions and 60 intervisie groups; the full manual comes from `demo_data`.
Each part takes a `schaal` so the growth run can seed only what the heaviest pages read.
"""

import importlib.util
import random
from datetime import date, time, timedelta
from decimal import Decimal
from pathlib import Path

BATCH = 5000
TRAINERS = 3000
LICENTIES = 10_000
ACTIVITEITEN = 2000
TRAJECTEN = 30_000
CURSUSRONDES = 200
INTERVISIEGROEPEN = 60
# Organisations are not multiplied by the scale: the reach report has a column per
# executing organisation by design, so growth measures more records, not more columns.
UITVOERDERS = 60
SCHOLEN = 400
CODE_ALFABET = "234679ACDEFGHJKMNPQRTUVWXYZ"


def benchmark_module(naam: str):
    """A sibling benchmark script as a module (`benchmarks/licenties.py` shares its name with the app)."""
    spec = importlib.util.spec_from_file_location(f"benchmark_{naam}", Path(__file__).with_name(f"{naam}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def trajectcode(n: int, prefix: str = "T") -> str:
    """A deterministic code per number (unique, unlike random codes at millions of rows)."""
    tekens = []
    for _ in range(6):
        n, rest = divmod(n, len(CODE_ALFABET))
        tekens.append(CODE_ALFABET[rest])
    return f"{prefix}-" + "".join(reversed(tekens))


def licenties(aantal: int) -> None:
    """Licences and their holders (benchmarks/licenties.py), then the trainer role for the first 3,000×."""
    from django.contrib.auth.models import Group

    from licenties.status import statussen_bijwerken
    from portal.models import User
    from portal.roles import GROUP_NAMES, Role

    zaaien = benchmark_module("licenties").zaaien
    for vanaf in range(0, aantal, 50_000):
        zaaien(min(50_000, aantal - vanaf), vanaf=vanaf)
    trainer = Group.objects.get(name=GROUP_NAMES[Role.TRAINER])
    actief = round(aantal * TRAINERS / LICENTIES)
    ids = User.objects.filter(email__endswith="@bench.example").order_by("pk").values_list("pk", flat=True)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=pk, group_id=trainer.pk) for pk in ids[:actief]],
        batch_size=BATCH,
        ignore_conflicts=True,
    )
    statussen_bijwerken()
    print(f"  licenties: {aantal}, waarvan {actief} houders met de rol trainer", flush=True)


def organisaties() -> tuple[list, list]:
    from portal.models import Organisatie
    from portal.models.organisaties import Regio

    regios = [regio for regio, _label in Regio.choices]
    bestaand = Organisatie.objects.filter(naam__startswith="Bench ")
    if not bestaand.exists():
        Organisatie.objects.bulk_create(
            [
                Organisatie(
                    naam=f"Bench ab-dienst {n:03d}",
                    soort=Organisatie.Soort.AB_DIENST,
                    regio=regios[n % len(regios)],
                )
                for n in range(UITVOERDERS)
            ]
            + [
                Organisatie(
                    naam=f"Bench school {n:03d}",
                    soort=Organisatie.Soort.SCHOOL,
                    regio=regios[n % len(regios)],
                )
                for n in range(SCHOLEN)
            ]
        )
    uitvoerders = list(Organisatie.objects.filter(naam__startswith="Bench ab-dienst").order_by("pk"))
    scholen = list(Organisatie.objects.filter(naam__startswith="Bench school").order_by("pk"))
    return uitvoerders, scholen


def trajecten(aantal: int, *, vanaf: int = 0, met_details: bool = True) -> None:
    """Trajectories spread over 2018–2026, with (when `met_details`) encrypted identities,
    aanmeldingen, meetings (14 per training) and eindverslagen for completed ones."""
    from portal.kalender import schooljaar_van
    from portal.models import User
    from trajecten.choices import BijeenkomstSoort, BijeenkomstStatus, Schooltype, Status, Uitkomst, Variant
    from trajecten.models import (
        Aanmelding,
        Bijeenkomst,
        Eindverslag,
        Identiteit,
        IdentiteitGegevens,
        Traject,
    )

    rng = random.Random(1000 + vanaf)
    uitvoerders, scholen = organisaties()
    trainer_ids = list(
        User.objects.filter(email__endswith="@bench.example", groups__name="Trainer")
        .order_by("pk")
        .values_list("pk", flat=True)
    ) or list(User.objects.filter(email__endswith="@demo.re-fit.example").values_list("pk", flat=True))
    vandaag = date(2026, 12, 1)
    for begin in range(vanaf, vanaf + aantal, BATCH):
        nummers = range(begin, min(vanaf + aantal, begin + BATCH))
        nieuw = []
        for n in nummers:
            startdatum = date(2018, 8, 20) + timedelta(days=rng.randrange(0, 3000))
            if startdatum > vandaag - timedelta(days=100):
                status = rng.choice(
                    [Status.AANGEMELD, Status.GEADVISEERD, Status.IN_TRAINING, Status.TOEGELATEN]
                )
            else:
                status = Status.AFGESLOTEN
            uitkomst = ""
            if status == Status.AFGESLOTEN:
                uitkomst = rng.choices(
                    [Uitkomst.AFGEROND, Uitkomst.GESTOPT_IJKMOMENT, Uitkomst.NIET_TOEGELATEN], [85, 10, 5]
                )[0]
            gestart = (
                status in (Status.IN_TRAINING, Status.AFGESLOTEN) and uitkomst != Uitkomst.NIET_TOEGELATEN
            )
            nieuw.append(
                Traject(
                    code=trajectcode(n),
                    school=scholen[n % len(scholen)],
                    uitvoerder=uitvoerders[rng.randrange(len(uitvoerders))],
                    status=status,
                    uitkomst=uitkomst,
                    variant=Variant.GROEP if rng.random() < 0.3 else Variant.INDIVIDUEEL,
                    startdatum=startdatum if gestart else None,
                    gestart_in_schooljaar=schooljaar_van(startdatum) if gestart else "",
                    afgesloten_op=startdatum + timedelta(days=100) if status == Status.AFGESLOTEN else None,
                )
            )
        nieuw = Traject.objects.bulk_create(nieuw, batch_size=BATCH)
        Traject.trainers.through.objects.bulk_create(
            [
                Traject.trainers.through(traject_id=traject.pk, user_id=trainer)
                for traject in nieuw
                for trainer in {rng.choice(trainer_ids), rng.choice(trainer_ids)}
            ],
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        if not met_details:
            continue
        identiteiten = []
        for traject in nieuw:
            identiteit = Identiteit(traject=traject)
            # The real encryption (trajecten.versleuteling), one row at a time, stored in batches.
            identiteit.gegevens = IdentiteitGegevens(
                voornaam=rng.choice(["Noor", "Daan", "Sara", "Milan", "Yara", "Luuk"]),
                achternaam=f"Bench{traject.pk}",
                geboortedatum=date(2008, 1, 1) + timedelta(days=rng.randrange(0, 2000)),
                ouders_naam="ouder",
                ouders_telefoon="06-00000000",
            )
            identiteiten.append(identiteit)
        Identiteit.objects.bulk_create(identiteiten, batch_size=BATCH)
        Aanmelding.objects.bulk_create(
            [
                Aanmelding(
                    traject=traject,
                    klas="3 havo",
                    schooltype=Schooltype.VO,
                    reden="Vaak ziek gemeld.",
                    klachten=["buikpijn", "vermoeidheid"],
                    verzuim_percentage=Decimal("18.5"),
                    ziekmeldingen_12_weken=5,
                    aaneengesloten_ziektedagen=4,
                    plan_school="Gesprekken met de mentor.",
                    effect_plan="Kort beter.",
                    toestemming_leerling=True,
                    toestemming_ouders=True,
                    toestemming_op=vandaag,
                    toestemming_vastgelegd_door="Zorgcoördinator",
                )
                for traject in nieuw
            ],
            batch_size=BATCH,
        )
        bijeenkomsten = []
        for traject in nieuw:
            if traject.startdatum is None:
                continue
            for volgnummer in range(1, 15):
                datum = traject.startdatum + timedelta(weeks=volgnummer - 1)
                bijeenkomsten.append(
                    Bijeenkomst(
                        traject=traject,
                        volgnummer=volgnummer,
                        week=volgnummer,
                        soort=BijeenkomstSoort.IJKMOMENT if volgnummer == 4 else BijeenkomstSoort.INDIVIDUEEL,
                        datum=datum,
                        fase=1 if volgnummer <= 4 else 2 if volgnummer <= 8 else 3 if volgnummer <= 11 else 4,
                        status=BijeenkomstStatus.GEHOUDEN if datum < vandaag else BijeenkomstStatus.GEPLAND,
                    )
                )
        Bijeenkomst.objects.bulk_create(bijeenkomsten, batch_size=BATCH)
        Eindverslag.objects.bulk_create(
            [
                Eindverslag(
                    traject=traject,
                    versie=1,
                    eindgesprek_op=traject.afgesloten_op,
                    startsituatie="Begon met veel verzuim.",
                    ontwikkeling="Meer rust en ritme.",
                    aandachtspunten_jongere="Blijf plannen.",
                    aandachtspunten_ouders="Ruimte geven.",
                    aandachtspunten_school="Rooster op maat.",
                )
                for traject in nieuw
                if traject.uitkomst == Uitkomst.AFGEROND
            ],
            batch_size=BATCH,
        )
    print(f"  trajecten: {aantal} (vanaf nummer {vanaf})", flush=True)


def activiteiten(aantal: int) -> None:
    """Activities through Wagtail's tree (`add_child`: pages cannot be bulk-created), as bibliotheek.py."""
    benchmark_module("bibliotheek").zaaien(aantal)
    print(f"  activiteiten: {aantal}", flush=True)


def cursusrondes(aantal: int) -> None:
    """Course editions over ten years, two lesdagen and two intervisiemomenten each, ~12 cursisten."""
    from cursus.choices import Achtergrond, RondeStatus, Soort
    from cursus.models import Aanmelding, Bijeenkomst, Cursusronde
    from portal.models import User
    from portal.plaatsing import PlaatsStatus

    rondes = Cursusronde.objects.bulk_create(
        [
            Cursusronde(
                naam=f"Bench-ronde {n:04d}",
                status=RondeStatus.OPEN,
                capaciteit=16,
                aanmelden_tot=date(2017, 1, 10) + timedelta(days=18 * n),
                afmelden_tot=date(2017, 1, 3) + timedelta(days=18 * n),
            )
            for n in range(aantal)
        ],
        batch_size=BATCH,
    )
    Bijeenkomst.objects.bulk_create(
        [
            Bijeenkomst(
                cursusronde=ronde,
                soort=soort,
                datum=ronde.aanmelden_tot + timedelta(days=14 + 21 * i),
                begintijd=time(9, 30),
                eindtijd=time(16),
                locatie="Utrecht",
            )
            for ronde in rondes
            for i, soort in enumerate(
                [Soort.LESDAG, Soort.LESDAG, Soort.INTERVISIEMOMENT, Soort.INTERVISIEMOMENT]
            )
        ],
        batch_size=BATCH,
    )
    cursisten = list(
        User.objects.filter(email__endswith="@bench.example")
        .order_by("-pk")
        .values_list("pk", flat=True)[: aantal * 12]
    )
    Aanmelding.objects.bulk_create(
        [
            Aanmelding(
                cursusronde=rondes[i // 12],
                user_id=user_id,
                status=PlaatsStatus.GEPLAATST,
                organisatie="Bench",
                achtergrond=Achtergrond.PEDAGOGISCH,
                ervaring_onderwijs="Mentor",
                motivatie="Verzuim aanpakken",
            )
            for i, user_id in enumerate(cursisten)
        ],
        batch_size=BATCH,
    )
    print(f"  cursusrondes: {aantal} met {len(cursisten)} cursisten", flush=True)


def intervisiegroepen(aantal: int) -> None:
    """National groups of eight trainers, meeting four times a year in 2025–2027, attendance recorded."""
    from intervisie.choices import GroepSoort
    from intervisie.models import Aanwezigheid, Groepslidmaatschap, Intervisiebijeenkomst, Intervisiegroep
    from portal.models import User

    groepen = Intervisiegroep.objects.bulk_create(
        [Intervisiegroep(naam=f"Bench landelijk {n:03d}", soort=GroepSoort.LANDELIJK) for n in range(aantal)]
    )
    trainers = list(
        User.objects.filter(email__endswith="@bench.example", groups__name="Trainer")
        .order_by("pk")
        .values_list("pk", flat=True)[: aantal * 8]
    )
    leden = Groepslidmaatschap.objects.bulk_create(
        [
            Groepslidmaatschap(
                groep=groepen[i // 8], user_id=user_id, is_landelijk=True, begin_op=date(2025, 1, 1)
            )
            for i, user_id in enumerate(trainers)
        ],
        batch_size=BATCH,
    )
    bijeenkomsten = Intervisiebijeenkomst.objects.bulk_create(
        [
            Intervisiebijeenkomst(
                groep=groep,
                datum=date(2025, 1, 14) + timedelta(weeks=13 * k, days=n % 5),
                begintijd=time(15, 30),
                eindtijd=time(17, 30),
                online_link="https://meet.example/bench",
            )
            for n, groep in enumerate(groepen)
            for k in range(12)
        ],
        batch_size=BATCH,
    )
    per_groep = {}
    for lid in leden:
        per_groep.setdefault(lid.groep_id, []).append(lid.user_id)
    Aanwezigheid.objects.bulk_create(
        [
            Aanwezigheid(bijeenkomst=bijeenkomst, user_id=user_id, aanwezig=True)
            for bijeenkomst in bijeenkomsten
            if bijeenkomst.datum < date(2026, 12, 1)
            for user_id in per_groep.get(bijeenkomst.groep_id, [])
        ],
        batch_size=BATCH,
    )
    print(f"  intervisiegroepen: {aantal} met {len(leden)} leden", flush=True)


def alles(schaal: float) -> None:
    """The whole national data set at `schaal`."""
    licenties(round(LICENTIES * schaal))
    trajecten(round(TRAJECTEN * schaal))
    cursusrondes(round(CURSUSRONDES * schaal))
    intervisiegroepen(round(INTERVISIEGROEPEN * schaal))
    activiteiten(round(ACTIVITEITEN * schaal))
    # Fresh statistics, as autovacuum would have them in production: plans made on the empty
    # tables' statistics scan what an index would find.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
