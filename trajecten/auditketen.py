"""The audit trail's hash chain: every row carries the hash of the row before it.

One chain for the whole table, in id order. A chain per day would need the same lock (everyone
writes today's chain) and would not notice a day that disappeared as a whole; one chain does,
and `vorige_hash` on each row lets any stretch be verified on its own, in batches or from a row.

Writing: on PostgreSQL an advisory transaction lock serialises writers from the moment one reads
the last row until its transaction ends, so the next writer sees the committed row and ids
follow commit order. That needs READ COMMITTED (Django's default): a transaction with an older
snapshot would read a stale last row; a unique constraint on `vorige_hash` then refuses the fork
instead of storing it. SQLite (demo, tests) has one writer at a time by itself.

A row's hash covers its content and the previous hash in one canonical form (`_inhoud`). The form
is part of the stored data: never change it; a new form needs a version of its own.

What the chain proves: a row changed or removed by anyone who got past the database's refusals
breaks it. Someone who also recomputes every later hash keeps it consistent in itself, so the
last row's id and hash are logged daily (outside the database) and can be checked later with
`auditspoor_controleren --anker ID:HASH`.
"""

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from django.db import connection, transaction
from django.utils import timezone

from trajecten.models import AuditRegel

BEGIN = ""  # the `vorige_hash` of the first row
# pg_advisory_xact_lock key of the chain: any fixed number no other lock in the portal uses.
SLOT = 0x7265_6669_7461_7564  # "refitaud"

INHOUD = ("tijdstip", "user_id", "rol", "organisatie_id", "actie", "code", "velden")


def _inhoud(*, tijdstip: datetime, user_id, rol, organisatie_id, actie, code, velden) -> bytes:
    return json.dumps(
        {
            "actie": actie,
            "code": code,
            "organisatie_id": organisatie_id,
            "rol": rol,
            "tijdstip": tijdstip.astimezone(UTC).isoformat(timespec="microseconds"),
            "user_id": user_id,
            "velden": list(velden),
        },
        ensure_ascii=True,
        separators=(",", ":"),
        sort_keys=True,
    ).encode("ascii")


def regel_hash(*, vorige_hash: str, **inhoud) -> str:
    """SHA-256 over the previous row's hash and this row's content (hex)."""
    return hashlib.sha256(vorige_hash.encode("ascii") + b"\n" + _inhoud(**inhoud)).hexdigest()


def schakel_toevoegen(*, user_id, rol: str, organisatie_id, actie: str, code: str, velden: list):
    """Append one row to the chain (the only way rows are written; `trajecten.audit.audit_loggen`).

    Inside a service's transaction the lock is held until that transaction ends: take row locks
    before writing the audit entry (as the services do), so the audit lock is always the last one.
    No savepoint: if the entry cannot be written, the whole transaction fails (fail closed).
    """
    with transaction.atomic(savepoint=False):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [SLOT])
        vorige_hash = AuditRegel.objects.order_by("-pk").values_list("hash", flat=True).first() or BEGIN
        inhoud = {
            "tijdstip": timezone.now(),
            "user_id": user_id,
            "rol": rol,
            "organisatie_id": organisatie_id,
            "actie": actie,
            "code": code,
            "velden": velden,
        }
        return AuditRegel.objects.create(
            **inhoud, vorige_hash=vorige_hash, hash=regel_hash(vorige_hash=vorige_hash, **inhoud)
        )


@dataclass(frozen=True)
class Breuk:
    """The first row where the chain does not hold."""

    id: int
    tijdstip: datetime
    reden: str

    def __str__(self):
        tijd = timezone.localtime(self.tijdstip).isoformat(timespec="seconds")
        return f"Auditspoor gebroken bij regel {self.id} ({tijd}): {self.reden}."


