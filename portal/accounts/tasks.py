from urllib.parse import urlencode

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from portal.links import absolute_url
from portal.mail import opnieuw_bij_mailfout, send_mail_from_templates
from portal.models import Adresbevestiging, Uitnodiging


@task()
@opnieuw_bij_mailfout
def send_uitnodiging_mail(*, uitnodiging_id: int) -> None:
    """Mail the invitation link. Runs once per invitation: a second run sends nothing."""
    from portal.accounts.services import uitnodiging_token_maken

    with transaction.atomic():
        uitnodiging = (
            Uitnodiging.objects.select_for_update(of=("self",))
            .select_related("organisatie")
            .get(pk=uitnodiging_id)
        )
        if uitnodiging.verstuurd_op or uitnodiging.status != Uitnodiging.Status.OPEN:
            return
        token = uitnodiging_token_maken(uitnodiging=uitnodiging)
        send_mail_from_templates(
            to=[uitnodiging.email],
            template_base="emails/uitnodiging",
            context={
                "uitnodiging": uitnodiging,
                "link": absolute_url(reverse("uitnodiging_accepteren", args=[token])),
            },
        )


@task()
@opnieuw_bij_mailfout
def send_adresbevestiging_mail(*, bevestiging_id: int) -> None:
    """Mail a public form's address: a confirmation link, or that an account exists (see
    `portal.accounts.bevestigen`). Runs once per request: a second run sends nothing."""
    from portal.accounts.bevestigen import bevestiging_token_maken, heeft_werkend_account

    with transaction.atomic():
        bevestiging = Adresbevestiging.objects.select_for_update().filter(pk=bevestiging_id).first()
        if bevestiging is None or bevestiging.verstuurd_op or bevestiging.bevestigd_op:
            return
        if heeft_werkend_account(bevestiging.email):
            bevestiging.verstuurd_op = bevestiging.bevestigd_op = timezone.now()
            bevestiging.gegevens = {}
            bevestiging.save(update_fields=["verstuurd_op", "bevestigd_op", "gegevens"])
            login = reverse("account_login")
            if bevestiging.login_volgende:
                login += "?" + urlencode({"next": bevestiging.login_volgende}, safe="/")
            send_mail_from_templates(
                to=[bevestiging.email],
                template_base="emails/account_bestaat",
                context={"bevestiging": bevestiging, "link": absolute_url(login)},
            )
            return
        token = bevestiging_token_maken(bevestiging)
        send_mail_from_templates(
            to=[bevestiging.email],
            template_base="emails/adres_bevestigen",
            context={
                "bevestiging": bevestiging,
                "link": absolute_url(reverse(bevestiging.link_naam, args=[token])),
            },
        )
