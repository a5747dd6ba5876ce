"""Double opt-in for public forms: nothing happens before the owner of the address clicks the link.

A public form (`portal.openbare_formulieren`) calls `adres_laten_bevestigen` for every address,
known or not, and answers the visitor the same way. Which mail goes out is decided by the mail
task, out of the visitor's sight:

- the address has a working account: a mail that an account exists, with a link to log in;
- otherwise: a mail with a confirmation link, signed and expiring (`REFIT_BEVESTIGING_UREN`).

Neither mail holds anything the visitor typed. The app that owns `doel` reads the request back
with `bevestiging_bij_token` and completes it inside `bevestiging_gebruiken`; then the typed data
is deleted. Unconfirmed requests are deleted once expired.
"""

import hashlib
import secrets
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.models import Adresbevestiging
from portal.taken import na_commit_inplannen

SALT = "portal.adresbevestiging"


def _hash(geheim: str) -> str:
    return hashlib.sha256(geheim.encode()).hexdigest()


def geldigheid() -> timedelta:
    return timedelta(hours=settings.REFIT_BEVESTIGING_UREN)


def adres_laten_bevestigen(
    *, doel: str, email: str, gegevens: dict, omschrijving: str, link_naam: str, login_volgende: str = ""
) -> Adresbevestiging:
    """Record a public form's request and queue the one mail its address gets (see the module).

    `omschrijving` says in the mail what is confirmed ("je aanmelding voor cursusronde …"): text of
    the portal, never of the visitor. Same work for every address, so the answer cannot differ.
    """
    from portal.accounts.tasks import send_adresbevestiging_mail

    with transaction.atomic():
        verlopen_bevestigingen_wissen()
        bevestiging = Adresbevestiging.objects.create(
            doel=doel,
            email=email.strip().lower(),
            gegevens=gegevens,
            omschrijving=omschrijving,
            link_naam=link_naam,
            login_volgende=login_volgende,
            verloopt_op=timezone.now() + geldigheid(),
        )
        na_commit_inplannen(send_adresbevestiging_mail, bevestiging_id=bevestiging.pk)
    return bevestiging


def verlopen_bevestigingen_wissen() -> int:
    """Delete expired requests, confirmed or not: what a visitor typed is not kept past its link.

    Runs on every new request and hourly (`portal.tasks.adresbevestigingen_opruimen`).
    """
    return Adresbevestiging.objects.verlopen().delete()[0]


def heeft_werkend_account(email: str) -> bool:
    """An account its owner can log in to (or a blocked one): then there is nothing to confirm."""
    user = get_user_model().objects.filter(email__iexact=email).first()
    return user is not None and (user.has_usable_password() or not user.is_active)


def bevestiging_token_maken(bevestiging: Adresbevestiging) -> str:
    """A fresh signed secret for the link; only its hash is stored. Run when mailing."""
    geheim = secrets.token_urlsafe(24)
    bevestiging.token_hash = _hash(geheim)
    bevestiging.verstuurd_op = timezone.now()
    bevestiging.save(update_fields=["token_hash", "verstuurd_op"])
    return signing.TimestampSigner(salt=SALT).sign(geheim)


def bevestiging_bij_token(token: str, *, doel: str) -> Adresbevestiging | None:
    """The request behind a link, if the link is genuine, not expired and for `doel` (used or not)."""
    if not token or len(token) > 200:
        return None
    try:
        geheim = signing.TimestampSigner(salt=SALT).unsign(token, max_age=geldigheid())
    except signing.BadSignature:  # also SignatureExpired
        return None
    return Adresbevestiging.objects.filter(
        token_hash=_hash(geheim), doel=doel, verloopt_op__gt=timezone.now()
    ).first()


@contextmanager
def bevestiging_gebruiken(bevestiging: Adresbevestiging):
    """`with bevestiging_gebruiken(b) as b:` completes the request once, all or nothing.

    Locks the row; a link used before raises ValidationError. When the block raises, the link
    stays usable and nothing changes; when it ends, the request is marked confirmed and its
    typed data is deleted (the app has stored what it keeps).
    """
    with transaction.atomic():
        bevestiging = Adresbevestiging.objects.select_for_update().get(pk=bevestiging.pk)
        if bevestiging.bevestigd_op is not None:
            raise ValidationError(_("Deze link is al gebruikt."), code="gebruikt")
        yield bevestiging
        bevestiging.bevestigd_op = timezone.now()
        bevestiging.gegevens = {}
        bevestiging.save(update_fields=["bevestigd_op", "gegevens"])
