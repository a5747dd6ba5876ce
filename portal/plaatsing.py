"""Seats and a waiting list, for anything with a limited number of places.

Shared infrastructure: any app whose events have a limited number of seats (the
course's editions, the professionalisation days) plugs in with two abstract models:

- `EvenementMetPlaatsen` on the event: it has `capaciteit`, and its database row is
  the lock that every change of a seat takes first;
- `Plaatsing` on one person's claim to a seat, with a ForeignKey to the event named
  in `evenement_veld`.

Rule (seats are never overbooked, also not under concurrent requests): every function
here that changes a status must run inside `transaction.atomic()` after
`evenement_vergrendelen`, so two requests can never count the same free seat.

Rule (waiting list): a freed seat goes to whoever has waited longest, as an offer that
holds the seat for `plaatsaanbod_geldigheid()` (48 hours by default); declined or
expired, it passes to the next. The functions send no mail: they return the claims
that received an offer, and the app tells those people after commit, in its own words.
"""

import hashlib
import secrets
from datetime import timedelta
from typing import ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

CAPACITEIT_TE_LAAG = gettext_lazy("Het aantal plaatsen moet minstens 1 zijn; een negatief aantal kan niet.")


class PlaatsStatus(models.TextChoices):
    GEPLAATST = "geplaatst", gettext_lazy("Geplaatst")
    AANGEBODEN = "aangeboden", gettext_lazy("Plaats aangeboden")
    WACHTLIJST = "wachtlijst", gettext_lazy("Op de wachtlijst")
    AFGEMELD = "afgemeld", gettext_lazy("Afgemeld")
    VERVALLEN = "vervallen", gettext_lazy("Vervallen")
    VERLOPEN = "verlopen", gettext_lazy("Aanbod verlopen")


# Claims that take a seat: an offered seat is held for the person it was offered to.
BEZETTEND = (PlaatsStatus.GEPLAATST, PlaatsStatus.AANGEBODEN)
# Claims that are still in play: a second claim of the same person is refused.
ACTIEF = (*BEZETTEND, PlaatsStatus.WACHTLIJST)


def hash_plaatsaanbod_token(token: str) -> str:
    """Only the hash of an offer link's token is stored; the token itself is in the mail."""
    return hashlib.sha256(token.encode()).hexdigest()


def check_capaciteit(capaciteit: int | None) -> None:
    """Rule: an event has at least one seat."""
    if capaciteit is None or capaciteit < 1:
        raise ValidationError({"capaciteit": CAPACITEIT_TE_LAAG}, code="capaciteit")


class EvenementMetPlaatsen(models.Model):
    """An event with a limited number of seats (abstract)."""

    capaciteit = models.IntegerField(gettext_lazy("aantal plaatsen"))

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=models.Q(capaciteit__gte=1),
                name="%(app_label)s_%(class)s_capaciteit_minstens_1",
                violation_error_message=CAPACITEIT_TE_LAAG,
            )
        ]

    def plaatsaanbod_geldigheid(self) -> timedelta:
        """How long an offered seat waits for an answer."""
        return timedelta(hours=settings.REFIT_PLAATSAANBOD_UREN)

    def plaatsen_aanbieden_mogelijk(self) -> bool:
        """Whether a freed seat can still go to the waiting list (e.g. not once the event began)."""
        return True


