"""The school contact's online aanmelding form."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from portal.formulieren import fout_op_formulier
from portal.models import Organisatie
from portal.roles import Role, role_required
from trajecten.forms import AanmeldingForm
from trajecten.models import IdentiteitGegevens
from trajecten.services.aanmelden import AANMELDING_VELDEN, traject_aanmelden
from trajecten.views.toegang import geen_opslag


@geen_opslag
@role_required(Role.SCHOOLCONTACT)
def aanmelden(request):
    scholen = Organisatie.objects.filter(lidmaatschappen__user=request.user, soort=Organisatie.Soort.SCHOOL)
    school = scholen.first()
    if school is None:
        return render(request, "trajecten/geen_school.html", {"title": _("Leerling aanmelden")})
    form = AanmeldingForm(request.POST or None, school=school)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            traject = traject_aanmelden(
                school=school,
                identiteit=IdentiteitGegevens(
                    **{veld: data[veld] for veld in AanmeldingForm.IDENTITEIT_VELDEN}
                ),
                aanmelding={veld: data[veld] for veld in AANMELDING_VELDEN},
                uitvoerder=data["uitvoerder"],
                buiten_leeftijd_bevestigd=data["buiten_leeftijd_bevestigd"],
                door=request.user,
            )
        except ValidationError as error:
            if any(
                fout.code == "leeftijd" for fout in getattr(error, "error_dict", {}).get("geboortedatum", [])
            ):
                form.leeftijd_laten_bevestigen()
            fout_op_formulier(form, error)
        else:
            messages.success(
                request,
                _("De aanmelding is ontvangen onder code %(code)s. Het adviesteam bekijkt haar.")
                % {"code": traject.code},
            )
            return redirect("trajecten:detail", code=traject.code)
    return render(
        request,
        "trajecten/aanmelden.html",
        {"title": _("Leerling aanmelden"), "form": form, "school": school},
    )
