"""Forms and filters of the kerngroep's licence screens in the Wagtail admin.

They check the shape of the input only; every rule is in `licenties.services` and
`licenties.rules`, whose Dutch ValidationErrors the views show on these forms.
"""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Exists, OuterRef
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.models import WagtailAdminModelForm

from licenties.models import (
    BesluitSoort,
    Licentie,
    LicentieStatus,
    Onderhoudsregel,
    Programma,
)
from licenties.rules import dag_planning_controleren
from licenties.tellingen import jaren_behaald, jaren_geldig_tot
from portal.formulieren import fout_op_formulier
from portal.models import Lidmaatschap, Organisatie
from portal.models.organisaties import Regio


def datumveld() -> forms.DateInput:
    """The browser's own date picker: accessible, and no inline script as Wagtail's picker needs."""
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def tijdveld() -> forms.TimeInput:
    return forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


# --- The overview's filters ---------------------------------------------------------------


class LichteSelect(forms.Select):
    """A select whose options are written in Python rather than through two templates each.

    The organisation filter lists every organisation: hundreds at national scale, where
    Django's per-option templates made up half of the overview's server time; the other
    filters use it too, as the same markup for less.
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        opties = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (optie["value"], " selected" if optie["selected"] else "", optie["label"])
                for _groep, opties, _index in widget["optgroups"]
                for optie in opties
            ),
        )
        return format_html('<select name="{}"{}>{}</select>', name, flatatt(widget["attrs"]), opties)


def organisatie_keuzes() -> list[tuple[int, str]]:
    """Every organisation as (id, name): hundreds of them, read as values rather than as models."""
    return list(Organisatie.objects.order_by("naam").values_list("pk", "naam"))


class LicentieFilterSet(WagtailFilterSet):
    """Status, organisation, region, programme and year; the lists offer what exists, nothing to type."""

    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=LicentieStatus.choices, widget=LichteSelect
    )
    organisatie = django_filters.TypedChoiceFilter(
        label=gettext_lazy("Organisatie"),
        choices=organisatie_keuzes,
        coerce=int,
        method="filter_organisatie",
        widget=LichteSelect,
    )
    regio = django_filters.ChoiceFilter(
        label=gettext_lazy("Regio"), choices=Regio.choices, method="filter_regio", widget=LichteSelect
    )
    programma = django_filters.ChoiceFilter(
        label=gettext_lazy("Programma"), choices=Programma.choices, widget=LichteSelect
    )
    jaar = django_filters.TypedChoiceFilter(
        label=gettext_lazy("Jaar behaald"),
        choices=jaren_behaald,
        coerce=int,
        field_name="behaald_op__year",
        widget=LichteSelect,
    )
    geldig_tot_jaar = django_filters.TypedChoiceFilter(
        label=gettext_lazy("Geldig tot en met (jaar)"),
        choices=jaren_geldig_tot,
        coerce=int,
        field_name="geldig_tot__year",
        widget=LichteSelect,
    )

    class Meta:
        model = Licentie
        fields = ["status", "organisatie", "regio", "programma", "jaar", "geldig_tot_jaar"]

    def filter_organisatie(self, queryset, name, value):
        return queryset.filter(
            Exists(Lidmaatschap.objects.filter(user=OuterRef("houder"), organisatie_id=value))
        )

    def filter_regio(self, queryset, name, value):
        return queryset.filter(
            Exists(Lidmaatschap.objects.filter(user=OuterRef("houder"), organisatie__regio=value))
        )


# --- Licences ---------------------------------------------------------------------------------


class BesluitForm(forms.Form):
    """A kerngroep decision. The reason is checked by `besluit_controleren`, which says why in Dutch."""

    soort = forms.ChoiceField(label=gettext_lazy("Besluit"), choices=BesluitSoort.choices)
    ingangsdatum = forms.DateField(label=gettext_lazy("Ingangsdatum"), widget=datumveld())
    reden = forms.CharField(
        label=gettext_lazy("Reden"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "Verplicht. De trainer krijgt de reden te lezen in de e-mail over het besluit."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ingangsdatum"].initial = timezone.localdate()
        self.fields["reden"].widget.attrs["aria-required"] = "true"


class HouderChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.get_full_name() or obj.email} ({obj.email})"


class LicentieRegistrerenForm(WagtailAdminModelForm):
    """A licence obtained before the portal existed; `licentie_registreren` decides whether it may be."""

    houder = HouderChoiceField(
        label=gettext_lazy("Houder"),
        queryset=get_user_model().objects.filter(is_active=True).order_by("last_name", "first_name", "email"),
    )

    class Meta:
        model = Licentie
        fields = ["houder", "programma", "behaald_op"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["behaald_op"].widget = datumveld()


# --- Professionalisation days -------------------------------------------------------------------


class ProfessionaliseringsdagForm(WagtailAdminModelForm):
    """A day as the kerngroep plans it; each problem is named in Dutch at the field it is about."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for naam in ("datum", "aanmelden_tot"):
            if naam in self.fields:
                self.fields[naam].widget = datumveld()
        for naam in ("begintijd", "eindtijd"):
            if naam in self.fields:
                self.fields[naam].widget = tijdveld()

    def clean(self):
        cleaned = super().clean()
        try:
            dag_planning_controleren(
                **{
                    veld: cleaned.get(veld, getattr(self.instance, veld))
                    for veld in (
                        "datum",
                        "aanmelden_tot",
                        "locatie",
                        "online_link",
                        "capaciteit",
                    )
                }
            )
        except ValidationError as error:
            fout_op_formulier(self, error)
        return cleaned


class AanwezigheidForm(forms.Form):
    """Who was there, out of the registrations with a seat."""

    aanwezig = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Aanwezig"), coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, aanmeldingen, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["aanwezig"].choices = [
            (a.pk, a.user.get_full_name() or a.user.email) for a in aanmeldingen
        ]
        if not self.is_bound:
            self.fields["aanwezig"].initial = [a.pk for a in aanmeldingen if a.aanwezig]


# --- The upkeep rule ---------------------------------------------------------------------------


def instelling_veld(naam: str) -> forms.Field:
    return Onderhoudsregel._meta.get_field(naam).formfield()


class OnderhoudsregelForm(forms.Form):
    """The settings of the upkeep rule, with why they change (`onderhoudsregel_wijzigen` requires it)."""

    respijt_maanden = instelling_veld("respijt_maanden")
    waarschuwen_vanaf_maand = instelling_veld("waarschuwen_vanaf_maand")
    intervisie_verplicht = instelling_veld("intervisie_verplicht")
    intervisie_minimum_per_jaar = instelling_veld("intervisie_minimum_per_jaar")
    toelichting = forms.CharField(
        label=gettext_lazy("Toelichting bij de wijziging"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "aria-required": "true"}),
        help_text=gettext_lazy("Verplicht: waarom verandert de regel? Dit blijft bij de versie bewaard."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The same bounds as the database constraints, so a wrong number gets a field message.
        self.fields["respijt_maanden"].validators.append(MaxValueValidator(24))
        self.fields["respijt_maanden"].widget.attrs["max"] = 24
        self.fields["waarschuwen_vanaf_maand"].validators += [MinValueValidator(1), MaxValueValidator(12)]
        self.fields["waarschuwen_vanaf_maand"].widget.attrs.update({"min": 1, "max": 12})

    def waarden(self) -> dict:
        return {naam: self.cleaned_data[naam] for naam in Onderhoudsregel.INSTELLINGEN}
