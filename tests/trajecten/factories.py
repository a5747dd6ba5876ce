"""Trajectories in every state, with fictitious pupils (nl_NL Faker)."""

from datetime import date, timedelta
from decimal import Decimal

import factory
from django.utils import timezone

from portal.models import Lidmaatschap, Organisatie
from portal.models.organisaties import Regio
from tests.licenties.factories import LicentieFactory, bijgewoond
from tests.portal.factories import OrganisatieFactory, UserFactory
from trajecten.choices import Schooltype
from trajecten.models import Aanmelding, Identiteit, IdentiteitGegevens, Traject


def trainer(*, ervaren: bool = True, organisatie=None, coordinator: bool = False):
    """A licensed trainer, ervaren (> 3 years licensed, kept up) or not, optionally in an organisation.

    The licence history is real, so `licenties.selectors.is_ervaren_trainer` decides as in production.
    """
    user = UserFactory(roles=["trainer"])
    vandaag = timezone.localdate()
    LicentieFactory(houder=user, behaald_op=vandaag - timedelta(days=(4 if ervaren else 1) * 366))
    bijgewoond(user, vandaag - timedelta(days=366))
    bijgewoond(user, vandaag)
    if organisatie is not None:
        Lidmaatschap.objects.create(user=user, organisatie=organisatie, is_coordinator=coordinator)
    return user


def schoolcontact(school):
    user = UserFactory(roles=["schoolcontact"])
    Lidmaatschap.objects.create(user=user, organisatie=school)
    return user


def school(regio=Regio.MIDDEN, **kwargs):
    return OrganisatieFactory(soort=Organisatie.Soort.SCHOOL, regio=regio, **kwargs)


def identiteit(**kwargs) -> IdentiteitGegevens:
    from faker import Faker

    fake = Faker("nl_NL")
    waarden = {
        "voornaam": fake.first_name(),
        "achternaam": fake.last_name(),
        "geboortedatum": date(2011, 3, 14),
        "ouders_naam": fake.name(),
        "ouders_telefoon": "06-12345678",
        "ouders_email": "ouder@voorbeeld.nl",
        **kwargs,
    }
    return IdentiteitGegevens(**waarden)


AANMELDING = {
    "klas": "3 havo",
    "schooltype": Schooltype.VO,
    "reden": "Veel afwezig door buikpijn; de mentor maakt zich zorgen.",
    "klachten": ["buikpijn", "vermoeidheid"],
    "klachten_anders": "",
    "verzuim_percentage": Decimal("18.5"),
    "ziekmeldingen_12_weken": 5,
    "aaneengesloten_ziektedagen": 3,
    "plan_school": "Gesprekken met de mentor en de jeugdarts.",
    "effect_plan": "Weinig effect.",
    "toestemming_leerling": True,
    "toestemming_ouders": True,
    "toestemming_op": date(2026, 9, 1),
    "toestemming_vastgelegd_door": "Zorgcoördinator",
}


class TrajectFactory(factory.django.DjangoModelFactory):
    """A registered trajectory with an encrypted identity and an aanmelding."""

    class Meta:
        model = Traject
        skip_postgeneration_save = True

    school = factory.LazyFunction(school)
    uitvoerder = factory.SelfAttribute("school")

    @factory.post_generation
    def met_identiteit(self, create, extracted, **kwargs):
        if not create or extracted is False:
            return
        record = Identiteit(traject=self)
        record.gegevens = identiteit(**kwargs)
        record.save()
        Aanmelding.objects.create(traject=self, **AANMELDING)

    @factory.post_generation
    def trainers(self, create, extracted, **kwargs):
        if create and extracted:
            self.trainers.set(extracted)


# An intake where every criterion is met and no contra-indication applies.
INTAKE_TOEGELATEN = {
    "datum": date(2026, 9, 20),
    "ziekte_en_ziektebeleving": "Buikpijn sinds een jaar.",
    "dagelijks_leven": "Veel thuis op de bank.",
    "verleden": "Onderzoek bij de huisarts, niets gevonden.",
    "verwachtingen": "Weer vaker naar school.",
    "aanhoudende_klachten": True,
    "verzuim_percentage": Decimal("18.5"),
    "plan_school_onvoldoende_effect": True,
    "klachten_belemmeren_schoolloopbaan": True,
    "eenzaamheid": False,
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


# The structured parts of an eindverslag; a test adds the date of the eindgesprek.
EINDVERSLAG = {
    "startsituatie": "Vaak thuis met buikpijn.",
    "ontwikkeling": "Meer ritme.",
    "aandachtspunten_jongere": "Pauzes nemen.",
    "aandachtspunten_ouders": "Ritme bewaken.",
    "aandachtspunten_school": "Rustplek aanbieden.",
    "overdracht_school": "",
    "advies": "",
}
