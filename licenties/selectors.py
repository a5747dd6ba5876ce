"""Reads about licences that other apps use (intervisie, trajecten) and the licence pages."""

from collections import Counter
from dataclasses import dataclass
from datetime import date

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from cursus.models import Aanmelding
from cursus.rules import Geschiktheid, geschiktheid_voor_licentie
from cursus.selectors import met_deelname_gegevens
from licenties.models import (
    GELDIGE_STATUSSEN,
    DagAanmelding,
    Licentie,
    Onderhoudsregel,
    Professionaliseringsdag,
)
from licenties.rules import Onderhoud, heeft_ervaring, jaar_is_voldaan, licentie_onderhoud
from licenties.status import bewijs_voor, onderhoud_per_licentie
from portal.plaatsing import ACTIEF


def gelicentieerde_trainers():
    """People who hold a valid licence today (actief, verloopt binnenkort or in respijt).

    Uses the stored status, which is recomputed every night and after every change of evidence.
    """
    return get_user_model().objects.filter(is_active=True, licenties__status__in=GELDIGE_STATUSSEN).distinct()


@dataclass(frozen=True)
class Kandidaat:
    """A course participant as the kerngroep sees them when issuing licences."""

    aanmelding: object
    geschiktheid: Geschiktheid
    licentie: object | None

    @property
    def komt_in_aanmerking(self) -> bool:
        return self.licentie is None and self.geschiktheid.komt_in_aanmerking


def uitgifte_kandidaten(cursusronde) -> list[Kandidaat]:
    """The deelnemers of an edition with what the course says about them and any licence already issued."""
    aanmeldingen = met_deelname_gegevens(
        Aanmelding.objects.deelnemers().filter(cursusronde=cursusronde)
    ).select_related("licentie")
    return [
        Kandidaat(a, geschiktheid_voor_licentie(a), getattr(a, "licentie", None))
        for a in aanmeldingen.order_by("user__last_name", "user__first_name")
    ]


def komende_dagen():
    """Professionalisation days one can still register for, first first."""
    return Professionaliseringsdag.objects.open_voor_aanmelding().order_by("datum")


@dataclass(frozen=True)
class LicentieOverzicht:
    """One licence as its holder sees it on 'Mijn licentie'."""

    licentie: Licentie
    onderhoud: Onderhoud
    jaren: list[tuple[int, bool]]
    intervisie_per_jaar: dict[int, int]
    eerstvolgende_dag: date | None

    @property
    def volgende_stap(self) -> str:
        return self.onderhoud.volgende_stap(self.eerstvolgende_dag)


def licenties_van(user) -> list[LicentieOverzicht]:
    licenties = list(user.licenties.select_related("houder", "cursusronde").order_by("behaald_op"))
    if not licenties:
        return []
    regel = Onderhoudsregel.objects.huidige()
    op = timezone.localdate()
    bewijs = bewijs_voor(licenties)
    eerstvolgende = komende_dagen().values_list("datum", flat=True).first()
    overzichten = []
    for licentie in licenties:
        b = bewijs[licentie.pk]
        jaren = [
            (jaar, jaar_is_voldaan(jaar, b, regel, op=op))
            for jaar in range(op.year, licentie.behaald_op.year - 1, -1)
        ]
        overzichten.append(
            LicentieOverzicht(
                licentie,
                licentie_onderhoud(b, regel, op=op),
                jaren,
                b.intervisie_per_jaar or {},
                eerstvolgende,
            )
        )
    return overzichten


def dagaanmeldingen_van(user):
    """Someone's current registrations and the days they attended (or missed), newest first."""
    return (
        DagAanmelding.objects.filter(user=user)
        .filter(Q(status__in=ACTIEF) | Q(aanwezig__isnull=False))
        .select_related("dag")
        .order_by("-dag__datum")
    )


def licenties_per_status() -> dict[str, int]:
    """How many licences have each status (statuses no licence has are left out)."""
    return dict(Counter(Licentie.objects.values_list("status", flat=True)))


def is_ervaren_trainer(user, *, op: date | None = None) -> bool:
    """Rule 'ervaren trainer' (`licenties.rules.heeft_ervaring`) for a person, from their licences."""
    op = op or timezone.localdate()
    licenties = list(user.licenties.all())
    if not licenties:
        return False
    onderhoud = onderhoud_per_licentie(licenties, op=op)
    return heeft_ervaring([(licentie, onderhoud[licentie.pk]) for licentie in licenties], op=op)
