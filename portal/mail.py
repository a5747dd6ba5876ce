"""Sending mail: always Dutch, always with a plain-text and an HTML part."""

from collections.abc import Sequence

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string


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
