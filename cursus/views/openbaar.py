"""Public pages: open editions, applying, an edition's .ics, and the answer to a seat offer."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from cursus.agenda import agenda_item
from cursus.forms import AanvraagForm, ContactForm
from cursus.models import Aanmelding, Cursusronde
from cursus.rules import aanmeldtermijn_open
from cursus.selectors import rondes_met_bezetting
from cursus.services.aanmelden import (
    BEVESTIGING_DOEL,
    Aanvraag,
    aanmelding_aanvragen,
    aanmelding_bevestigen,
    aanmelding_indienen,
    plaatsaanbod_aannemen,
    plaatsaanbod_afslaan,
)
from portal import plaatsing
from portal.accounts.bevestigen import bevestiging_bij_token
from portal.agenda.ical import calendar_from_items, ics_response
from portal.formulieren import fout_op_formulier
from portal.openbare_formulieren import openbaar_formulier

SESSION_AANMELDING = "cursus_aanmelding"


def overzicht(request):
    """Every edition open for applications, also when full (applicants then join the waiting list)."""
    rondes = rondes_met_bezetting(Cursusronde.objects.open_voor_aanmelding()).order_by("aanmelden_tot")
    return render(request, "cursus/overzicht.html", {"title": _("Trainerscursus"), "rondes": rondes})


@never_cache
@openbaar_formulier(actie="cursus-aanmelden")
def aanmelden(request, pk):
    """Apply for an edition. Logged in: at once. Without a login: after confirming the address, and
    with one answer for every address (rule 'Openbare formulieren', portal.openbare_formulieren)."""
    ronde = get_object_or_404(Cursusronde.objects.gepubliceerd().prefetch_related("bijeenkomsten"), pk=pk)
    anoniem = not request.user.is_authenticated
    data = request.POST if request.method == "POST" else None
    contact = ContactForm(data) if anoniem else None
    aanvraag = AanvraagForm(data)
    forms = [f for f in (contact, aanvraag) if f is not None]
    if data is not None and all(f.is_valid() for f in forms):
        try:
            gegevens = Aanvraag(**aanvraag.cleaned_data)
            if anoniem:
                aanmelding_aanvragen(cursusronde=ronde, aanvraag=gegevens, **contact.cleaned_data)
                return redirect("cursus:bevestig_je_adres", pk=ronde.pk)
            aanmelding = aanmelding_indienen(cursusronde=ronde, aanvraag=gegevens, door=request.user)
        except ValidationError as error:
            fout_op_formulier(forms[0], error, *forms[1:])
        else:
            request.session[SESSION_AANMELDING] = aanmelding.pk
            return redirect("cursus:aangemeld", pk=ronde.pk)
    return render(
        request,
        "cursus/aanmelden.html",
        {
            "title": _("Aanmelden voor de trainerscursus"),
            "ronde": ronde,
            "open": aanmeldtermijn_open(ronde, op=timezone.localdate()),
            "contact_form": contact,
            "aanvraag_form": aanvraag,
        },
    )


def bevestig_je_adres(request, pk):
    """The one answer to the public form, whatever the address (no name, no address on it)."""
    ronde = get_object_or_404(Cursusronde.objects.gepubliceerd(), pk=pk)
    return render(
        request, "cursus/bevestig_je_adres.html", {"title": _("Kijk in je mailbox"), "ronde": ronde}
    )


@never_cache
def bevestigen(request, token):
    """The link in the confirmation mail: a page with a button (a POST, so mail scanners confirm nothing)."""
    bevestiging = bevestiging_bij_token(token, doel=BEVESTIGING_DOEL)
    if bevestiging is None:
        return render(
            request,
            "cursus/bevestigen.html",
            {"title": _("Aanmelding bevestigen"), "onbekend": True},
            status=404,
        )
    fout = None
    if request.method == "POST":
        try:
            aanmelding = aanmelding_bevestigen(bevestiging=bevestiging)
        except ValidationError as error:
            fout = " ".join(error.messages)
        else:
            request.session[SESSION_AANMELDING] = aanmelding.pk
            return redirect("cursus:aangemeld", pk=aanmelding.cursusronde_id)
    elif bevestiging.bevestigd_op is not None:
        fout = _("Deze link is al gebruikt.")
    return render(
        request,
        "cursus/bevestigen.html",
        {
            "title": _("Aanmelding bevestigen"),
            "ronde": Cursusronde.objects.filter(pk=bevestiging.gegevens.get("cursusronde")).first(),
            "fout": fout,
        },
        status=409 if fout else 200,
    )


@never_cache
def aangemeld(request, pk):
    """The thank-you page after applying (the application is known from the session only)."""
    aanmelding = get_object_or_404(
        Aanmelding.objects.select_related("cursusronde"),
        pk=request.session.get(SESSION_AANMELDING),
        cursusronde=pk,
    )
    return render(
        request,
        "cursus/aangemeld.html",
        {
            "title": _("Aanmelding ontvangen"),
            "aanmelding": aanmelding,
            "positie": plaatsing.wachtlijstpositie(aanmelding),
        },
    )


def ronde_ics(request, pk):
    """An edition's dates for anyone's calendar: public facts only, no participants."""
    ronde = get_object_or_404(Cursusronde.objects.gepubliceerd().prefetch_related("bijeenkomsten"), pk=pk)
    calendar = calendar_from_items(
        [agenda_item(b) for b in ronde.gesorteerde_bijeenkomsten()],
        name=_("Re-Fit trainerscursus %(ronde)s") % {"ronde": ronde.naam},
        uid=f"cursusronde-{ronde.pk}@re-fit-portaal",
    )
    return ics_response(calendar, filename=f"trainerscursus-{ronde.pk}.ics")


@never_cache
def plaatsaanbod(request, token):
    """The link from the offer mail: take or decline the seat. The token is the key; no login needed."""
    aanmelding = plaatsing.plaatsing_bij_token(Aanmelding, token)
    if aanmelding is None:
        return render(
            request, "cursus/plaatsaanbod.html", {"title": _("Plaatsaanbod"), "onbekend": True}, status=404
        )
    fout = None
    if request.method == "POST":
        try:
            if request.POST.get("antwoord") == "aannemen":
                plaatsaanbod_aannemen(aanmelding=aanmelding)
                messages.success(request, _("Je hebt de plaats aangenomen. Welkom in de cursus!"))
            else:
                plaatsaanbod_afslaan(aanmelding=aanmelding)
                messages.success(
                    request, _("Je hebt de plaats afgeslagen; die gaat naar de volgende op de wachtlijst.")
                )
        except ValidationError as error:
            fout = error.messages[0]
        else:
            return redirect("cursus:plaatsaanbod", token=token)
        aanmelding.refresh_from_db()
    return render(
        request,
        "cursus/plaatsaanbod.html",
        {
            "title": _("Plaatsaanbod"),
            "aanmelding": aanmelding,
            "ronde": aanmelding.cursusronde,
            "fout": fout,
            "verlopen": aanmelding.status == plaatsing.PlaatsStatus.VERLOPEN
            or aanmelding.plaatsaanbod_is_verlopen(),
        },
        status=400 if fout else 200,
    )
