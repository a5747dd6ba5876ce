"""Taking a step of the state machine (`trajecten.stappen`): the one way every service writes.

`stap_zetten` locks the trajectory, asks the machine whether this person may take this step now,
lets the service write, then applies the transition and records the write as activity with the
destroy date that follows (rule 'bewaartermijn', `bewaartermijn_bijwerken`).
A refusal — by the machine or by the service's own checks — rolls everything back, leaves an audit
entry (`Actie.STAP_GEWEIGERD`, written after the rollback so it stays) and is raised again.
"""

from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from trajecten.audit import Actie, audit_loggen
from trajecten.choices import Status
from trajecten.models import Traject, TrajectInstellingen
from trajecten.rules import vernietigdatum, vervaldatum
from trajecten.stappen import OPEN, Overgang, Stap, overgaan, stap_controleren


@contextmanager
def weigering_loggen(stap: Stap, *, door, trajecten=()):
    """Around a whole transaction: a refused step leaves one audit entry per trajectory it concerned."""
    try:
        yield
    except ValidationError:
        for traject in trajecten or [None]:
            audit_loggen(user=door, actie=Actie.STAP_GEWEIGERD, traject=traject, velden=[stap])
        raise


def bewaartermijn_bijwerken(traject: Traject, *, vandaag, activiteit: bool = True) -> None:
    """Rule 'bewaartermijn' on every write. A write by a person is activity (the portal's own steps,
    lapsing and destroying, are not). A record that has just closed gets
    its closure date and is destroyed the retention term after it; an open record gets the day it
    would be destroyed if nothing happened anymore: it lapses after the kerngroep's term without
    activity (rule 'vervallen') and is then kept for the retention term like any closed record."""
    if traject.status == Status.VERNIETIGD:
        return
    instellingen = TrajectInstellingen.load()
    if activiteit or traject.laatste_activiteit_op is None:
        traject.laatste_activiteit_op = vandaag
    if traject.status == Status.AFGESLOTEN and traject.afgesloten_op is None:
        traject.afgesloten_op = vandaag
        traject.vernietigen_op = vernietigdatum(
            afgesloten_op=vandaag, bewaartermijn_jaren=instellingen.bewaartermijn_jaren
        )
    elif traject.status in OPEN:
        vervalt_op = vervaldatum(
            laatste_activiteit_op=traject.laatste_activiteit_op,
            vervaltermijn_maanden=instellingen.vervaltermijn_maanden,
        )
        traject.vernietigen_op = vernietigdatum(
            afgesloten_op=vervalt_op, bewaartermijn_jaren=instellingen.bewaartermijn_jaren
        )


def stap_afronden(traject: Traject, overgang: Overgang, *, door) -> None:
    """Apply a checked transition and record the write (status, outcome, activity, dates)."""
    overgaan(traject, overgang)
    bewaartermijn_bijwerken(traject, vandaag=timezone.localdate(), activiteit=door is not None)
    traject.save()


@contextmanager
def stap_zetten(traject: Traject, stap: Stap, *, door, uitkomst: str = ""):
    """`with stap_zetten(traject, Stap.X, door=user) as traject:` — the locked trajectory, checked."""
    with weigering_loggen(stap, door=door, trajecten=[traject]), transaction.atomic():
        vergrendeld = Traject.objects.select_for_update().get(pk=traject.pk)
        overgang = stap_controleren(vergrendeld, stap, door=door, uitkomst=uitkomst)
        yield vergrendeld
        stap_afronden(vergrendeld, overgang, door=door)
