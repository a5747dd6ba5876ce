"""Factories for intervisie: licensed trainers in organisations, groups, members and meetings."""

from datetime import time, timedelta

import factory
from django.utils import timezone

from intervisie.choices import GroepSoort
from intervisie.models import Groepslidmaatschap, Intervisiebijeenkomst, Intervisiegroep
from portal.models import Lidmaatschap
from portal.models.organisaties import Regio
from tests.licenties.factories import LicentieFactory
from tests.portal.factories import OrganisatieFactory, UserFactory


def over(dagen: int):
    return timezone.localdate() + timedelta(days=dagen)


def trainer(*, organisatie=None, regio=Regio.MIDDEN, licentie=True):
    """A trainer working at `organisatie` (a new one in `regio` by default), with a valid licence."""
    user = UserFactory(roles=["trainer"])
    Lidmaatschap.objects.create(user=user, organisatie=organisatie or OrganisatieFactory(regio=regio))
    if licentie:
        LicentieFactory(houder=user)
    return user


class IntervisiegroepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Intervisiegroep
        skip_postgeneration_save = True

    naam = factory.Sequence(lambda n: f"Landelijk {n + 1}")
    soort = GroepSoort.LANDELIJK
    online_link = "https://meet.example/intervisie"

    @factory.post_generation
    def facilitatoren(self, create, extracted, **kwargs):
        if extracted:
            self.facilitatoren.set(extracted)


def lid(groep, user, *, begin_op=None) -> Groepslidmaatschap:
    return Groepslidmaatschap.objects.create(
        groep=groep, user=user, is_landelijk=groep.is_landelijk, begin_op=begin_op or over(-400)
    )


class BijeenkomstFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Intervisiebijeenkomst

    groep = factory.SubFactory(IntervisiegroepFactory)
    datum = factory.LazyFunction(lambda: over(20))
    begintijd = time(15, 30)
    eindtijd = time(17, 30)
    online_link = "https://meet.example/intervisie"
    agenda = "1. Opening\n2. Casusbespreking"
