"""The small worlds the hostile tests attack: each builds only what its form needs, with the app factories."""

from datetime import date

from django.apps import apps
from django.test import Client

from portal.roles import requires_mfa
from tests.portal.factories import activate_totp


def client_voor(user=None) -> Client:
    """A test client that answers like a server (a crash is a 500, not an exception), logged in as `user`.

    The MFA middleware only asks that people who need two-step login have an authenticator;
    the allauth login itself is tested in tests/portal.
    """
    client = Client(raise_request_exception=False)
    if user is not None:
        if requires_mfa(user):
            activate_totp(user)
        client.force_login(user)
    return client


def staat_van(*labels: str):
    """Every row of the named models, field by field: what a refused input must leave as it was."""

    def staat():
        resultaat = {}
        for label in labels:
            model = apps.get_model(label)
            velden = [f.attname for f in model._meta.concrete_fields]
            resultaat[label] = sorted(map(repr, model.objects.values_list(*velden)))
        return resultaat

    return staat


TRAJECT_STAAT = staat_van(
    "trajecten.Traject",
    "trajecten.Aanmelding",
    "trajecten.Identiteit",
    "trajecten.Advies",
    "trajecten.Intake",
    "trajecten.Besluit",
    "trajecten.Bijeenkomst",
    "trajecten.Voortgangsbericht",
    "trajecten.Bijlage",
    "trajecten.Eindverslag",
    "trajecten.Groepstraining",
)
CURSUS_STAAT = staat_van(
    "cursus.Aanmelding",
    "cursus.Cursusronde",
    "cursus.Aanwezigheid",
    "cursus.Werkagenda",
    "cursus.WerkagendaOpmerking",
    "cursus.Aftekening",
    "portal.User",
)
INTERVISIE_STAAT = staat_van(
    "intervisie.Intervisiegroep",
    "intervisie.Intervisiebijeenkomst",
    "intervisie.Aanwezigheid",
    "intervisie.Casusinbreng",
)
CONTENT_STAAT = staat_van(
    "content.Sessieplan", "content.SessieplanItem", "content.Favoriet", "content.KompasVoorkeur"
)
LICENTIE_STAAT = staat_van(
    "licenties.Licentie", "licenties.Professionaliseringsdag", "licenties.DagAanmelding", "licenties.Besluit"
)


def trajecten_wereld() -> dict:
    """A school with an experienced and a new trainer, a school contact, and a trajectory in each step."""
    from portal.schoolvakanties import schoolvakanties_inrichten
    from tests.trajecten import factories as f
    from trajecten.services.planning import training_plannen
    from trajecten.services.stappen import advies_vastleggen, besluit_nemen, intake_vastleggen

    schoolvakanties_inrichten()
    school = f.school()
    ervaren = f.trainer(ervaren=True, organisatie=school, coordinator=True)
    beginner = f.trainer(ervaren=False, organisatie=school)
    contact = f.schoolcontact(school)

    def nieuw():
        return f.TrajectFactory(school=school, trainers=[ervaren, beginner])

    def advies(traject, overige_leden=""):
        advies_vastleggen(
            traject=traject,
            positief=True,
            leden=[ervaren],
            overige_leden=overige_leden,
            toelichting="Past.",
            gegeven_op=date(2026, 9, 10),
            door=ervaren,
        )

    def intake(traject):
        intake_vastleggen(
            traject=traject, trainers=[ervaren, beginner], gegevens=dict(f.INTAKE_TOEGELATEN), door=ervaren
        )

    def toelaten(traject):
        besluit_nemen(
            traject=traject,
            toegelaten=True,
            afwijkingsreden="",
            vervolgadvies="",
            genomen_op=date(2026, 9, 25),
            door=ervaren,
        )

    aangemeld = nieuw()
    geadviseerd = nieuw()
    advies(geadviseerd, overige_leden="jeugdarts")
    na_intake = nieuw()
    advies(na_intake)
    intake(na_intake)

    def toegelaten_traject():
        traject = nieuw()
        advies(traject)
        intake(traject)
        toelaten(traject)
        return traject

    toegelaten = toegelaten_traject()
    in_training = toegelaten_traject()
    in_training.refresh_from_db()
    training_plannen(traject=in_training, startdatum=_volgende_maandag(), door=ervaren)
    for traject in (aangemeld, geadviseerd, na_intake, toegelaten, in_training):
        traject.refresh_from_db()
    return {
        "school": school,
        "ervaren": ervaren,
        "contact": contact,
        "aangemeld": aangemeld,
        "geadviseerd": geadviseerd,
        "na_intake": na_intake,
        "toegelaten": toegelaten,
        "in_training": in_training,
        "bijeenkomst": in_training.bijeenkomsten.order_by("datum").first(),
    }


def _volgende_maandag() -> date:
    from datetime import timedelta

    from django.utils import timezone

    vandaag = timezone.localdate()
    return vandaag + timedelta(days=7 - vandaag.weekday())


def cursus_wereld() -> dict:
    from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory
    from tests.portal.factories import UserFactory

    opleider = UserFactory(roles=["opleider"])
    ronde = CursusrondeFactory(opleiders=[opleider])
    deelnemer = AanmeldingFactory(cursusronde=ronde)
    open_aanmelding = AanmeldingFactory(cursusronde=ronde, status="geplaatst", beoordeling="open")
    return {"opleider": opleider, "ronde": ronde, "deelnemer": deelnemer, "open": open_aanmelding}


def intervisie_wereld() -> dict:
    from tests.intervisie import factories as f

    facilitator = f.trainer()
    lid = f.trainer()
    groep = f.IntervisiegroepFactory(facilitatoren=[facilitator])
    f.lid(groep, facilitator)
    f.lid(groep, lid)
    bijeenkomst = f.BijeenkomstFactory(groep=groep)
    return {"facilitator": facilitator, "lid": lid, "groep": groep, "bijeenkomst": bijeenkomst}


def content_wereld() -> dict:
    from content.models import Sessieplan
    from tests.content import factories as f
    from tests.portal.factories import UserFactory

    kompas = f.klein_kompas()
    trainer = UserFactory(roles=["trainer"])
    activiteit = f.activiteit(
        f.bibliotheek(kompas["kompas"]), "De emmer tekenen", themas=[kompas["erkenning"]]
    )
    plan = Sessieplan.objects.create(trainer=trainer, titel="Week 2", thema=kompas["erkenning"], week=2)
    return {"kompas": kompas, "trainer": trainer, "activiteit": activiteit, "plan": plan}
