"""The opleider's pages, which the kerngroep may use too.

Editions, admission, attendance, werkagenda review, make-up sessions and sign-off.
Each page shows only what `zichtbaar_voor` allows: an opleider works on their own editions.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from cursus.choices import Beoordeling, Competentie
from cursus.forms import AanwezigheidFormSet, BeoordelingForm, CompetentieFormSet, InhaalForm, OpmerkingForm
from cursus.models import Aanmelding, Aanwezigheid, Bijeenkomst, Cursusronde, Werkagenda
from cursus.rules import geschiktheid_voor_licentie
from cursus.selectors import met_deelname_gegevens, rondes_met_bezetting
from cursus.services.aanmelden import aanmelding_afwijzen, aanmelding_toelaten
from cursus.services.deelname import (
    Registratie,
    aanwezigheid_vastleggen,
    competenties_aftekenen,
    inhaalbijeenkomst_vastleggen,
    werkagenda_opmerking_plaatsen,
)
from portal.formulieren import fout_op_formulier
from portal.plaatsing import PlaatsStatus
from portal.roles import Role, role_required

opleider_required = role_required(Role.OPLEIDER, Role.KERNGROEP)


def zichtbare_aanmelding(request, pk) -> Aanmelding:
    return get_object_or_404(
        met_deelname_gegevens(
            Aanmelding.objects.filter(cursusronde__in=Cursusronde.objects.zichtbaar_voor(request.user))
        ),
        pk=pk,
    )


@never_cache
@opleider_required
def rondes(request):
    zichtbaar = rondes_met_bezetting(Cursusronde.objects.zichtbaar_voor(request.user))
    return render(request, "cursus/opleider/rondes.html", {"title": _("Cursusrondes"), "rondes": zichtbaar})


@never_cache
@opleider_required
def ronde(request, pk):
    ronde_ = get_object_or_404(
        Cursusronde.objects.zichtbaar_voor(request.user).prefetch_related("bijeenkomsten", "opleiders"), pk=pk
    )
    aanmeldingen = list(met_deelname_gegevens(ronde_.aanmeldingen.actief()))
    deelnemers = [(a, geschiktheid_voor_licentie(a)) for a in aanmeldingen if a.is_deelnemer]
    return render(
        request,
        "cursus/opleider/ronde.html",
        {
            "title": ronde_.naam,
            "ronde": ronde_,
            "deelnemers": deelnemers,
            "te_beoordelen": [a for a in aanmeldingen if a.beoordeling == Beoordeling.OPEN],
            "wachtlijst": [a for a in aanmeldingen if a.status == PlaatsStatus.WACHTLIJST],
            "vandaag": timezone.localdate(),
        },
    )


@never_cache
@opleider_required
def aanwezigheid(request, pk):
    """One screen per session: present or absent (with a reason) for every participant; fits a tablet."""
    bijeenkomst = get_object_or_404(
        Bijeenkomst.objects.filter(
            cursusronde__in=Cursusronde.objects.zichtbaar_voor(request.user)
        ).select_related("cursusronde"),
        pk=pk,
    )
    deelnemers = list(bijeenkomst.cursusronde.aanmeldingen.deelnemers().select_related("user"))
    vastgelegd = {a.aanmelding_id: a for a in bijeenkomst.aanwezigheden.all()}
    initial = [
        {
            "aanmelding": a.pk,
            "aanwezig": {True: "ja", False: "nee"}.get(getattr(vastgelegd.get(a.pk), "aanwezig", None)),
            "reden_afwezig": getattr(vastgelegd.get(a.pk), "reden_afwezig", ""),
        }
        for a in deelnemers
    ]
    formset = AanwezigheidFormSet(request.POST or None, initial=initial, prefix="aanwezigheid")
    fouten = []
    if request.method == "POST" and formset.is_valid():
        per_pk = {
            a.pk: a
            for a in Aanmelding.objects.select_related("user").filter(
                pk__in=[f.cleaned_data["aanmelding"] for f in formset.forms]
            )
        }
        registraties = [
            Registratie(
                aanmelding=per_pk[f.cleaned_data["aanmelding"]],
                aanwezig=f.cleaned_data["aanwezig"] == "ja",
                reden_afwezig=f.cleaned_data["reden_afwezig"],
            )
            for f in formset.forms
            if f.cleaned_data["aanmelding"] in per_pk
        ]
        try:
            aanwezigheid_vastleggen(bijeenkomst=bijeenkomst, registraties=registraties, door=request.user)
        except ValidationError as error:
            fouten = error.messages
        else:
            messages.success(request, _("De aanwezigheid is vastgelegd."))
            return redirect("cursus:ronde", pk=bijeenkomst.cursusronde_id)
    namen = {a.pk: a.user.get_full_name() for a in deelnemers}
    rijen = [(form, namen.get(_int(form["aanmelding"].value()), "")) for form in formset.forms]
    return render(
        request,
        "cursus/opleider/aanwezigheid.html",
        {
            "title": _("Aanwezigheid"),
            "bijeenkomst": bijeenkomst,
            "formset": formset,
            "rijen": rijen,
            "fouten": fouten,
            "inhalers": Aanwezigheid.objects.filter(inhaal_bijeenkomst=bijeenkomst).select_related(
                "aanmelding__user", "bijeenkomst__cursusronde"
            ),
        },
        status=400 if fouten else 200,
    )


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@never_cache
@opleider_required
def beoordelen(request, pk):
    aanmelding = zichtbare_aanmelding(request, pk)
    form = BeoordelingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["besluit"] == "toelaten":
                aanmelding_toelaten(aanmelding=aanmelding, door=request.user)
                messages.success(request, _("De aanmelding is toegelaten."))
            else:
                aanmelding_afwijzen(
                    aanmelding=aanmelding, reden=form.cleaned_data["reden"], door=request.user
                )
                messages.success(request, _("De aanmelding is afgewezen."))
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            return redirect("cursus:ronde", pk=aanmelding.cursusronde_id)
    return render(
        request,
        "cursus/opleider/beoordelen.html",
        {"title": _("Aanmelding beoordelen"), "aanmelding": aanmelding, "form": form},
    )


@never_cache
@opleider_required
def werkagenda_lezen(request, pk):
    aanmelding = zichtbare_aanmelding(request, pk)
    werkagenda = Werkagenda.objects.filter(aanmelding=aanmelding).first()
    form = OpmerkingForm(request.POST or None)
    if request.method == "POST" and werkagenda and form.is_valid():
        try:
            werkagenda_opmerking_plaatsen(
                werkagenda=werkagenda, tekst=form.cleaned_data["tekst"], door=request.user
            )
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            messages.success(request, _("Je opmerking is geplaatst."))
            return redirect("cursus:werkagenda_lezen", pk=aanmelding.pk)
    return render(
        request,
        "cursus/opleider/werkagenda.html",
        {
            "title": _("Werkagenda"),
            "aanmelding": aanmelding,
            "werkagenda": werkagenda,
            "opmerkingen": werkagenda.opmerkingen.select_related("auteur") if werkagenda else [],
            "form": form,
        },
    )


@never_cache
@opleider_required
def aftekenen(request, pk):
    aanmelding = zichtbare_aanmelding(request, pk)
    eerder = (
        {o.competentie: o for o in aanmelding.aftekening.oordelen.all()}
        if hasattr(aanmelding, "aftekening")
        else {}
    )
    initial = [
        {
            "competentie": c.value,
            "oordeel": getattr(eerder.get(c.value), "oordeel", None),
            "opmerking": getattr(eerder.get(c.value), "opmerking", ""),
        }
        for c in Competentie
    ]
    formset = CompetentieFormSet(request.POST or None, initial=initial, prefix="competentie")
    fouten = []
    if request.method == "POST" and formset.is_valid():
        oordelen = {
            f.cleaned_data["competentie"]: (f.cleaned_data["oordeel"], f.cleaned_data["opmerking"])
            for f in formset.forms
        }
        try:
            competenties_aftekenen(aanmelding=aanmelding, oordelen=oordelen, door=request.user)
        except ValidationError as error:
            fouten = error.messages
        else:
            messages.success(request, _("De competenties zijn afgetekend."))
            return redirect("cursus:ronde", pk=aanmelding.cursusronde_id)
    labels = dict(Competentie.choices)
    rijen = [(form, labels.get(form["competentie"].value(), "")) for form in formset.forms]
    return render(
        request,
        "cursus/opleider/aftekenen.html",
        {
            "title": _("Competenties aftekenen"),
            "aanmelding": aanmelding,
            "formset": formset,
            "rijen": rijen,
            "fouten": fouten,
        },
        status=400 if fouten else 200,
    )


@never_cache
@opleider_required
def inhalen(request, pk):
    """Link a missed session to the session (in another edition) where it is made up."""
    aanwezigheid = get_object_or_404(
        Aanwezigheid.objects.filter(
            aanmelding__cursusronde__in=Cursusronde.objects.zichtbaar_voor(request.user)
        ).select_related("aanmelding__user", "aanmelding__cursusronde", "bijeenkomst__cursusronde"),
        pk=pk,
    )
    form = InhaalForm(
        request.POST or None,
        gemist=aanwezigheid.bijeenkomst,
        initial={
            "inhaal_bijeenkomst": aanwezigheid.inhaal_bijeenkomst_id,
            "ingehaald": aanwezigheid.ingehaald,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            inhaalbijeenkomst_vastleggen(aanwezigheid=aanwezigheid, door=request.user, **form.cleaned_data)
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            messages.success(request, _("De inhaalbijeenkomst is vastgelegd."))
            return redirect("cursus:ronde", pk=aanwezigheid.aanmelding.cursusronde_id)
    return render(
        request,
        "cursus/opleider/inhalen.html",
        {"title": _("Bijeenkomst inhalen"), "aanwezigheid": aanwezigheid, "form": form},
    )
