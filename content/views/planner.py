"""The session planner and the actions on an activity (favourite, PDF, propose your own)."""

from collections import defaultdict

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from content.models import ActiviteitPage, Favoriet, Materiaal, Onderdeel, Sessieplan, ThemaPage
from content.models.activiteiten import Aanpak, Setting
from content.pdf import activiteit_pdf, sessieplan_pdf
from content.planner import (
    activiteit_inplannen,
    activiteit_voorstellen,
    favoriet_wisselen,
    mag_bewerken,
    sessieplan_delen,
    sessieplan_kopieren,
    tijdsoverzicht,
    zichtbare_activiteiten,
)
from content.programma import TOTAAL_WEKEN, fase_van_week
from content.toegang import LEZERS
from portal import querystring
from portal.formulieren import fout_op_formulier
from portal.keuzevelden import IdKeuzeVeld, IdMeervoudKeuzeVeld
from portal.roles import role_required

lezer_vereist = role_required(*LEZERS)


def plan_of_404(user, plan_id) -> Sessieplan:
    return get_object_or_404(Sessieplan.objects.zichtbaar_voor(user), pk=plan_id)


def week_veld(**kwargs) -> forms.IntegerField:
    """A week of the training: 1 to 14, checked before `clean()` asks which phase it is in."""
    buiten = gettext_lazy("Kies een week van 1 tot en met %(n)d.") % {"n": TOTAAL_WEKEN}
    return forms.IntegerField(
        error_messages={"min_value": buiten, "max_value": buiten},
        label=gettext_lazy("Week"),
        min_value=1,
        max_value=TOTAAL_WEKEN,
        required=False,
        help_text=gettext_lazy("Week 1 tot en met %(n)d van de training.") % {"n": TOTAAL_WEKEN},
        **kwargs,
    )


def levende_themas():
    return ThemaPage.objects.live().defer_streamfields().order_by("path")


