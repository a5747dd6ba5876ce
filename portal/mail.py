"""Sending mail: always Dutch, always with a plain-text and an HTML part."""

import functools
import logging
import smtplib
from collections.abc import Sequence
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from portal.models.uitgaande_mail import UitgaandeMail, onderwerp_van

logger = logging.getLogger(__name__)

# A mail server that is down or refuses: the attempt counts, the mail is not lost.
MAILFOUTEN = (smtplib.SMTPException, OSError)
# Seconds to wait before attempt 2, 3, 4: about 40 minutes of outage is bridged; after the last
# attempt the task is recorded as failed and listed for the kerngroep (Rapporten → Mislukte taken).
MAIL_WACHTTIJDEN = (60, 5 * 60, 30 * 60)


def send_mail_from_templates(
    *,
    to: list[str],
    template_base: str,
    context: dict,
    attachments: Sequence[tuple[str, bytes, str]] = (),
) -> None:
    """Render `<template_base>_subject.txt`, `.txt` and `.html` and send them as one mail.

    Subjects must not contain personal data of pupils; templates get ids and codes.
    `attachments` are (filename, content, mimetype), e.g. an .ics with changed dates.
    """
    # `aanspreeknaam`: how emails/base.html greets someone without a first name.
    context = {"site_name": settings.WAGTAIL_SITE_NAME, "aanspreeknaam": _("trainer"), **context}
    subject = " ".join(render_to_string(f"{template_base}_subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
        body=render_to_string(f"{template_base}.txt", context),
        to=to,
    )
    message.attach_alternative(render_to_string(f"{template_base}.html", context), "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    message.send()


def uitgaande_mail_vastleggen(
    *, soort: str, onderwerp, ontvanger, gelegenheid: str = ""
) -> tuple[UitgaandeMail, bool]:
    """Record a mail that is to go out once; returns it and whether it is new.

    A service records the mail in its own transaction and queues the task that sends it
    (`versturen`) only for a new one, so a change made twice queues one mail.
    """
    return UitgaandeMail.objects.get_or_create(
        soort=soort, onderwerp=onderwerp_van(onderwerp), ontvanger=ontvanger, gelegenheid=gelegenheid
    )


def nog_te_versturen(uitgaande_mail_id: int) -> UitgaandeMail | None:
    """The recorded mail, locked until the transaction ends; None when it went already (or is gone).

    Call inside `transaction.atomic()`: a second worker with the same mail waits here and then
    finds it sent.
    """
    uitgaand = (
        UitgaandeMail.objects.select_for_update(of=("self",))
        .select_related("ontvanger")
        .filter(pk=uitgaande_mail_id)
        .first()
    )
    return None if uitgaand is None or uitgaand.verstuurd_op else uitgaand


def versturen(
    uitgaand: UitgaandeMail,
    *,
    template_base: str,
    context: dict,
    attachments: Sequence[tuple[str, bytes, str]] = (),
) -> None:
    """Send a mail got from `nog_te_versturen` to its recipient and mark it sent (same transaction).

    When sending fails the mark is rolled back with it, so a later attempt sends it after all.
    """
    send_mail_from_templates(
        to=[uitgaand.ontvanger.email],
        template_base=template_base,
        context={"ontvanger": uitgaand.ontvanger, **context},
        attachments=attachments,
    )
    uitgaand.verstuurd_op = timezone.now()
    uitgaand.save(update_fields=["verstuurd_op"])


def eenmalig_versturen(
    *,
    soort: str,
    onderwerp,
    ontvanger,
    gelegenheid: str = "",
    template_base: str,
    context: dict,
    attachments: Sequence[tuple[str, bytes, str]] = (),
) -> bool:
    """Send one mail unless it went before under (soort, onderwerp, ontvanger, gelegenheid).

    Returns whether it went. Safe to call twice, and from two workers at once: the unique key
    and the row lock let exactly one of them send.
    """
    with transaction.atomic():
        uitgaand, _nieuw = uitgaande_mail_vastleggen(
            soort=soort, onderwerp=onderwerp, ontvanger=ontvanger, gelegenheid=gelegenheid
        )
        uitgaand = nog_te_versturen(uitgaand.pk)
        if uitgaand is None:
            return False
        versturen(uitgaand, template_base=template_base, context=context, attachments=attachments)
    return True


def opnieuw_bij_mailfout(func):
    """Make a mail task try again later when the mail server fails, instead of losing the mail.

    Put it under `@task()`. The task gains a keyword `poging`; on a mail error it queues itself
    again (after `MAIL_WACHTTIJDEN`) and reports success for this attempt. After the last attempt
    the error is raised, so django-tasks records the task as failed with the exception's type
    (never the recipient). The task must be safe to run twice, as `eenmalig_versturen` makes it.
    """

    @functools.wraps(func)
    def met_herhaling(*args, poging: int = 1, **kwargs):
        try:
            return func(*args, **kwargs)
        except MAILFOUTEN as fout:
            naam = f"{func.__module__}.{func.__qualname__}"
            if poging > len(MAIL_WACHTTIJDEN):
                logger.error("Mailtaak %s na %d pogingen mislukt (%s)", naam, poging, type(fout).__name__)
                raise
            taak = import_string(naam)
            wachten = timedelta(seconds=MAIL_WACHTTIJDEN[poging - 1])
            if taak.get_backend().supports_defer:
                taak = taak.using(run_after=timezone.now() + wachten)
            logger.warning(
                "Mailtaak %s poging %d mislukt (%s); opnieuw over %s",
                naam,
                poging,
                type(fout).__name__,
                wachten,
            )
            taak.enqueue(*args, poging=poging + 1, **kwargs)
            return None

    met_herhaling.opnieuw_bij_mailfout = True
    return met_herhaling


def vanaf_eerste_poging(taak, kwargs: dict) -> dict:
    """The keyword arguments to run `taak` afresh with: a mail task counts its attempts from 1 again."""
    if getattr(taak.func, "opnieuw_bij_mailfout", False):
        return {naam: waarde for naam, waarde in kwargs.items() if naam != "poging"}
    return kwargs
