from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from portal.agenda import agenda_items_for
from portal.agenda.ical import calendar_from_items, ics_response
from portal.agenda.services import (
    agenda_abonnement_ophalen,
    agenda_abonnement_zoeken,
    agenda_token_vernieuwen,
)

# What calendar apps show as the calendar's name: the same for everyone, never a person's name.
FEED_NAME = "Re-Fit"


@never_cache
@login_required
def agenda(request):
    """The person's dates and the private address to subscribe to them."""
    abonnement = agenda_abonnement_ophalen(user=request.user)
    feed_url = request.build_absolute_uri(reverse("agenda_feed", args=[abonnement.token]))
    now = timezone.now()
    return render(
        request,
        "portal/agenda.html",
        {
            "title": _("Agenda"),
            "feed_url": feed_url,
            "webcal_url": "webcal://" + feed_url.split("://", 1)[1],
            "items": [item for item in agenda_items_for(request.user) if item.end >= now],
        },
    )


@require_POST
@login_required
def agenda_vernieuwen(request):
    agenda_token_vernieuwen(abonnement=agenda_abonnement_ophalen(user=request.user), door=request.user)
    messages.success(
        request,
        _("Je agenda heeft een nieuw adres. Het oude adres werkt niet meer: abonneer je opnieuw."),
    )
    return redirect("agenda")


@never_cache
def agenda_feed(request, token):
    """The feed calendar apps subscribe to. The token is the only key: no login, no cookies."""
    abonnement = agenda_abonnement_zoeken(token)
    if abonnement is None:
        raise Http404
    calendar = calendar_from_items(
        agenda_items_for(abonnement.user), name=FEED_NAME, uid=f"agenda-{abonnement.pk}@re-fit-portaal"
    )
    return ics_response(calendar, filename="re-fit.ics")
