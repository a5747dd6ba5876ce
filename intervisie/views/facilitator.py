"""The facilitator's pages (the kerngroep may use them too): plan, move, cancel, attendance, minutes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from intervisie.forms import AanwezigheidFormSet, JaarplanForm, PlanningForm, VerslagForm
from intervisie.models import Aanwezigheid, Intervisiebijeenkomst, Intervisiegroep
from intervisie.rules import mag_groep_beheren
from intervisie.services.bijeenkomsten import (
    Planning,
    Registratie,
    aanwezigheid_vastleggen,
    bijeenkomst_annuleren,
    bijeenkomst_plannen,
    bijeenkomst_wijzigen,
    jaarplan_maken,
    jaarplan_voorstellen,
    verslag_opslaan,
)
from portal import querystring
from portal.formulieren import fout_op_formulier
from portal.kalender import volgend_schooljaar
from portal.vrije_dagen_melden import vrije_dagen_melden


def beheerde_groep(request, pk) -> Intervisiegroep:
    groep = get_object_or_404(Intervisiegroep, pk=pk)
    if not mag_groep_beheren(request.user, groep):
        raise Http404
    return groep


def beheerde_bijeenkomst(request, pk) -> Intervisiebijeenkomst:
    bijeenkomst = get_object_or_404(Intervisiebijeenkomst.objects.select_related("groep"), pk=pk)
    if not mag_groep_beheren(request.user, bijeenkomst.groep):
        raise Http404
    return bijeenkomst


def _als_getal(waarde) -> int | None:
    try:
        return int(waarde)
    except (TypeError, ValueError):
        return None


def planning_uit(form) -> Planning:
    return Planning(**{veld: form.cleaned_data[veld] for veld in PlanningForm.Meta.fields})


def vrije_dag_melden(request, datum) -> None:
    """A meeting on a weekend or public holiday is saved with a warning (portal/vrije_dagen_melden.py)."""
    vrije_dagen_melden(request, [(_("De intervisiebijeenkomst"), datum)])


@never_cache
@login_required
def groep(request, pk):
    """A group's planning: its meetings, a form for one more, and the year plan with its explanation."""
    groep_ = beheerde_groep(request, pk)
    planning_form = PlanningForm(
        request.POST if "plannen" in request.POST else None,
        initial={
            "begintijd": groep_.begintijd,
            "eindtijd": groep_.eindtijd,
            "online_link": groep_.online_link,
        },
    )
    initial = {"schooljaar": volgend_schooljaar(timezone.localdate())}
    if request.method == "POST":
        jaarplan_form = JaarplanForm(request.POST if "jaarplan" in request.POST else None, initial=initial)
    else:  # `?schooljaar=`: the proposal for a year, before making it
        jaarplan_form = querystring.lees(request, JaarplanForm, initial=initial)
    status, voorstel, voorstel_fout = 200, None, None
    if request.method == "POST" and "plannen" in request.POST:
        if planning_form.is_valid():
            try:
                nieuw = bijeenkomst_plannen(
                    groep=groep_, planning=planning_uit(planning_form), door=request.user
                )
            except ValidationError as error:
                fout_op_formulier(planning_form, error)
            else:
                messages.success(request, _("De bijeenkomst is gepland."))
                vrije_dag_melden(request, nieuw.datum)
                return redirect("intervisie:groep", pk=groep_.pk)
        status = 400
    elif request.method == "POST" and "jaarplan" in request.POST:
        if jaarplan_form.is_valid():
            try:
                nieuw = jaarplan_maken(
                    groep=groep_, schooljaar=jaarplan_form.cleaned_data["schooljaar"], door=request.user
                )
            except ValidationError as error:
                fout_op_formulier(jaarplan_form, error)
            else:
                messages.success(
                    request, _("Het jaarplan staat klaar: %(n)d bijeenkomsten.") % {"n": len(nieuw)}
                )
                return redirect("intervisie:groep", pk=groep_.pk)
        status = 400
    elif jaarplan_form.is_bound and jaarplan_form.is_valid():
        try:
            voorstel = jaarplan_voorstellen(groep=groep_, schooljaar=jaarplan_form.cleaned_data["schooljaar"])
        except ValidationError as error:
            voorstel_fout = error.messages[0]
    return render(
        request,
        "intervisie/facilitator/groep.html",
        {
            "title": groep_.naam,
            "groep": groep_,
            "bijeenkomsten": groep_.bijeenkomsten.all(),
            "planning_form": planning_form,
            "jaarplan_form": jaarplan_form,
            "voorstel": voorstel,
            "voorstel_fout": voorstel_fout,
            "vandaag": timezone.localdate(),
        },
        status=status,
    )


