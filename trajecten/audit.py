"""Writing the audit log: who touched which trajectory (by code), never what it said.

Every view on case data calls `audit_loggen`; services call it for their writes. Each entry is
chained to the one before it (`trajecten.auditketen`).
"""

from collections.abc import Iterable

from portal.models import Lidmaatschap
from portal.roles import roles_of
from trajecten.auditketen import schakel_toevoegen
from trajecten.models import AuditRegel


class Actie:
    """Dotted action codes, one per kind of access."""

    LIJST = "trajecten.traject.lijst"
    GEZOCHT = "trajecten.traject.gezocht"
    BEKEKEN = "trajecten.traject.bekeken"
    AANGEMELD = "trajecten.traject.aangemeld"
    GEWIJZIGD = "trajecten.traject.gewijzigd"
    PDF = "trajecten.traject.pdf"
    EXPORT = "trajecten.traject.export"
    BIJLAGE_BEKEKEN = "trajecten.bijlage.bekeken"
    BIJLAGE_TOEGEVOEGD = "trajecten.bijlage.toegevoegd"
    GEWEIGERD = "trajecten.toegang.geweigerd"
    INZAGE = "trajecten.traject.inzage"
    VERWIJDERD = "trajecten.traject.verwijderd"
    VERNIETIGD = "trajecten.traject.vernietigd"
    BEREIK = "trajecten.bereik.bekeken"
    STAP_GEWEIGERD = "trajecten.stap.geweigerd"  # a write the state machine or a rule refused
    VERVALLEN = "trajecten.traject.vervallen"


def _rol_en_organisatie(user, traject) -> tuple[str, int | None]:
    """The role through which `user` acted, and the organisation it belongs to."""
    if user is None or not user.is_authenticated:
        return "", None
    lidmaatschappen = {lid.organisatie_id: lid for lid in Lidmaatschap.objects.filter(user=user)}
    if traject is not None:
        if traject.trainers.filter(pk=user.pk).exists():
            return "trainer", traject.uitvoerder_id
        lid = lidmaatschappen.get(traject.uitvoerder_id)
        if lid and lid.is_coordinator:
            return "coordinator", traject.uitvoerder_id
        if traject.school_id in lidmaatschappen:
            return "schoolcontact", traject.school_id
    rollen = sorted(roles_of(user))
    eerste_org = next(iter(lidmaatschappen), None)
    return (rollen[0] if rollen else ""), eerste_org


def audit_loggen(*, user, actie: str, traject=None, code: str = "", velden: Iterable[str] = ()) -> AuditRegel:
    """Append one entry. `velden` are field names only; values never enter the log."""
    rol, organisatie_id = _rol_en_organisatie(user, traject)
    return schakel_toevoegen(
        user_id=user.pk if user is not None and user.is_authenticated else None,
        rol=rol,
        organisatie_id=organisatie_id,
        actie=actie,
        code=traject.code if traject is not None else code,
        velden=sorted(set(velden)),
    )