@dataclass(frozen=True)
class Uitslag:
    aantal: int
    eerste_id: int | None
    laatste_id: int | None
    laatste_hash: str
    breuk: Breuk | None
    ankers_gemist: tuple[str, ...] = ()

    @property
    def meldingen(self) -> list[str]:
        """What is wrong, one sentence each; empty when the chain holds."""
        gemist = [f"Auditspoor gebroken: {reden}." for reden in self.ankers_gemist]
        return [str(self.breuk), *gemist] if self.breuk else gemist

    def __str__(self):
        if self.meldingen:
            return " ".join(self.meldingen)
        if not self.aantal:
            return "Auditspoor in orde: geen regels."
        return (
            f"Auditspoor in orde: {self.aantal} regels (id {self.eerste_id} t/m {self.laatste_id}). "
            f"Anker: --anker {self.laatste_id}:{self.laatste_hash}"
        )


class AuditspoorGebroken(Exception):
    """The daily verification found a break: the task fails and shows at the kerngroep's Mislukte taken."""


def inhoud_van(regel: AuditRegel) -> dict:
    """What a row's hash covers besides `vorige_hash`, as keyword arguments for `regel_hash`."""
    return {veld: getattr(regel, veld) for veld in INHOUD}


def _rijen(vanaf_id: int | None, batch: int):
    """(id, content, vorige_hash, hash) of all rows from `vanaf_id` in id order, `batch` at a time
    (keyset pages: constant memory, and each page as fast as the first)."""
    rijen = AuditRegel.objects.order_by("pk").values_list("pk", *INHOUD, "vorige_hash", "hash")
    if vanaf_id is not None:
        rijen = rijen.filter(pk__gte=vanaf_id)
    vorige_id = None
    while True:
        pagina = list((rijen if vorige_id is None else rijen.filter(pk__gt=vorige_id))[:batch])
        for pk, *inhoud, vorige_hash, hash_ in pagina:
            yield pk, dict(zip(INHOUD, inhoud, strict=True)), vorige_hash, hash_
        if len(pagina) < batch:
            return
        vorige_id = pagina[-1][0]


def keten_controleren(
    *, vanaf_id: int | None = None, batch: int = 10_000, ankers: Iterable[tuple[int, str]] = ()
) -> Uitslag:
    """Verify the chain, or the part from `vanaf_id` on (trusting the row before it), and anchors.

    Stops at the first broken row. An anchor (id, hash) is a row recorded earlier, e.g. from the
    daily log line: it must still be there with the same hash, or the chain was rewritten.
    """
    ankers = dict(ankers)
    verwacht = BEGIN
    vorige_id = None
    if vanaf_id is not None:
        ervoor = AuditRegel.objects.filter(pk__lt=vanaf_id).order_by("-pk").values_list("pk", "hash").first()
        vorige_id, verwacht = ervoor if ervoor else (None, BEGIN)
    aantal, eerste_id, breuk = 0, None, None
    for pk, inhoud, vorige_hash, opgeslagen in _rijen(vanaf_id, batch):
        if vorige_hash != verwacht:
            waar = f"na regel {vorige_id}" if vorige_id is not None else "aan het begin"
            reden = f"verwijst niet naar de regel ervoor: {waar} is een regel verwijderd of gewijzigd"
        elif regel_hash(vorige_hash=vorige_hash, **inhoud) != opgeslagen:
            reden = "de inhoud past niet bij de hash: de regel is gewijzigd"
        elif ankers.pop(pk, opgeslagen) != opgeslagen:
            reden = f"anker {pk} heeft een andere hash: de keten is herschreven"
        else:
            aantal += 1
            eerste_id = pk if eerste_id is None else eerste_id
            vorige_id, verwacht = pk, opgeslagen
            continue
        breuk = Breuk(pk, inhoud["tijdstip"], reden)
        break
    # Anchors not met on the way: removed rows, or anchors before `vanaf_id` (checked directly).
    gemist = []
    for pk, anker_hash in ankers.items():
        if breuk is not None and pk >= breuk.id:
            continue
        if not AuditRegel.objects.filter(pk=pk, hash=anker_hash).exists():
            gemist.append(
                f"anker {pk} ontbreekt of heeft een andere hash: de keten is ingekort of herschreven"
            )
    return Uitslag(aantal, eerste_id, vorige_id, verwacht, breuk, tuple(gemist))
