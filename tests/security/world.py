"""The worlds the security tests run in.

One 'world' for the permission matrix: every role, and a real object behind every URL parameter.

Built once per test module through the same services and factories the other tests use, so
access is decided by the production rules (licence history, memberships, group privacy). Private
data carries a unique marker (`MARKERS`); the matrix asserts a marker never appears in a response
for a role outside its audience.

Small worlds for the hostile tests (tests/security/hostile): each builds only what its form needs,
with the app factories; `client_voor` logs in, `staat_van` reads what a refused input must leave.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from allauth.account.models import EmailAddress
from django.apps import apps
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone
from wagtail.documents import get_document_model

from content.inrichting import WERKBLADEN
from content.models import Sessieplan
from content.planner import activiteit_inplannen
from cursus.models import Aanwezigheid as CursusAanwezigheid
from cursus.models import Werkagenda
from cursus.services.aanmelden import BEVESTIGING_DOEL
from intervisie.services.casussen import Casus, casus_inbrengen
from licenties.models import DagAanmelding
from portal.accounts.bevestigen import bevestiging_token_maken
from portal.accounts.services import uitnodiging_token_maken, uitnodiging_versturen
from portal.agenda.services import agenda_abonnement_ophalen
from portal.inrichting import setup_steps
from portal.models import Adresbevestiging, Lidmaatschap
from portal.models.organisaties import Organisatie
from portal.plaatsing import PlaatsStatus, plaatsaanbod_token_maken
from portal.roles import Role
from tests.content.factories import activiteit, bibliotheek, fase, hoofdstuk, onderwerp, thema
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, bijeenkomsten
from tests.intervisie.factories import BijeenkomstFactory, IntervisiegroepFactory, lid
from tests.licenties.factories import LicentieFactory, ProfessionaliseringsdagFactory
from tests.portal.auth import als_na_een_volledige_login
from tests.portal.factories import OrganisatieFactory, UserFactory, activate_totp
from tests.trajecten import factories as tf
from trajecten.services.afsluiting import eindverslag_opslaan
from trajecten.services.planning import training_plannen
from trajecten.services.stappen import advies_vastleggen, besluit_nemen, intake_vastleggen
from trajecten.services.verloop import bijeenkomst_vastleggen, bijlage_toevoegen

# The matrix runs on this day: the trajectory below is in its training then.
VANDAAG = date(2027, 1, 20)

# Roles of the matrix, in the order they are printed.
ANONIEM = "anoniem"
CURSIST = "cursist"
TRAINER = "trainer"
ERVAREN = "ervaren_trainer"
OPLEIDER = "opleider"
KERNGROEP = "kerngroep"
SCHOOLCONTACT = "schoolcontact"
ANDERE_TRAINER = "trainer_andere_organisatie"
ZONDER_MFA = "trainer_zonder_mfa"
ROLLEN = (ANONIEM, CURSIST, TRAINER, ERVAREN, OPLEIDER, KERNGROEP, SCHOOLCONTACT, ANDERE_TRAINER, ZONDER_MFA)

# Unique strings in private data, with the roles that may see them.
LEERLINGNAAM = "Zwaluwstaartje"  # the pupil's first name, stored encrypted
TRAJECTNOTITIE = "Notitiemerkteken bij de eerste bijeenkomst"  # a meeting note in the case record
EINDVERSLAG = "Ontwikkelingsmerkteken in het eindverslag"
TRAINER_EMAIL = "tineke.merkteken@voorbeeld.nl"  # the (beginning) trainer's address
CASUSTEKST = "Casusmerkteken: hoe houd ik het ritme vast"  # an intervisie case
KOMPASTEKST = "Kompasmerkteken: alleen voor lezers van het trainerskompas"  # a private manual page
WERKAGENDA = "Werkagendamerkteken van de cursist"  # the cursist's implementation plan

LEZERS = frozenset({CURSIST, TRAINER, ERVAREN, OPLEIDER, KERNGROEP, ANDERE_TRAINER})
MARKERS = {
    LEERLINGNAAM: frozenset({TRAINER, ERVAREN, SCHOOLCONTACT}),
    TRAJECTNOTITIE: frozenset({TRAINER, ERVAREN}),
    EINDVERSLAG: frozenset({TRAINER, ERVAREN}),
    TRAINER_EMAIL: frozenset({TRAINER, ERVAREN, OPLEIDER, KERNGROEP}),
    CASUSTEKST: frozenset({TRAINER, ERVAREN, OPLEIDER}),
    KOMPASTEKST: LEZERS,
    WERKAGENDA: frozenset({CURSIST, OPLEIDER, KERNGROEP}),
}


@dataclass
class World:
    users: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.__dict__["objects"][name]
        except KeyError:
            raise AttributeError(name) from None


def _kompas(w: World) -> None:
    from content.models import KompasPage

    kompas = KompasPage.objects.get()
    w.objects["kompas"] = kompas
    w.objects["emmer"] = onderwerp(kompas)
    w.objects["hoofdstuk"] = hoofdstuk(kompas, titel="Doelgroep", tekst=KOMPASTEKST)
    fase1 = fase(kompas)
    w.objects["fase"] = fase1
    w.objects["thema"] = thema(fase1, "Introductie")
    bieb = bibliotheek(kompas)
    w.objects["bibliotheek"] = bieb
    w.objects["activiteit"] = activiteit(bieb, "De emmer tekenen", themas=[w.thema])


def _documenten(w: World) -> None:
    from wagtail.models import Collection

    document_model = get_document_model()
    openbaar = document_model(title="Folder voor scholen")
    openbaar.file.save("folder.pdf", ContentFile(b"%PDF-1.4\n% folder\n"), save=False)
    openbaar.save()
    werkbladen = Collection.objects.get(name=WERKBLADEN)
    werkblad = document_model(title="Werkblad de emmer", collection=werkbladen)
    werkblad.file.save("werkblad.pdf", ContentFile(b"%PDF-1.4\n% werkblad\n"), save=False)
    werkblad.save()
    w.objects["document"] = openbaar
    w.objects["werkblad"] = werkblad


def _traject(w: World, school: Organisatie) -> None:
    trainer, ervaren = w.users[TRAINER], w.users[ERVAREN]
    traject = tf.TrajectFactory(school=school, met_identiteit__voornaam=LEERLINGNAAM)
    advies_vastleggen(
        traject=traject,
        positief=True,
        leden=[ervaren],
        overige_leden="jeugdarts",
        toelichting="Past.",
        gegeven_op=date(2026, 9, 10),
        door=ervaren,
    )
    intake_vastleggen(
        traject=traject, trainers=[ervaren, trainer], gegevens=dict(tf.INTAKE_TOEGELATEN), door=ervaren
    )
    besluit_nemen(
        traject=traject,
        toegelaten=True,
        afwijkingsreden="",
        vervolgadvies="",
        genomen_op=date(2026, 9, 25),
        door=ervaren,
    )
    training_plannen(traject=traject, startdatum=date(2026, 11, 2), door=ervaren)
    eerste = traject.bijeenkomsten.get(volgnummer=1)
    bijeenkomst_vastleggen(
        bijeenkomst=eerste,
        aanwezig=True,
        reden_afwezigheid="",
        activiteiten=[],
        notities=TRAJECTNOTITIE,
        huiswerk="",
        door=trainer,
    )
    w.objects["bijlage"] = bijlage_toevoegen(
        traject=traject,
        soort="rust_activiteitenschema",
        omschrijving="Schema week 1",
        bestand=ContentFile(b"%PDF-1.4\n% schema\n", name="schema.pdf"),
        content_type="application/pdf",
        door=trainer,
    )
    eindverslag_opslaan(
        traject=traject,
        gegevens={
            "eindgesprek_op": date(2027, 3, 1),
            "startsituatie": "Vaak thuis met buikpijn.",
            "ontwikkeling": EINDVERSLAG,
            "aandachtspunten_jongere": "Pauzes nemen.",
            "aandachtspunten_ouders": "Ritme bewaken.",
            "aandachtspunten_school": "Rustplek aanbieden.",
            "overdracht_school": "Mag de rustplek gebruiken.",
            "advies": "",
        },
        door=trainer,
    )
    traject.refresh_from_db()
    w.objects["traject"] = traject
    w.objects["traject_bijeenkomst"] = eerste


def _cursus(w: World) -> None:
    cursist, opleider = w.users[CURSIST], w.users[OPLEIDER]
    ronde = CursusrondeFactory(opleiders=[opleider])
    aanmelding = AanmeldingFactory(cursusronde=ronde, user=cursist)
    Werkagenda.objects.create(
        aanmelding=aanmelding,
        huidige_situatie=WERKAGENDA,
        doel="Re-Fit in het zorgteam verankeren.",
        stappen="Intake met zorgcoördinator.",
        betrokkenen="Zorgcoördinator, mentoren.",
        tijdpad="Na de herfstvakantie.",
    )
    sessie = bijeenkomsten(ronde)[0]
    aanwezigheid = CursusAanwezigheid.objects.create(
        aanmelding=aanmelding, bijeenkomst=sessie, aanwezig=False, reden_afwezig="Ziek"
    )
    # Someone on the waiting list with a seat on offer: the link in their mail is the key.
    wachtende = AanmeldingFactory(
        cursusronde=ronde,
        status=PlaatsStatus.AANGEBODEN,
        plaatsaanbod_verloopt_op=timezone.now() + timedelta(days=2),
    )
    # A confirmation link from the public form, used already: the same answer for every role.
    bevestiging = Adresbevestiging.objects.create(
        doel=BEVESTIGING_DOEL,
        email="gebruikt@voorbeeld.nl",
        omschrijving="een aanmelding",
        link_naam="cursus:bevestigen",
        verloopt_op=timezone.now() + timedelta(days=2),
    )
    bevestiging_token = bevestiging_token_maken(bevestiging)
    bevestiging.bevestigd_op = timezone.now()
    bevestiging.save(update_fields=["bevestigd_op"])
    w.objects.update(
        ronde=ronde,
        cursus_bevestiging_token=bevestiging_token,
        cursus_aanmelding=aanmelding,
        cursus_bijeenkomst=sessie,
        cursus_aanwezigheid=aanwezigheid,
        cursus_plaatsaanbod_token=plaatsaanbod_token_maken(wachtende),
    )


def _licenties(w: World) -> None:
    trainer = w.users[TRAINER]
    dag = ProfessionaliseringsdagFactory()
    w.objects["dag"] = dag
    w.objects["licentie"] = trainer.licenties.get()
    w.objects["dag_aanmelding"] = DagAanmelding.objects.filter(user=trainer, aanwezig=True).first()
    aangeboden = DagAanmelding.objects.create(
        dag=dag,
        user=w.users[ANDERE_TRAINER],
        status=PlaatsStatus.AANGEBODEN,
        plaatsaanbod_verloopt_op=timezone.now() + timedelta(days=2),
    )
    w.objects["dag_plaatsaanbod_token"] = plaatsaanbod_token_maken(aangeboden)


def _intervisie(w: World) -> None:
    trainer, ervaren = w.users[TRAINER], w.users[ERVAREN]
    groep = IntervisiegroepFactory(facilitatoren=[w.users[OPLEIDER]])
    lid(groep, trainer)
    lid(groep, ervaren)
    bijeenkomst = BijeenkomstFactory(groep=groep, datum=VANDAAG + timedelta(days=20))
    casus = casus_inbrengen(
        bijeenkomst=bijeenkomst,
        casus=Casus(vraag=CASUSTEKST, context="Jongere van 14.", geprobeerd="Weekschema.", leerdoel="Rust."),
        door=trainer,
        persoonsgegevens_gecontroleerd=True,
    )
    w.objects.update(groep=groep, intervisie_bijeenkomst=bijeenkomst, casus=casus)


def _planner(w: World) -> None:
    trainer = w.users[TRAINER]
    plan = Sessieplan.objects.create(trainer=trainer, titel="Week 1: Introductie", thema=w.thema, week=1)
    item = activiteit_inplannen(
        plan=plan, activiteit_id=w.activiteit.pk, onderdeel="activiteit", door=trainer
    )
    w.objects.update(plan=plan, plan_item=item)


def build_world() -> World:
    """Everything the URL table needs; call inside a database transaction."""
    for _label, step in setup_steps():
        step()
    w = World()
    school = tf.school(naam="Het Zwaluwcollege")
    andere_organisatie = OrganisatieFactory(soort=Organisatie.Soort.AB_DIENST, naam="Ambulante dienst Oost")
    w.objects.update(school=school, andere_organisatie=andere_organisatie)

    w.users[CURSIST] = UserFactory(roles=[Role.CURSIST])
    w.users[TRAINER] = tf.trainer(ervaren=False, organisatie=school)
    w.users[TRAINER].email = TRAINER_EMAIL
    w.users[TRAINER].save(update_fields=["email"])
    EmailAddress.objects.filter(user=w.users[TRAINER]).update(email=TRAINER_EMAIL)
    # The ervaren trainer also coordinates the school's trajectories (inzage, export, erasure).
    w.users[ERVAREN] = tf.trainer(ervaren=True, organisatie=school, coordinator=True)
    w.users[OPLEIDER] = UserFactory(roles=[Role.OPLEIDER])
    w.users[KERNGROEP] = UserFactory(roles=[Role.KERNGROEP])
    w.users[SCHOOLCONTACT] = tf.schoolcontact(school)
    w.users[ANDERE_TRAINER] = tf.trainer(ervaren=True, organisatie=andere_organisatie, coordinator=True)
    w.users[ZONDER_MFA] = UserFactory(roles=[Role.TRAINER])
    Lidmaatschap.objects.create(user=w.users[ZONDER_MFA], organisatie=school)
    LicentieFactory(houder=w.users[ZONDER_MFA])
    # Past two-step login, except the one trainer who has not set it up yet.
    for rol in (TRAINER, ERVAREN, OPLEIDER, KERNGROEP, ANDERE_TRAINER):
        activate_totp(w.users[rol])

    _kompas(w)
    _documenten(w)
    _traject(w, school)
    # A trajectory of the other organisation: its trainer has case records too, just not ours.
    w.objects["ander_traject"] = tf.TrajectFactory(
        school=andere_organisatie, trainers=[w.users[ANDERE_TRAINER]]
    )
    _cursus(w)
    _licenties(w)
    _intervisie(w)
    _planner(w)
    w.objects["agenda_token"] = agenda_abonnement_ophalen(user=w.users[TRAINER]).token
    uitnodiging = uitnodiging_versturen(
        email="nieuw.lid@voorbeeld.nl",
        voornaam="Nieuw",
        achternaam="Lid",
        rol=Role.TRAINER,
        organisatie=school,
        door=w.users[KERNGROEP],
    )
    w.objects["uitnodiging"] = uitnodiging
    w.objects["uitnodiging_token"] = uitnodiging_token_maken(uitnodiging=uitnodiging)
    return w


# The hostile tests' small worlds.


def client_voor(user=None) -> Client:
    """A test client that answers like a server (a crash is a 500, not an exception), logged in as `user`.

    Logged in as after both login steps (`tests.portal.auth.als_na_een_volledige_login`); the
    allauth login itself is tested in tests/portal and tests/security/accounts.
    """
    client = Client(raise_request_exception=False)
    if user is not None:
        als_na_een_volledige_login(client, user)
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
