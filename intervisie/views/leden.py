"""The member's pages: my group, a meeting (agenda, minutes, cases) and bringing in a case."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from intervisie.forms import CasusForm
from intervisie.models import Casusinbreng, Intervisiebijeenkomst
from intervisie.persoonsgegevens import waarschuwing_tekst
from intervisie.rules import mag_groep_beheren
from intervisie.selectors import aanwezigheid_van, groepen_van, instellingen, zichtbare_casussen
from intervisie.services import casussen as casus_services
from intervisie.services.casussen import Casus, casus_signalen
from portal.formulieren import fout_op_formulier


def zichtbare_bijeenkomst(request, pk) -> Intervisiebijeenkomst:
    """A meeting of one's own group, or 404: nobody learns that another group's meeting exists."""
    return get_object_or_404(
        Intervisiebijeenkomst.objects.zichtbaar_voor(request.user).select_related("groep"), pk=pk
    )


@never_cache
@login_required
def mijn_groep(request):
    return render(
        request,
        "intervisie/mijn_groep.html",
        {
            "title": _("Mijn intervisiegroep"),
            "overzichten": groepen_van(request.user),
            "aanwezigheid_per_jaar": sorted(aanwezigheid_van(request.user).items(), reverse=True),
            "vandaag": timezone.localdate(),
        },
    )


@never_cache
@login_required
def bijeenkomst(request, pk):
    bijeenkomst_ = zichtbare_bijeenkomst(request, pk)
    groep = bijeenkomst_.groep
    is_lid = groep.leden_op(bijeenkomst_.datum).filter(user=request.user).exists()
    return render(
        request,
        "intervisie/bijeenkomst.html",
        {
            "title": _("Intervisie %(groep)s") % {"groep": groep.naam},
            "bijeenkomst": bijeenkomst_,
            "groep": groep,
            "casussen": zichtbare_casussen(request.user)
            .filter(bijeenkomst=bijeenkomst_)
            .select_related("inbrenger"),
            "mag_inbrengen": is_lid and not bijeenkomst_.is_geannuleerd and not bijeenkomst_.is_voorbij,
            "mag_beheren": mag_groep_beheren(request.user, groep),
            "zichtbaar_dagen": instellingen().casus_zichtbaar_dagen,
        },
    )


@never_cache
@login_required
def casus_inbrengen(request, pk):
    bijeenkomst_ = zichtbare_bijeenkomst(request, pk)
    form = CasusForm(request.POST or None)
    signalen = {}
    status = 200
    if request.method == "POST" and form.is_valid():
        casus = Casus(**{veld: form.cleaned_data[veld] for veld in (*Casusinbreng.ONDERDELEN, "trajectcode")})
        gecontroleerd = form.cleaned_data["persoonsgegevens_gecontroleerd"]
        signalen = casus_signalen(casus)
        try:
            casus_services.casus_inbrengen(
                bijeenkomst=bijeenkomst_,
                casus=casus,
                door=request.user,
                persoonsgegevens_gecontroleerd=gecontroleerd,
            )
        except ValidationError as error:
            if signalen and not gecontroleerd and not hasattr(error, "error_dict"):
                for veld, gevonden in signalen.items():
                    form.add_error(veld, waarschuwing_tekst(gevonden))
            fout_op_formulier(form, error)
            status = 400
        else:
            messages.success(
                request, _("Je casus is ingebracht. De leden van je groep lezen hem bij de bijeenkomst.")
            )
            return redirect("intervisie:bijeenkomst", pk=bijeenkomst_.pk)
    elif request.method == "POST":
        status = 400
    return render(
        request,
        "intervisie/casus_inbrengen.html",
        {
            "title": _("Casus inbrengen"),
            "bijeenkomst": bijeenkomst_,
            "form": form,
            "signalen": signalen,
        },
        status=status,
    )


@never_cache
@login_required
def casus(request, pk):
    casus_ = get_object_or_404(zichtbare_casussen(request.user).select_related("bijeenkomst__groep"), pk=pk)
    return render(
        request,
        "intervisie/casus.html",
        {"title": _("Casus"), "casus": casus_, "bijeenkomst": casus_.bijeenkomst},
    )
