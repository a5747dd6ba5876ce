"""Reads of intervisie that are more than a queryset method."""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils import timezone

from cursus.choices import Soort as CursusSoort
from cursus.models import Aanwezigheid as CursusAanwezigheid
from intervisie.choices import BijeenkomstStatus
from intervisie.indeling import Kandidaat
from intervisie.models import (
    Aanwezigheid,
    Casusinbreng,
    Groepslidmaatschap,
    Intervisiebijeenkomst,
    Intervisiegroep,
    IntervisieInstellingen,
)
from licenties.selectors import gelicentieerde_trainers
from portal.models import Lidmaatschap
from portal.models.organisaties import Regio


def instellingen() -> IntervisieInstellingen:
    return IntervisieInstellingen.load()


def ongeplaatste_trainers():
    """Rule 'zonder groep': licensed trainers without a running membership of a national group."""
    bezet = Groepslidmaatschap.objects.lopend().filter(is_landelijk=True).values("user_id")
    return gelicentieerde_trainers().exclude(pk__in=bezet).order_by("last_name", "first_name", "pk")


def organisaties_van(user_ids) -> dict[int, Lidmaatschap]:
    """Each person's first organisation (by id), for the region and the mix of organisations."""
    eerste: dict[int, Lidmaatschap] = {}
    for lidmaatschap in (
        Lidmaatschap.objects.filter(user_id__in=user_ids)
        .select_related("organisatie")
        .order_by("organisatie_id")
    ):
        eerste.setdefault(lidmaatschap.user_id, lidmaatschap)
    return eerste


def kandidaten_van(users) -> list[Kandidaat]:
    users = list(users)
    organisaties = organisaties_van([u.pk for u in users])
    return [
        Kandidaat(
            user_id=u.pk,
            organisatie_id=organisaties[u.pk].organisatie_id if u.pk in organisaties else None,
            regio=organisaties[u.pk].organisatie.regio if u.pk in organisaties else None,
        )
        for u in users
    ]


def regios_van_groep(groep: Intervisiegroep) -> set[str]:
    """The holiday regions the year plan must respect: the organisation of an internal group, else
    the organisations of the current members (all three when nobody is known yet)."""
    if groep.organisatie_id:
        return {groep.organisatie.regio}
    leden = groep.leden_op(timezone.localdate()).values("user_id")
    regios = set(Lidmaatschap.objects.filter(user_id__in=leden).values_list("organisatie__regio", flat=True))
    return regios or set(Regio.values)


def landelijke_groep_van(user) -> Intervisiegroep | None:
    lidmaatschap = (
        Groepslidmaatschap.objects.lopend()
        .filter(user=user, is_landelijk=True)
        .select_related("groep")
        .first()
    )
    return lidmaatschap.groep if lidmaatschap else None


@dataclass(frozen=True)
class GroepOverzicht:
    """A group as a member or facilitator sees it on "Mijn intervisiegroep"."""

    groep: Intervisiegroep
    leden: list
    is_facilitator: bool
    komende: list[Intervisiebijeenkomst]
    voorbij: list[Intervisiebijeenkomst]

    @property
    def volgende(self) -> Intervisiebijeenkomst | None:
        return next((b for b in self.komende if not b.is_geannuleerd), None)


def groepen_van(user) -> list[GroepOverzicht]:
    """The groups someone is in today (as member or facilitator), with members and dates."""
    vandaag = timezone.localdate()
    groepen = Intervisiegroep.objects.van_deelnemer(user).prefetch_related("facilitatoren")
    overzichten = []
    for groep in groepen:
        bijeenkomsten = list(Intervisiebijeenkomst.objects.zichtbaar_voor(user).filter(groep=groep))
        leden = [
            lid.user
            for lid in groep.leden_op(vandaag)
            .select_related("user")
            .order_by("user__first_name", "user__last_name")
        ]
        overzichten.append(
            GroepOverzicht(
                groep=groep,
                leden=leden,
                is_facilitator=user in groep.facilitatoren.all(),
                komende=[b for b in bijeenkomsten if b.datum >= vandaag],
                voorbij=[b for b in bijeenkomsten if b.datum < vandaag][::-1],
            )
        )
    return overzichten


def zichtbare_casussen(user):
    return Casusinbreng.objects.zichtbaar_voor(user, zichtbaar_dagen=instellingen().casus_zichtbaar_dagen)


def intervisie_aanwezigheid_per_houder(houder_ids: set[int] | None) -> dict[int, dict[int, int]]:
    """{user_id: {calendar year: intervisie meetings attended}} for the licence (None: everybody).

    Two sources, one query: meetings of intervisie groups (not cancelled) and the two
    intervisiemomenten of the trainer course (`cursus`), attended or made up in another edition.
    The course's meetings are not copied into this app (docs/intervisie.md).
    """
    if houder_ids is not None and not houder_ids:
        return {}
    groep = Aanwezigheid.objects.filter(aanwezig=True).exclude(
        bijeenkomst__status=BijeenkomstStatus.GEANNULEERD
    )
    cursus = CursusAanwezigheid.objects.filter(aanwezig=True, bijeenkomst__soort=CursusSoort.INTERVISIEMOMENT)
    ingehaald = CursusAanwezigheid.objects.filter(
        aanwezig=False, ingehaald=True, inhaal_bijeenkomst__soort=CursusSoort.INTERVISIEMOMENT
    )
    if houder_ids is not None:
        ids = list(houder_ids)
        groep = groep.filter(user_id__in=ids)
        cursus = cursus.filter(aanmelding__user_id__in=ids)
        ingehaald = ingehaald.filter(aanmelding__user_id__in=ids)

    def per_jaar(queryset, user_veld: str, datum_veld: str):
        return (
            queryset.annotate(jaar=ExtractYear(datum_veld))
            .values(user_veld, "jaar")
            .annotate(aantal=Count("pk"))
            .values_list(user_veld, "jaar", "aantal")
            .order_by()
        )

    rijen = per_jaar(groep, "user_id", "bijeenkomst__datum").union(
        per_jaar(cursus, "aanmelding__user_id", "bijeenkomst__datum"),
        per_jaar(ingehaald, "aanmelding__user_id", "inhaal_bijeenkomst__datum"),
        all=True,
    )
    totaal: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for user_id, jaar, aantal in rijen:
        totaal[user_id][jaar] += aantal
    return {user_id: dict(jaren) for user_id, jaren in totaal.items()}


def aanwezigheid_van(user) -> dict[int, dict[int, int]]:
    return intervisie_aanwezigheid_per_houder({user.pk}).get(user.pk, {})