@never_cache
@login_required
def wijzigen(request, pk):
    bijeenkomst = beheerde_bijeenkomst(request, pk)
    # The form works on a copy: the service compares with the stored meeting and decides what is saved.
    form = PlanningForm(request.POST or None, instance=Intervisiebijeenkomst.objects.get(pk=bijeenkomst.pk))
    if request.method == "POST" and form.is_valid():
        try:
            bijeenkomst_wijzigen(bijeenkomst=bijeenkomst, planning=planning_uit(form), door=request.user)
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            messages.success(request, _("De bijeenkomst is bijgewerkt."))
            vrije_dag_melden(request, bijeenkomst.datum)
            return redirect("intervisie:groep", pk=bijeenkomst.groep_id)
    if request.method == "GET":
        vrije_dag_melden(request, bijeenkomst.datum)
    return render(
        request,
        "intervisie/facilitator/wijzigen.html",
        {"title": _("Bijeenkomst wijzigen"), "bijeenkomst": bijeenkomst, "form": form},
        status=400 if form.errors else 200,
    )


@never_cache
@login_required
@require_POST
def annuleren(request, pk):
    bijeenkomst = beheerde_bijeenkomst(request, pk)
    try:
        bijeenkomst_annuleren(bijeenkomst=bijeenkomst, door=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("De bijeenkomst is geannuleerd; de leden krijgen bericht."))
    return redirect("intervisie:groep", pk=bijeenkomst.groep_id)


@never_cache
@login_required
def aanwezigheid(request, pk):
    """Present or absent for every member on the meeting's day, and the minutes, on one page."""
    bijeenkomst = beheerde_bijeenkomst(request, pk)
    leden = list(
        bijeenkomst.groep.leden_op(bijeenkomst.datum).select_related("user").order_by("user__first_name")
    )
    eerder = dict(Aanwezigheid.objects.filter(bijeenkomst=bijeenkomst).values_list("user_id", "aanwezig"))
    initial = [
        {"user": lid.user_id, "aanwezig": "ja" if eerder.get(lid.user_id, True) else "nee"} for lid in leden
    ]
    formset = AanwezigheidFormSet(request.POST if "aanwezigheid" in request.POST else None, initial=initial)
    verslag_form = VerslagForm(
        request.POST if "verslag_opslaan" in request.POST else None, initial={"verslag": bijeenkomst.verslag}
    )
    fouten = []
    if request.method == "POST":
        try:
            if "aanwezigheid" in request.POST and formset.is_valid():
                aanwezigheid_vastleggen(
                    bijeenkomst=bijeenkomst,
                    registraties=[
                        Registratie(
                            user_id=f.cleaned_data["user"], aanwezig=f.cleaned_data["aanwezig"] == "ja"
                        )
                        for f in formset
                    ],
                    door=request.user,
                )
                messages.success(request, _("De aanwezigheid is opgeslagen."))
                return redirect("intervisie:aanwezigheid", pk=bijeenkomst.pk)
            if "verslag_opslaan" in request.POST and verslag_form.is_valid():
                verslag_opslaan(
                    bijeenkomst=bijeenkomst, verslag=verslag_form.cleaned_data["verslag"], door=request.user
                )
                messages.success(request, _("Het verslag is opgeslagen."))
                return redirect("intervisie:aanwezigheid", pk=bijeenkomst.pk)
            fouten.append(_("Controleer de invoer."))
        except ValidationError as error:
            fouten.extend(error.messages)
    namen = {lid.user_id: lid.user.get_full_name() or lid.user.email for lid in leden}
    return render(
        request,
        "intervisie/facilitator/aanwezigheid.html",
        {
            "title": _("Aanwezigheid en verslag"),
            "bijeenkomst": bijeenkomst,
            "formset": formset,
            "rijen": [(f, namen.get(_als_getal(f["user"].value()), "")) for f in formset],
            "verslag_form": verslag_form,
            "fouten": fouten,
        },
        status=400 if fouten else 200,
    )
