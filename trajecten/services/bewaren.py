"""Retention and the rights of pupil and parents: lapse, destroy on schedule, export, erase on request.

Rule 'bewaartermijn' (docs/trajecten.md has the table): every record has a destroy date from its
aanmelding on (`services.overgang.bewaartermijn_bijwerken`); an open record without activity lapses
after the kerngroep's term and is closed as 'vervallen'; a closed record is destroyed the retention
term after closure. After destruction only what the reach figures need remains.
"""

import json
from datetime import timedelta

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from portal.mail import uitgaande_mail_vastleggen
from portal.models import UitgaandeMail, User
from portal.roles import Role, role_q
from portal.taken import na_commit_inplannen
from trajecten.audit import Actie, audit_loggen
from trajecten.choices import Status, Uitkomst
from trajecten.models import Traject, TrajectInstellingen
from trajecten.services.overgang import stap_zetten
from trajecten.stappen import OPEN, Stap, zonder_activiteit

# What a destroyed record keeps: enough for the reach figures (school year the training started,
# executing organisation, individual or group) and the code its audit entries name. No school, no
# dates, no percentages, no trainers, no free text.
BEWAARD_NA_VERNIETIGING = frozenset(
    {"id", "code", "status", "uitvoerder", "variant", "gestart_in_schooljaar"}
)
VERNIETIGD_MET_HET_TRAJECT = (
    "bijlagen",
    "bijeenkomsten",
    "voortgangsberichten",
    "eindverslagen",
)
# The outbox's `soort` of the lapse notice; its `onderwerp` is the record's id (`onderwerp_van`).
VERVALLEN_GEMELD = "trajecten.vervallen"


def traject_vernietigen(*, traject: Traject, door=None, actie: str = Actie.VERNIETIGD) -> None:
    """Destroy identity, aanmelding, intake, advice, decision, meetings, messages, attachments, reports
    and notices, and empty every field of the record but `BEWAARD_NA_VERNIETIGING`.

    By the daily job (`door` None) once the destroy date has come, or by the coordinator on request
    (right to erasure) at any moment. The audit entries stay, with the code.
    """
    with stap_zetten(traject, Stap.VERNIETIGEN, door=door) as traject:
        for bijlage in traject.bijlagen.all():
            bijlage.bestand.delete(save=False)
        for relatie in VERNIETIGD_MET_HET_TRAJECT:
            getattr(traject, relatie).all().delete()
        # The outbox names the record by id only, but that it lapsed and who heard of it is part of
        # the record: it goes with it (sent or not; a task still waiting then finds nothing to send).
        UitgaandeMail.objects.over(traject).delete()
        for naam in ("identiteit", "aanmelding", "advies", "intake", "besluit"):
            if hasattr(traject, naam):
                getattr(traject, naam).delete()
        traject.trainers.clear()
        for veld in Traject._meta.concrete_fields:
            if veld.name not in BEWAARD_NA_VERNIETIGING:
                setattr(traject, veld.attname, None if veld.null else "")
        audit_loggen(user=door, actie=actie, traject=traject)


def trajecten_na_bewaartermijn_vernietigen(*, vandaag=None) -> int:
    """Rule 'bewaartermijn': every closed record past its destroy date is destroyed (safe to run twice)."""
    vandaag = vandaag or timezone.localdate()
    aantal = 0
    for traject in Traject.objects.filter(status=Status.AFGESLOTEN, vernietigen_op__lte=vandaag):
        traject_vernietigen(traject=traject)
        aantal += 1
    return aantal


def melding_ontvangers(traject: Traject):
    """Who hears that a record lapsed: its trainers and the coordinators of the executing organisation."""
    coordinatoren = User.objects.filter(
        role_q(Role.TRAINER),
        lidmaatschappen__organisatie=traject.uitvoerder_id,
        lidmaatschappen__is_coordinator=True,
    ).values_list("pk", flat=True)
    trainers = traject.trainers.values_list("pk", flat=True)
    return User.objects.filter(pk__in={*trainers, *coordinatoren}, is_active=True).order_by("pk")


def traject_laten_vervallen(*, traject: Traject) -> Traject:
    """Rule 'vervallen': close an open record without activity for the term as 'vervallen' and tell
    its trainers and coordinator (one mail each, queued in this transaction, sent once)."""
    from trajecten.tasks import send_vervallen_mail

    with stap_zetten(traject, Stap.VERVALLEN, door=None, uitkomst=Uitkomst.VERVALLEN) as traject:
        for user in melding_ontvangers(traject):
            uitgaand, nieuw = uitgaande_mail_vastleggen(
                soort=VERVALLEN_GEMELD, onderwerp=traject, ontvanger=user
            )
            if nieuw:
                na_commit_inplannen(send_vervallen_mail, uitgaande_mail_id=uitgaand.pk, traject_id=traject.pk)
        audit_loggen(user=None, actie=Actie.VERVALLEN, traject=traject, velden=["status", "uitkomst"])
    return traject


def inactieve_trajecten_laten_vervallen(*, vandaag=None) -> int:
    """The daily job's first half: every open record past its lapse date is closed (safe to run twice)."""
    vandaag = vandaag or timezone.localdate()
    # Every month has at least 28 days: a cheap bound in the database, the exact rule per record.
    termijn = TrajectInstellingen.load().vervaltermijn_maanden
    kandidaten = Traject.objects.filter(
        status__in=OPEN, laatste_activiteit_op__lte=vandaag - timedelta(days=28 * termijn)
    )
    aantal = 0
    for traject in kandidaten:
        if zonder_activiteit(traject):  # not yet: the precondition gives its reason
            continue
        traject_laten_vervallen(traject=traject)
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
