"""Reads that are more than a queryset method. Visibility itself lives on `TrajectQuerySet`."""

from trajecten.choices import BijeenkomstStatus
from trajecten.models import Traject


def dossier_queryset():
    return Traject.objects.select_related(
        "school", "uitvoerder", "aanmelding", "identiteit", "advies", "intake", "besluit"
    ).prefetch_related("trainers", "bijeenkomsten", "voortgangsberichten", "bijlagen", "eindverslagen")


def aantal_afwezig(traject: Traject) -> int:
    return sum(1 for b in traject.bijeenkomsten.all() if b.status == BijeenkomstStatus.AFWEZIG)


def paneel_trainer(user) -> dict:
    """The trainer's dashboard: their running trajectories, nearest meeting first."""
    from django.utils import timezone

    from trajecten.models import Bijeenkomst

    lopend = list(Traject.objects.zichtbaar_voor(user).lopend().select_related("school")[:10])
    komend = (
        Bijeenkomst.objects.filter(
            traject__in=Traject.objects.zichtbaar_voor(user), datum__gte=timezone.localdate()
        )
        .select_related("traject")
        .order_by("datum")[:5]
    )
    return {"trajecten": lopend, "komend": list(komend)}


def paneel_school(user) -> dict:
    from trajecten.models import Inzage

    return {"trajecten": list(Traject.objects.zichtbaar_voor(user, inzage=Inzage.STATUS).lopend()[:10])}


def leeftijd_buiten_doelgroep_van(traject: Traject, *, op) -> str:
    """Rule 'doelgroep leeftijd' for a registered pupil: the date of birth is read from the encrypted
    identity. "" inside 12–20 (or when no identity is stored), otherwise the Dutch explanation."""
    from trajecten.models import Identiteit
    from trajecten.rules import leeftijd_buiten_doelgroep

    identiteit = Identiteit.objects.filter(traject=traject).first()
    if identiteit is None:
        return ""
    return leeftijd_buiten_doelgroep(identiteit.gegevens.geboortedatum, op=op)