class Plaatsing(models.Model):
    """One person's claim to a seat of an `EvenementMetPlaatsen` (abstract)."""

    # Name of the ForeignKey to the event, set by the concrete model.
    evenement_veld: ClassVar[str]
    # Order of the waiting list; a model may put a priority field first.
    wachtlijst_volgorde: ClassVar[tuple[str, ...]] = ("aangevraagd_op", "pk")

    status = models.CharField(gettext_lazy("plaats"), max_length=20, choices=PlaatsStatus.choices)
    # The waiting list is in order of this moment (and id, for claims in the same microsecond).
    aangevraagd_op = models.DateTimeField(gettext_lazy("aangevraagd op"), default=timezone.now)
    geplaatst_op = models.DateTimeField(gettext_lazy("geplaatst op"), null=True, blank=True)
    plaatsaanbod_verloopt_op = models.DateTimeField(gettext_lazy("aanbod verloopt op"), null=True, blank=True)
    plaatsaanbod_verstuurd_op = models.DateTimeField(
        gettext_lazy("aanbod verstuurd op"), null=True, blank=True
    )
    # NULL until the offer mail is sent: unique, yet many claims may have none.
    plaatsaanbod_token_hash = models.CharField(max_length=64, unique=True, null=True, editable=False)  # noqa: DJ001
    beeindigd_op = models.DateTimeField(gettext_lazy("beëindigd op"), null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def evenement(self) -> EvenementMetPlaatsen:
        return getattr(self, self.evenement_veld)

    @classmethod
    def van_evenement(cls, evenement) -> models.QuerySet:
        return cls._default_manager.filter(**{cls.evenement_veld: evenement})

    @property
    def heeft_plaats(self) -> bool:
        return self.status == PlaatsStatus.GEPLAATST

    @property
    def is_actief(self) -> bool:
        return self.status in ACTIEF

    def plaatsaanbod_is_verlopen(self) -> bool:
        return self.status == PlaatsStatus.AANGEBODEN and self.plaatsaanbod_verloopt_op <= timezone.now()


def evenement_vergrendelen(evenement):
    """Lock the event's row until the end of the transaction; returns it fresh from the database.

    Concurrent placements for the same event wait here one after the other, so each
    one counts the seats after the previous one has committed.
    """
    return type(evenement)._default_manager.select_for_update().get(pk=evenement.pk)


def bezette_plaatsen(evenement, plaatsing_model: type[Plaatsing]) -> int:
    return plaatsing_model.van_evenement(evenement).filter(status__in=BEZETTEND).count()


def vrije_plaatsen(evenement, plaatsing_model: type[Plaatsing]) -> int:
    return max(0, evenement.capaciteit - bezette_plaatsen(evenement, plaatsing_model))


def wachtenden(evenement, plaatsing_model: type[Plaatsing]) -> models.QuerySet:
    """The waiting list, first in line first (longest waiting, after any priority of the model)."""
    return (
        plaatsing_model.van_evenement(evenement)
        .filter(status=PlaatsStatus.WACHTLIJST)
        .order_by(*plaatsing_model.wachtlijst_volgorde)
    )


def wachtlijstpositie(plaatsing: Plaatsing) -> int | None:
    """1 for the first in line; None when the claim is not on the waiting list."""
    if plaatsing.status != PlaatsStatus.WACHTLIJST:
        return None
    volgorde = list(wachtenden(plaatsing.evenement, type(plaatsing)).values_list("pk", flat=True))
    return volgorde.index(plaatsing.pk) + 1


def plaatsing_toewijzen(plaatsing: Plaatsing) -> list[Plaatsing]:
    """Save a new claim with a seat when one is free and nobody waits, else at the end of the waiting list.

    Caller holds the event lock. Someone already waiting always goes first: a new
    claim never takes a seat that the waiting list is entitled to. Returns the claims
    that received an offer on the way (normally none).
    """
    evenement = plaatsing.evenement
    model = type(plaatsing)
    aangeboden = wachtlijst_doorschuiven(evenement, model)
    nu = timezone.now()
    plaatsing.aangevraagd_op = nu
    if vrije_plaatsen(evenement, model) > 0 and not wachtenden(evenement, model).exists():
        plaatsing.status, plaatsing.geplaatst_op = PlaatsStatus.GEPLAATST, nu
    else:
        plaatsing.status = PlaatsStatus.WACHTLIJST
    plaatsing.save()
    return aangeboden


def wachtlijst_doorschuiven(evenement, plaatsing_model: type[Plaatsing]) -> list[Plaatsing]:
    """Offer every free seat to the next on the waiting list; returns the claims that got an offer.

    Caller holds the event lock.
    """
    if not evenement.plaatsen_aanbieden_mogelijk():
        return []
    vrij = vrije_plaatsen(evenement, plaatsing_model)
    aangeboden = list(wachtenden(evenement, plaatsing_model)[:vrij]) if vrij else []
    verloopt_op = timezone.now() + evenement.plaatsaanbod_geldigheid()
    for plaatsing in aangeboden:
        plaatsing.status = PlaatsStatus.AANGEBODEN
        plaatsing.plaatsaanbod_verloopt_op = verloopt_op
        plaatsing.plaatsaanbod_verstuurd_op = None
        plaatsing.plaatsaanbod_token_hash = None
        plaatsing.save(
            update_fields=[
                "status",
                "plaatsaanbod_verloopt_op",
                "plaatsaanbod_verstuurd_op",
                "plaatsaanbod_token_hash",
            ]
        )
    return aangeboden


def plaats_vrijgeven(plaatsing: Plaatsing, *, status: PlaatsStatus) -> list[Plaatsing]:
    """End a claim with `status` (afgemeld, vervallen, verlopen) and pass its seat on.

    Caller holds the event lock. Returns the claims that received an offer.
    """
    if status in ACTIEF:
        raise ValueError(f"{status} does not end a claim")
    if plaatsing.status not in ACTIEF:
        raise ValidationError(_("Deze plaats of wachtlijstplek bestaat niet meer."), code="niet_actief")
    plaatsing.status = status
    plaatsing.beeindigd_op = timezone.now()
    plaatsing.save(update_fields=["status", "beeindigd_op"])
    return wachtlijst_doorschuiven(plaatsing.evenement, type(plaatsing))


def plaatsaanbod_accepteren(plaatsing: Plaatsing) -> Plaatsing:
    """Take the offered seat, while the offer is still valid. Caller holds the event lock."""
    if plaatsing.status == PlaatsStatus.VERLOPEN or plaatsing.plaatsaanbod_is_verlopen():
        raise ValidationError(
            _("Dit aanbod is verlopen: de plaats is doorgegeven aan de volgende op de wachtlijst."),
            code="verlopen",
        )
    if plaatsing.status != PlaatsStatus.AANGEBODEN:
        raise ValidationError(_("Er staat voor jou geen plaats (meer) klaar."), code="geen_aanbod")
    plaatsing.status, plaatsing.geplaatst_op = PlaatsStatus.GEPLAATST, timezone.now()
    plaatsing.save(update_fields=["status", "geplaatst_op"])
    return plaatsing


def verlopen_plaatsaanbiedingen(plaatsing_model: type[Plaatsing]) -> list[int]:
    """Ids of the events with an offer whose time is up (each to be handled under its own lock)."""
    return list(
        plaatsing_model._default_manager.filter(
            status=PlaatsStatus.AANGEBODEN, plaatsaanbod_verloopt_op__lte=timezone.now()
        )
        .values_list(f"{plaatsing_model.evenement_veld}_id", flat=True)
        .distinct()
    )


def verlopen_plaatsaanbiedingen_doorgeven(evenement, plaatsing_model: type[Plaatsing]):
    """Let the expired offers of one event lapse and offer their seats to the next in line.

    Caller holds the event lock. Returns (lapsed claims, claims that received an offer).
    """
    verlopen = list(
        plaatsing_model.van_evenement(evenement).filter(
            status=PlaatsStatus.AANGEBODEN, plaatsaanbod_verloopt_op__lte=timezone.now()
        )
    )
    nu = timezone.now()
    for plaatsing in verlopen:
        plaatsing.status, plaatsing.beeindigd_op = PlaatsStatus.VERLOPEN, nu
        plaatsing.save(update_fields=["status", "beeindigd_op"])
    return verlopen, wachtlijst_doorschuiven(evenement, plaatsing_model)


def plaatsaanbod_token_maken(plaatsing: Plaatsing) -> str:
    """A fresh secret for the offer link; an earlier link stops working. Run when mailing the offer."""
    token = secrets.token_urlsafe(32)
    plaatsing.plaatsaanbod_token_hash = hash_plaatsaanbod_token(token)
    plaatsing.plaatsaanbod_verstuurd_op = timezone.now()
    plaatsing.save(update_fields=["plaatsaanbod_token_hash", "plaatsaanbod_verstuurd_op"])
    return token


def plaatsing_bij_token(plaatsing_model: type[Plaatsing], token: str) -> Plaatsing | None:
    if not token or len(token) > 100:
        return None
    return plaatsing_model._default_manager.filter(
        plaatsaanbod_token_hash=hash_plaatsaanbod_token(token)
    ).first()
