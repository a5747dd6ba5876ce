"""Retention and the rights of pupil and parents: destroy on schedule, export, erase on request."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from trajecten.audit import Actie, audit_loggen
from trajecten.models import Traject


def traject_vernietigen(*, traject: Traject, door=None, actie: str = Actie.VERNIETIGD) -> None:
    """Destroy identity, aanmelding, intake, advice texts, meetings, messages, attachments and reports.

    What stays is anonymous: the code, organisations, variant, dates and outcome for the reach
    figures, and the audit entries with the code.
    """
    with transaction.atomic():
        traject = Traject.objects.select_for_update().get(pk=traject.pk)
        for bijlage in traject.bijlagen.all():
            bijlage.bestand.delete(save=False)
        for relatie in ("bijlagen", "bijeenkomsten", "voortgangsberichten", "eindverslagen"):
            getattr(traject, relatie).all().delete()
        for naam in ("identiteit", "aanmelding", "advies", "intake", "besluit"):
            if hasattr(traject, naam):
                getattr(traject, naam).delete()
        traject.trainers.clear()
        traject.aangemeld_door = None
        traject.vervolgadvies = ""
        traject.vernietigd_op = timezone.now()
        traject.save()
        audit_loggen(user=door, actie=actie, traject=traject)


def vervallen_trajecten_vernietigen(*, vandaag=None) -> int:
    """Rule 'bewaartermijn': every record past its destroy date is destroyed (safe to run twice)."""
    vandaag = vandaag or timezone.localdate()
    vervallen = Traject.objects.filter(vernietigen_op__lte=vandaag, vernietigd_op=None)
    aantal = 0
    for traject in vervallen:
        traject_vernietigen(traject=traject)
        aantal += 1
    return aantal


def traject_exporteren(*, traject: Traject, door) -> bytes:
    """Right of access: everything stored about the pupil, as JSON (identity included)."""
    from trajecten.models import Aanmelding, Intake

    def velden(obj, uitsluiten=("id", "traject")):
        if obj is None:
            return None
        return {
            f.name: getattr(obj, f.name)
            for f in obj._meta.concrete_fields
            if f.name not in uitsluiten and not f.is_relation
        }

    identiteit = traject.identiteit.gegevens if hasattr(traject, "identiteit") else None
    gegevens = {
        "code": traject.code,
        "status": traject.get_status_display(),
        "uitkomst": traject.get_uitkomst_display(),
        "school": traject.school.naam,
        "uitvoerder": traject.uitvoerder.naam,
        "identiteit": identiteit.__dict__ if identiteit else None,
        "aanmelding": velden(Aanmelding.objects.filter(traject=traject).first()),
        "intake": velden(Intake.objects.filter(traject=traject).first()),
        "bijeenkomsten": [velden(b) for b in traject.bijeenkomsten.all()],
        "voortgangsberichten": [velden(b) for b in traject.voortgangsberichten.all()],
        "eindverslagen": [
            velden(v, ("id", "traject", "aangemaakt_door")) for v in traject.eindverslagen.all()
        ],
        "bijlagen": [{"soort": b.soort, "omschrijving": b.omschrijving} for b in traject.bijlagen.all()],
    }
    audit_loggen(user=door, actie=Actie.EXPORT, traject=traject)
    return json.dumps(gegevens, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2).encode()
