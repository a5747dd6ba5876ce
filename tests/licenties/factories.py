"""Factories for licences and professionalisation days.

`LicentieFactory` stores the status the rule computes, as issuing does; evidence added
later (`bijgewoond`) recomputes it.
"""

from datetime import date, time, timedelta

import factory
from django.utils import timezone

from licenties.models import DagAanmelding, DagStatus, Licentie, Professionaliseringsdag
from licenties.status import statussen_bijwerken, statussen_van_houders_bijwerken
from portal.plaatsing import PlaatsStatus
from tests.portal.factories import UserFactory


class LicentieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Licentie
        skip_postgeneration_save = True

    houder = factory.SubFactory(UserFactory, roles=["trainer"])
    nummer = factory.Sequence(lambda n: f"RF-2020-{n + 1:04d}")
    behaald_op = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))

    @factory.post_generation
    def status_berekenen(self, create, extracted, **kwargs):
        if create:
            statussen_bijwerken([self])
            self.refresh_from_db()


class ProfessionaliseringsdagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Professionaliseringsdag

    datum = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=60))
    begintijd = time(9, 30)
    eindtijd = time(16, 0)
    thema = factory.Sequence(lambda n: f"Thema {n}: schoolverzuim en lichamelijke klachten")
    locatie = "Utrecht, Jaarbeurs vergadercentrum"
    capaciteit = 40
    aanmelden_tot = factory.LazyAttribute(lambda o: o.datum - timedelta(days=14))
    status = DagStatus.OPEN


def bijgewoond(user, datum: date) -> DagAanmelding:
    """`user` attended a professionalisation day on `datum`; their licences are recomputed."""
    dag = ProfessionaliseringsdagFactory(datum=datum, status=DagStatus.OPEN)
    aanmelding = DagAanmelding.objects.create(
        dag=dag, user=user, status=PlaatsStatus.GEPLAATST, geplaatst_op=timezone.now(), aanwezig=True
    )
    statussen_van_houders_bijwerken([user.pk])
    return aanmelding


def geschikte_deelnemer(ronde=None):
    """A participant of a finished course edition who did everything the course asks (eligible)."""
    from cursus.choices import Competentie, Oordeel
    from cursus.models import Aanwezigheid, Werkagenda
    from cursus.services.deelname import competenties_aftekenen
    from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, bijeenkomsten, over

    ronde = ronde or CursusrondeFactory(
        dagen=(-120, -113, -60, -30), aanmelden_tot=over(-140), afmelden_tot=over(-130)
    )
    aanmelding = AanmeldingFactory(cursusronde=ronde)
    for bijeenkomst in bijeenkomsten(ronde):
        Aanwezigheid.objects.create(aanmelding=aanmelding, bijeenkomst=bijeenkomst, aanwezig=True)
    Werkagenda.objects.create(
        aanmelding=aanmelding,
        huidige_situatie="Verzuim wordt nu per mentor opgepakt.",
        doel="Re-Fit in het zorgteam verankeren.",
        stappen="Intake met zorgcoördinator; twee trajecten per jaar.",
        betrokkenen="Zorgcoördinator, mentoren, jeugdarts.",
        tijdpad="Eerste traject na de herfstvakantie.",
        ingediend_op=timezone.now(),
    )
    competenties_aftekenen(
        aanmelding=aanmelding,
        oordelen={c: (Oordeel.BEHAALD, "") for c in Competentie.values},
        door=UserFactory(roles=["opleider"]),
    )
    return aanmelding
