"""Sending mail: always Dutch, always with a plain-text and an HTML part."""

import functools
import logging
import smtplib
from collections.abc import Sequence
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.module_loading import import_string

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
    context = {"site_name": settings.WAGTAIL_SITE_NAME, **context}
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


def opnieuw_bij_mailfout(func):
    """Make a mail task try again later when the mail server fails, instead of losing the mail.

    Put it under `@task()`. The task gains a keyword `poging`; on a mail error it queues itself
    again (after `MAIL_WACHTTIJDEN`) and reports success for this attempt. After the last attempt
    the error is raised, so django-tasks records the task as failed with the exception's type
    (never the recipient). The task must be safe to run twice, as the `…Melding` records make it.
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
