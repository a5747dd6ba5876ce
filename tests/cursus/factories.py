from datetime import time, timedelta

import factory
from django.utils import timezone

from cursus.choices import Achtergrond, Beoordeling, RondeStatus, Soort
from cursus.models import Aanmelding, Bijeenkomst, Cursusronde
from cursus.services.aanmelden import Aanvraag
from portal.plaatsing import PlaatsStatus
from tests.portal.factories import UserFactory

# Lesdag 1, lesdag 2, intervisiemoment 1, intervisiemoment 2: days from today.
STANDAARD_DAGEN = (30, 37, 80, 110)
SOORTEN = (Soort.LESDAG, Soort.LESDAG, Soort.INTERVISIEMOMENT, Soort.INTERVISIEMOMENT)


def over(dagen: int):
    return timezone.localdate() + timedelta(days=dagen)


class CursusrondeFactory(factory.django.DjangoModelFactory):
    """An open edition; `dagen=(…)` places its four sessions relative to today."""

    class Meta:
        model = Cursusronde
        skip_postgeneration_save = True

    naam = factory.Sequence(lambda n: f"Ronde {n}")
    status = RondeStatus.OPEN
    capaciteit = 10
    aanmelden_tot = factory.LazyFunction(lambda: over(20))
    afmelden_tot = factory.LazyFunction(lambda: over(25))

    @factory.post_generation
    def dagen(self, create, extracted, **kwargs):
        for soort, dag in zip(SOORTEN, extracted or STANDAARD_DAGEN, strict=True):
            Bijeenkomst.objects.create(
                cursusronde=self,
                soort=soort,
                datum=over(dag),
                begintijd=time(9, 30),
                eindtijd=time(16, 30),
                locatie="Vergadercentrum, Utrecht",
            )

    @factory.post_generation
    def opleiders(self, create, extracted, **kwargs):
        if extracted:
            self.opleiders.set(extracted)
            self.save()


class AanmeldingFactory(factory.django.DjangoModelFactory):
    """A deelnemer by default: admitted and seated."""

    class Meta:
        model = Aanmelding

    cursusronde = factory.SubFactory(CursusrondeFactory)
    user = factory.SubFactory(UserFactory, roles=["cursist"])
    organisatie = "Het Groene Lyceum"
    achtergrond = Achtergrond.PEDAGOGISCH
    ervaring_onderwijs = "Zes jaar mentor in de onderbouw."
    motivatie = "Ik wil leerlingen met klachten beter helpen."
    status = PlaatsStatus.GEPLAATST
    beoordeling = Beoordeling.TOEGELATEN
    geplaatst_op = factory.LazyFunction(timezone.now)


def aanvraag(**overrides) -> Aanvraag:
    velden = {
        "organisatie": "Scholengemeenschap De Brug",
        "achtergrond": Achtergrond.ONDERWIJSKUNDIG,
        "ervaring_onderwijs": "Zorgcoördinator sinds 2019.",
        "motivatie": "Meer leerlingen weer naar school.",
    }
    velden.update(overrides)
    return Aanvraag(**velden)


def bijeenkomsten(ronde) -> list[Bijeenkomst]:
    return ronde.gesorteerde_bijeenkomsten()
