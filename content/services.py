"""Writes around the manual: reading progress and the record of published changes."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from content.models import KompasVoorkeur, Leesvoortgang, Wijziging
from content.models.kompas import KompasInhoudPage


def is_kompas_pagina(page) -> bool:
    return isinstance(page.specific, KompasInhoudPage)


def markeer_gelezen(*, user, page: Page) -> Leesvoortgang:
    """Remember that `user` read the page as it is published now."""
    voortgang, _created = Leesvoortgang.objects.update_or_create(
        user=user, page=page, defaults={"revision_id": page.live_revision_id, "gelezen_op": timezone.now()}
    )
    return voortgang


def markeer_ongelezen(*, user, page: Page) -> None:
    Leesvoortgang.objects.filter(user=user, page=page).delete()


def wijziging_vastleggen(*, page: Page, revision, door) -> Wijziging | None:
    """Record a publication of a manual page for 'Wat is er nieuw', dashboards and the update mail.

    The change note is a field of the page and so survives into the next edit; a note
    equal to the previous one is not news and is not repeated.
    """
    specific = page.specific
    if not isinstance(specific, KompasInhoudPage):
        return None
    vorige = Wijziging.objects.filter(page=page).order_by("-gepubliceerd_op", "-pk").first()
    notitie = specific.wijzigingsnotitie.strip()
    if vorige and notitie == vorige.notitie:
        notitie = ""
    return Wijziging.objects.create(
        page=page,
        revision=revision,
        vorige_revision=vorige.revision if vorige else None,
        notitie=notitie,
        is_nieuw=vorige is None,
        door=door,
    )


def voorkeur_van(user) -> KompasVoorkeur:
    voorkeur, _created = KompasVoorkeur.objects.get_or_create(user=user)
    return voorkeur


def updates_voor(user, *, vanaf_id: int) -> list[Wijziging]:
    """Changes a reader has not been mailed about, made after their account existed."""
    return list(
        Wijziging.objects.filter(pk__gt=vanaf_id, gepubliceerd_op__gt=user.date_joined, page__live=True)
        .select_related("page")
        .order_by("gepubliceerd_op", "pk")
    )


def updates_mailen(*, user) -> int:
    """Mail one reader the manual's changes since their last update mail; returns how many.

    Locks the reader's row so that two workers never mail the same changes twice.
    """
    from portal.links import absolute_url
    from portal.mail import send_mail_from_templates

    with transaction.atomic():
        voorkeur_van(user)
        voorkeur = KompasVoorkeur.objects.select_for_update().get(user=user)
        if not voorkeur.ontvang_updates:
            return 0
        wijzigingen = updates_voor(user, vanaf_id=voorkeur.laatste_gemelde_wijziging)
        if not wijzigingen:
            return 0
        send_mail_from_templates(
            to=[user.email],
            template_base="content/emails/updates",
            context={
                "user": user,
                "wijzigingen": [(w, absolute_url(w.page.url or "/")) for w in wijzigingen],
                "voorkeuren_link": absolute_url(reverse("kompas_voorkeuren")),
            },
        )
        voorkeur.laatste_gemelde_wijziging = wijzigingen[-1].pk
        voorkeur.save(update_fields=["laatste_gemelde_wijziging"])
    return len(wijzigingen)
