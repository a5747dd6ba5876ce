"""Forms check the shape of input; the rules live in `cursus.rules` and the services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cursus.choices import Achtergrond, Competentie, Oordeel
from cursus.models import Bijeenkomst, Werkagenda
from portal.keuzevelden import IdKeuzeVeld


class ContactForm(forms.Form):
    """Who applies, when they have no account yet (or are not logged in)."""

    voornaam = forms.CharField(
        label=_("Voornaam"), max_length=150, widget=forms.TextInput({"autocomplete": "given-name"})
    )
    achternaam = forms.CharField(
        label=_("Achternaam"), max_length=150, widget=forms.TextInput({"autocomplete": "family-name"})
    )
    email = forms.EmailField(
        label=_("E-mailadres"),
        help_text=_("Hierheen sturen we de bevestiging en het besluit. Later log je hiermee in."),
        widget=forms.EmailInput({"autocomplete": "email"}),
    )


class AanvraagForm(forms.Form):
    organisatie = forms.CharField(
        label=_("Organisatie"),
        max_length=200,
        help_text=_("De school of dienst waar je Re-Fit wilt gaan aanbieden."),
        widget=forms.TextInput({"autocomplete": "organization"}),
    )
    achtergrond = forms.ChoiceField(
        label=_("Je achtergrond"), choices=Achtergrond.choices, widget=forms.RadioSelect
    )
    achtergrond_toelichting = forms.CharField(
        label=_("Toelichting op je achtergrond"),
        max_length=300,
        required=False,
        help_text=_("Nodig als je ‘anders’ kiest; mag ook bij de andere keuzes."),
    )
    ervaring_onderwijs = forms.CharField(
        label=_("Je ervaring in het onderwijs"),
        widget=forms.Textarea({"rows": 4}),
        help_text=_("Bijvoorbeeld je functie, hoe lang, en met welke leerlingen."),
    )
    motivatie = forms.CharField(
        label=_("Je motivatie"),
        widget=forms.Textarea({"rows": 4}),
        help_text=_("Waarom wil je Re-Fit-trainer worden?"),
    )


class BeoordelingForm(forms.Form):
    besluit = forms.ChoiceField(
        label=_("Besluit"),
        choices=[("toelaten", _("Toelaten")), ("afwijzen", _("Afwijzen"))],
        widget=forms.RadioSelect,
    )
    reden = forms.CharField(
        label=_("Reden van afwijzing"),
        required=False,
        widget=forms.Textarea({"rows": 3}),
        help_text=_("Verplicht bij afwijzen. De aanmelder leest deze reden in de e-mail."),
    )


AANWEZIG_KEUZES = [("ja", _("Aanwezig")), ("nee", _("Afwezig"))]


class AanwezigheidForm(forms.Form):
    """One participant on the attendance screen; the participant's name is the fieldset's legend."""

    aanmelding = forms.IntegerField(widget=forms.HiddenInput)
    aanwezig = forms.ChoiceField(label=_("Aanwezigheid"), choices=AANWEZIG_KEUZES, widget=forms.RadioSelect)
    reden_afwezig = forms.CharField(label=_("Reden van afwezigheid"), max_length=300, required=False)


AanwezigheidFormSet = forms.formset_factory(AanwezigheidForm, extra=0)


class InhaalForm(forms.Form):
    inhaal_bijeenkomst = IdKeuzeVeld(
        label=_("Ingehaald in"), queryset=Bijeenkomst.objects.none(), empty_label=_("Kies een bijeenkomst")
    )
    ingehaald = forms.BooleanField(
        label=_("De cursist heeft de inhaalbijeenkomst bijgewoond"), required=False
    )

    def __init__(self, *args, gemist: Bijeenkomst, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inhaal_bijeenkomst"].queryset = (
            Bijeenkomst.objects.filter(soort=gemist.soort)
            .exclude(cursusronde_id=gemist.cursusronde_id)
            .select_related("cursusronde")
            .order_by("datum")
        )
        self.fields["inhaal_bijeenkomst"].label_from_instance = lambda b: (
            f"{b.cursusronde.naam}: {b.get_soort_display().lower()} {b.datum:%d-%m-%Y}"
        )


class WerkagendaForm(forms.ModelForm):
    class Meta:
        model = Werkagenda
        fields = list(Werkagenda.ONDERDELEN)
        widgets = {name: forms.Textarea({"rows": 5}) for name in Werkagenda.ONDERDELEN}


class OpmerkingForm(forms.Form):
    tekst = forms.CharField(label=_("Je opmerking"), widget=forms.Textarea({"rows": 4}))


class CompetentieForm(forms.Form):
    """One competence on the sign-off screen; the competence is the fieldset's legend."""

    competentie = forms.ChoiceField(choices=Competentie.choices, widget=forms.HiddenInput)
    oordeel = forms.ChoiceField(label=_("Oordeel"), choices=Oordeel.choices, widget=forms.RadioSelect)
    opmerking = forms.CharField(
        label=_("Opmerking"),
        required=False,
        widget=forms.Textarea({"rows": 2}),
        help_text=_("Verplicht bij een aandachtspunt."),
    )


CompetentieFormSet = forms.formset_factory(CompetentieForm, extra=0)