class SessieplanForm(forms.ModelForm):
    week = week_veld()

    class Meta:
        model = Sessieplan
        fields = ["titel", "soort", "week", "thema", "notities"]
        field_classes = {"thema": IdKeuzeVeld}
        widgets = {"notities": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["thema"].queryset = levende_themas()

    def clean(self):
        cleaned = super().clean()
        week, thema = cleaned.get("week"), cleaned.get("thema")
        if week and thema and thema.get_parent().specific.nummer != fase_van_week(week).nummer:
            self.add_error("thema", _("Dit thema hoort niet bij de fase van week %(week)d.") % {"week": week})
        return cleaned


@never_cache
@lezer_vereist
def overzicht(request):
    plannen = Sessieplan.objects.zichtbaar_voor(request.user).select_related("thema", "trainer")
    favorieten = Favoriet.objects.filter(user=request.user, activiteit__live=True).select_related(
        "activiteit"
    )
    return render(
        request,
        "content/planner/overzicht.html",
        {"plannen": plannen, "favorieten": favorieten, "title": _("Mijn sessieplannen")},
    )


class VoorinvullingForm(forms.Form):
    """`?thema=&week=` from a theme page or the manual: what a new plan starts with."""

    thema = IdKeuzeVeld(label=gettext_lazy("Thema"), queryset=ThemaPage.objects.none(), required=False)
    week = week_veld()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["thema"].queryset = levende_themas()


@never_cache
@lezer_vereist
def nieuw(request):
    voorinvulling = querystring.lees_of_leeg(request, VoorinvullingForm) if request.method == "GET" else {}
    form = SessieplanForm(request.POST or None, initial=voorinvulling)
    if request.method == "POST" and form.is_valid():
        plan = form.save(commit=False)
        plan.trainer = request.user
        plan.save()
        return redirect("planner_plan", plan.pk)
    return render(request, "content/planner/form.html", {"form": form, "title": _("Nieuw sessieplan")})


def suggesties_voor(sessieplan) -> tuple[list[dict], dict[int, set[str]]]:
    """Up to 60 activities for the plan's theme (shortest first), and the meeting parts of each.

    Only what the lists show, read as values: page objects with their relation managers
    cost more than the rest of the page together.
    """
    activiteiten = zichtbare_activiteiten()
    if sessieplan.thema_id:
        activiteiten = activiteiten.filter(themas=sessieplan.thema_id)
    suggesties = list(activiteiten.order_by("duur", "title").values("pk", "title", "duur")[:60])
    onderdelen_van = defaultdict(set)
    for activiteit_id, code in ActiviteitPage.onderdelen.through.objects.filter(
        activiteitpage__in=[a["pk"] for a in suggesties]
    ).values_list("activiteitpage", "onderdeel__code"):
        onderdelen_van[activiteit_id].add(code)
    return suggesties, onderdelen_van


@never_cache
@lezer_vereist
def plan(request, plan_id):
    sessieplan = plan_of_404(request.user, plan_id)
    items = list(sessieplan.items.select_related("activiteit"))
    bewerkbaar = mag_bewerken(sessieplan, request.user)
    suggesties, onderdelen_van = suggesties_voor(sessieplan) if bewerkbaar else ([], {})
    prefix = "groep:" if sessieplan.soort == Sessieplan.Soort.GROEP else "ind:"
    per_onderdeel = [
        {
            "code": code,
            "naam": naam,
            "items": [i for i in items if i.onderdeel == code],
            "suggesties": [a for a in suggesties if prefix + code in onderdelen_van[a["pk"]]][:8],
        }
        for code, naam in sessieplan.onderdelen
    ]
    return render(
        request,
        "content/planner/plan.html",
        {
            "plan": sessieplan,
            "per_onderdeel": per_onderdeel,
            "tijd": tijdsoverzicht(sessieplan, items),
            "bewerkbaar": bewerkbaar,
            "is_eigenaar": sessieplan.trainer_id == request.user.pk,
            "form": SessieplanForm(instance=sessieplan),
            "title": sessieplan.titel,
        },
    )


@require_POST
@lezer_vereist
def bewerken(request, plan_id):
    sessieplan = plan_of_404(request.user, plan_id)
    if not mag_bewerken(sessieplan, request.user):
        raise Http404
    form = SessieplanForm(request.POST, instance=sessieplan)
    if form.is_valid():
        form.save()
        messages.success(request, _("Het sessieplan is opgeslagen."))
    else:
        for error in form.errors.values():
            messages.error(request, error.as_text())
    return redirect("planner_plan", sessieplan.pk)


@require_POST
@lezer_vereist
def inplannen(request, plan_id):
    sessieplan = plan_of_404(request.user, plan_id)
    try:
        activiteit_id = int(request.POST.get("activiteit", ""))
        item = activiteit_inplannen(
            plan=sessieplan,
            activiteit_id=activiteit_id,
            onderdeel=request.POST.get("onderdeel", ""),
            notitie=request.POST.get("notitie", ""),
            door=request.user,
        )
    except ValueError:
        messages.error(request, _("Kies een activiteit."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("%(titel)s staat in je plan.") % {"titel": item.activiteit.title})
    return redirect("planner_plan", sessieplan.pk)


@require_POST
@lezer_vereist
def verwijderen(request, plan_id, item_id):
    sessieplan = plan_of_404(request.user, plan_id)
    if not mag_bewerken(sessieplan, request.user):
        raise Http404
    sessieplan.items.filter(pk=item_id).delete()
    return redirect("planner_plan", sessieplan.pk)


@require_POST
@lezer_vereist
def kopieren(request, plan_id):
    kopie = sessieplan_kopieren(plan=plan_of_404(request.user, plan_id), door=request.user)
    messages.success(request, _("Kopie gemaakt."))
    return redirect("planner_plan", kopie.pk)


@require_POST
@lezer_vereist
def delen(request, plan_id):
    sessieplan = plan_of_404(request.user, plan_id)
    try:
        sessieplan_delen(plan=sessieplan, email=request.POST.get("email", "")[:254], door=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Het plan is gedeeld."))
    return redirect("planner_plan", sessieplan.pk)


@lezer_vereist
def plan_pdf(request, plan_id):
    sessieplan = plan_of_404(request.user, plan_id)
    items = list(sessieplan.items.select_related("activiteit"))
    filename, mimetype, content = sessieplan_pdf(
        plan=sessieplan, items=items, tijd=tijdsoverzicht(sessieplan, items)
    )
    response = HttpResponse(content, content_type=mimetype)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def activiteit_of_404(page_id) -> ActiviteitPage:
    return get_object_or_404(zichtbare_activiteiten(), pk=page_id)


@require_POST
@lezer_vereist
def favoriet(request, page_id):
    activiteit = activiteit_of_404(page_id)
    if favoriet_wisselen(user=request.user, activiteit=activiteit):
        messages.success(request, _("Toegevoegd aan je favorieten."))
    else:
        messages.info(request, _("Niet meer bij je favorieten."))
    return redirect(activiteit.url)


@require_POST
@lezer_vereist
def activiteit_naar_plan(request, page_id):
    """'Add to a session plan' from the activity page: the choice is '<plan>:<part>'."""
    activiteit = activiteit_of_404(page_id)
    plan_id, _sep, onderdeel = request.POST.get("plan_onderdeel", "").partition(":")
    sessieplan = plan_of_404(request.user, plan_id) if plan_id.isascii() and plan_id.isdigit() else None
    if sessieplan is None:
        raise Http404
    try:
        activiteit_inplannen(
            plan=sessieplan, activiteit_id=activiteit.pk, onderdeel=onderdeel, door=request.user
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(activiteit.url)
    messages.success(request, _("%(titel)s staat in je plan.") % {"titel": activiteit.title})
    return redirect("planner_plan", sessieplan.pk)


@lezer_vereist
def activiteit_als_pdf(request, page_id):
    filename, mimetype, content = activiteit_pdf(activiteit=activiteit_of_404(page_id).specific)
    response = HttpResponse(content, content_type=mimetype)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


class VoorstelForm(forms.Form):
    titel = forms.CharField(label=gettext_lazy("Naam van de activiteit"), max_length=150)
    korte_beschrijving = forms.CharField(label=gettext_lazy("In één zin"), max_length=250)
    doel = forms.CharField(label=gettext_lazy("Doel"), max_length=250)
    themas = IdMeervoudKeuzeVeld(
        label=gettext_lazy("Thema's"), queryset=ThemaPage.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    onderdelen = IdMeervoudKeuzeVeld(
        label=gettext_lazy("Onderdelen"),
        queryset=Onderdeel.objects.all(),
        widget=forms.CheckboxSelectMultiple,
    )
    setting = forms.ChoiceField(label=gettext_lazy("Setting"), choices=Setting.choices)
    duur = forms.IntegerField(label=gettext_lazy("Duur in minuten"), min_value=1, max_value=150)
    aanpak = forms.ChoiceField(label=gettext_lazy("Aanpak"), choices=Aanpak.choices)
    materialen = IdMeervoudKeuzeVeld(
        label=gettext_lazy("Materialen"),
        queryset=Materiaal.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    voorbereiding = forms.CharField(
        label=gettext_lazy("Voorbereiding"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    stappen = forms.CharField(
        label=gettext_lazy("Stappen (één per regel)"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    huiswerk = forms.CharField(
        label=gettext_lazy("Huiswerk en vervolg"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themas"].queryset = ThemaPage.objects.live().order_by("path")

    def clean_stappen(self):
        stappen = [regel.strip() for regel in self.cleaned_data["stappen"].splitlines() if regel.strip()]
        if not stappen:
            raise ValidationError(_("Beschrijf minstens één stap."))
        return stappen[:20]


@never_cache
@lezer_vereist
def voorstellen(request):
    form = VoorstelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            activiteit_voorstellen(
                door=request.user,
                velden=data,
                themas=data.pop("themas"),
                onderdelen=data.pop("onderdelen"),
                materialen=data.pop("materialen"),
            )
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            messages.success(
                request,
                _(
                    "Dank je! De kerngroep bekijkt je activiteit; na goedkeuring staat hij in de "
                    "bibliotheek met jouw naam erbij."
                ),
            )
            return redirect("planner_overzicht")
    return render(
        request, "content/planner/voorstellen.html", {"form": form, "title": _("Een activiteit voorstellen")}
    )
