from django.db import transaction
from django.urls import reverse
from django_tasks import task

from portal.links import absolute_url
from portal.mail import opnieuw_bij_mailfout, send_mail_from_templates
from portal.models import Uitnodiging


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
