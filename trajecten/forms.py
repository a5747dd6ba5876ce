"""Forms check the shape of input; the rules live in `trajecten.rules` and `trajecten.stappen`."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.keuzevelden import IdKeuzeVeld, IdMeervoudKeuzeVeld
from portal.models import Organisatie, User
from portal.roles import Role, role_q
from trajecten.choices import BijlageSoort, Kanaal, Klacht, Schooltype, Uitkomst
from trajecten.models import Aanmelding, Eindverslag, Intake
from trajecten.models.verloop import BIJLAGE_EXTENSIES
from trajecten.rules import afwezigheid_controleren
from trajecten.services.aanmelden import AANMELDING_VELDEN


def trainers():
    return (
        User.objects.filter(role_q(Role.TRAINER), is_active=True)
        .distinct()
        .order_by("last_name", "first_name")
    )


class DatumInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class AanmeldingForm(forms.ModelForm):
    """Pupil identity (kept encrypted, apart from the record) and what the school knows."""

    voornaam = forms.CharField(label=_("Voornaam leerling"), max_length=100)
    achternaam = forms.CharField(label=_("Achternaam leerling"), max_length=100)
    geboortedatum = forms.DateField(label=_("Geboortedatum"), widget=DatumInput())
    ouders_naam = forms.CharField(label=_("Naam ouder of verzorger"), max_length=150)
    ouders_telefoon = forms.CharField(label=_("Telefoon ouder of verzorger"), max_length=30)
    ouders_email = forms.EmailField(label=_("E-mailadres ouder of verzorger"), required=False)
    schooltype = forms.ChoiceField(
        label=_("Schooltype"),
        choices=Schooltype.choices,
        widget=forms.RadioSelect,
        help_text=_("Praktijkonderwijs volgt Re-Fit Do-It. Re-Fit is niet voor (Z)ML-onderwijs."),
    )
    klachten = forms.MultipleChoiceField(
        label=_("Klachten"), choices=Klacht.choices, widget=forms.CheckboxSelectMultiple
    )
    toestemming_op = forms.DateField(label=_("Toestemming gegeven op"), widget=DatumInput())
    buiten_leeftijd_bevestigd = forms.BooleanField(
        label=_("Ik meld deze leerling bewust aan, ook al valt de leeftijd buiten 12 tot en met 20 jaar"),
        required=False,
        widget=forms.HiddenInput,
    )
    uitvoerder = IdKeuzeVeld(
        label=_("Wie voert de training uit?"),
        queryset=Organisatie.objects.none(),
        required=False,
        empty_label=None,
        help_text=_("Uw eigen school als daar Re-Fit-trainers werken, anders een ambulante dienst."),
    )

    def __init__(self, *args, school=None, **kwargs):
        super().__init__(*args, **kwargs)
        if school is not None:
            self.fields["uitvoerder"].queryset = Organisatie.objects.actief().filter(
                models.Q(pk=school.pk) | models.Q(soort=Organisatie.Soort.AB_DIENST)
            )
            self.fields["uitvoerder"].initial = school.pk

    class Meta:
        model = Aanmelding
        fields = AANMELDING_VELDEN
        labels = {"verzuim_percentage": _("Verzuim in procenten van de lestijd")}
        help_texts = {
            "plan_school": _(
                "Wat deed de school na het MAZL-signaal (4 ziekmeldingen in 12 weken of 7 dagen aaneen)?"
            ),
            "reden": _("Beschrijf de situatie; geen diagnoses, geen BSN, geen medische brieven."),
            "toestemming_vastgelegd_door": _(
                "Wie de toestemming heeft gevraagd en vastgelegd, bijvoorbeeld uw functie."
            ),
        }

    IDENTITEIT_VELDEN = (
        "voornaam",
        "achternaam",
        "geboortedatum",
        "ouders_naam",
        "ouders_telefoon",
        "ouders_email",
    )

    # The confirmation right under the date of birth, where the age is explained.
    field_order = [
        *IDENTITEIT_VELDEN[:3],
        "buiten_leeftijd_bevestigd",
        *IDENTITEIT_VELDEN[3:],
        *AANMELDING_VELDEN,
        "uitvoerder",
    ]

    def leeftijd_laten_bevestigen(self) -> None:
        """Show the confirmation only after the service explained the age (rule 'doelgroep leeftijd')."""
        self.fields["buiten_leeftijd_bevestigd"].widget = forms.CheckboxInput()

    def clean(self):
        cleaned = super().clean()
        if "anders" in cleaned.get("klachten", []) and not cleaned.get("klachten_anders", "").strip():
            self.add_error("klachten_anders", _("Beschrijf de andere klachten."))
        percentage = cleaned.get("verzuim_percentage")
        if percentage is not None and not 0 <= percentage <= 100:
            self.add_error("verzuim_percentage", _("Een percentage ligt tussen 0 en 100."))
        return cleaned


class AdviesForm(forms.Form):
    positief = forms.TypedChoiceField(
        label=_("Advies"),
        choices=[("ja", _("Positief: door naar de intake")), ("nee", _("Negatief: niet toelaten"))],
        coerce=lambda waarde: waarde == "ja",
        widget=forms.RadioSelect,
    )
    leden = IdMeervoudKeuzeVeld(
        label=_("Leden van het adviesteam met een account"),
        queryset=User.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Minstens één ervaren trainer (langer dan drie jaar een licentie)."),
    )
    overige_leden = forms.CharField(
        label=_("Overige leden (functies, geen namen)"), max_length=250, required=False
    )
    toelichting = forms.CharField(label=_("Toelichting"), widget=forms.Textarea(attrs={"rows": 4}))
    leeftijd_reden = forms.CharField(
        label=_("Waarom Re-Fit toch past bij deze leeftijd (verplicht bij een positief advies)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    gegeven_op = forms.DateField(label=_("Datum advies"), widget=DatumInput())

    def __init__(self, *args, leeftijd_melding: str = "", **kwargs):
        """`leeftijd_melding`: the explanation of rule 'doelgroep leeftijd' for this pupil, if any."""
        super().__init__(*args, **kwargs)
        self.fields["leden"].queryset = trainers()
        self.fields["leden"].label_from_instance = lambda user: user.get_full_name() or user.email
        if leeftijd_melding:
            self.fields["leeftijd_reden"].help_text = leeftijd_melding
        else:
            del self.fields["leeftijd_reden"]


class IntakeForm(forms.ModelForm):
    trainers = IdMeervoudKeuzeVeld(
        label=_("De twee intaketrainers"),
        queryset=User.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Precies twee, van wie minstens één ervaren trainer."),
    )

    class Meta:
        model = Intake
        fields = [
            f.name for f in Intake._meta.concrete_fields if f.name not in {"id", "traject", "vastgelegd_door"}
        ]
        widgets = {"datum": DatumInput()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["trainers"].queryset = trainers()
        self.fields["trainers"].label_from_instance = lambda user: user.get_full_name() or user.email


class BesluitForm(forms.Form):
    toegelaten = forms.TypedChoiceField(
        label=_("Besluit"),
        choices=[("ja", _("Starten met Re-Fit")), ("nee", _("Niet toelaten"))],
        coerce=lambda waarde: waarde == "ja",
        widget=forms.RadioSelect,
    )
    afwijkingsreden = forms.CharField(
        label=_("Reden om af te wijken van het berekende advies"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    vervolgadvies = forms.CharField(
        label=_("Vervolgadvies (verplicht bij niet toelaten)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    genomen_op = forms.DateField(label=_("Datum besluit"), widget=DatumInput())


class ZoekForm(forms.Form):
    q = forms.CharField(label=_("Zoek op code"), max_length=10, required=False)


def binnen_planbereik(datum):
    """A date the 14 weeks (and the holidays around them) can be counted from: not in year 9999."""
    if datum is not None and not 2000 <= datum.year <= 2100:
        raise forms.ValidationError(_("Kies een datum tussen 2000 en 2100."))
    return datum


class PlanningForm(forms.Form):
    startdatum = forms.DateField(
        label=_("Startdatum (dag van de eerste bijeenkomst)"),
        widget=DatumInput(),
        help_text=_(
            "Elke week dezelfde dag. Vakantieweken van de regio van de school slaan we over; valt die dag "
            "op een feestdag, dan komt de bijeenkomst op een andere schooldag van die week."
        ),
    )

    def clean_startdatum(self):
        return binnen_planbereik(self.cleaned_data["startdatum"])


class VerplaatsenForm(forms.Form):
    datum = forms.DateField(label=_("Nieuwe datum"), widget=DatumInput())

    def clean_datum(self):
        return binnen_planbereik(self.cleaned_data["datum"])


class BijeenkomstForm(forms.Form):
    uitkomst = forms.ChoiceField(
        label=_("Hoe ging het?"),
        choices=[("gehouden", _("Gehouden")), ("afwezig", _("De jongere was afwezig"))],
        widget=forms.RadioSelect,
    )
    reden_afwezigheid = forms.CharField(label=_("Reden van afwezigheid"), max_length=200, required=False)
    activiteiten = IdMeervoudKeuzeVeld(
        label=_("Gebruikte activiteiten uit de bibliotheek"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    notities = forms.CharField(
        label=_("Korte notities"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Kort en feitelijk; geen diagnoses."),
    )
    huiswerk = forms.CharField(
        label=_("Huiswerk meegegeven"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )

    def __init__(self, *args, fase=None, **kwargs):
        super().__init__(*args, **kwargs)
        from content.models import ActiviteitPage

        activiteiten = ActiviteitPage.objects.live().order_by("title")
        self.fields["activiteiten"].queryset = activiteiten
        self.fields["activiteiten"].label_from_instance = lambda page: page.title

    def clean(self):
        cleaned = super().clean()
        try:
            afwezigheid_controleren(
                aanwezig=cleaned.get("uitkomst") != "afwezig",
                reden_afwezigheid=cleaned.get("reden_afwezigheid", ""),
            )
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned


class VoortgangsberichtForm(forms.Form):
    bericht = forms.TypedChoiceField(label=_("Bericht"), coerce=int, choices=[])
    verstuurd_op = forms.DateField(label=_("Verstuurd op"), widget=DatumInput())
    kanaal = forms.ChoiceField(label=_("Kanaal"), choices=Kanaal.choices)
    strekking = forms.CharField(
        label=_("Strekking"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("De kern in een paar zinnen. Geen gezondheidsinformatie aan school zonder toestemming."),
    )
    met_toestemming_gezondheid = forms.BooleanField(
        label=_("Bevat gezondheidsinformatie; de jongere en ouders gaven toestemming om die te delen"),
        required=False,
    )

    def __init__(self, *args, berichten=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bericht"].choices = [
            (b.pk, f"{b.get_ontvanger_display()} – {b.gepland_op:%d-%m-%Y}") for b in berichten
        ]


TOEGESTANE_BIJLAGEN = BIJLAGE_EXTENSIES
MAX_BIJLAGE_BYTES = 5 * 1024 * 1024


class BijlageForm(forms.Form):
    soort = forms.ChoiceField(label=_("Soort"), choices=BijlageSoort.choices)
    omschrijving = forms.CharField(label=_("Omschrijving"), max_length=200, required=False)
    bestand = forms.FileField(label=_("Bestand (PDF, PNG of JPG, hoogstens 5 MB)"))

    def clean_bestand(self):
        bestand = self.cleaned_data["bestand"]
        if bestand.size > MAX_BIJLAGE_BYTES:
            raise forms.ValidationError(_("Het bestand is groter dan 5 MB."))
        begin = bestand.read(8)
        bestand.seek(0)
        if begin.startswith(b"%PDF-"):
            bestand.gevonden_type = "application/pdf"
        elif begin.startswith(b"\x89PNG\r\n\x1a\n"):
            bestand.gevonden_type = "image/png"
        elif begin.startswith(b"\xff\xd8\xff"):
            bestand.gevonden_type = "image/jpeg"
        else:
            raise forms.ValidationError(_("Alleen PDF-bestanden en afbeeldingen (PNG, JPG) zijn toegestaan."))
        return bestand


class EindverslagForm(forms.ModelForm):
    class Meta:
        model = Eindverslag
        fields = [
            "eindgesprek_op",
            "startsituatie",
            "ontwikkeling",
            "aandachtspunten_jongere",
            "aandachtspunten_ouders",
            "aandachtspunten_school",
            "overdracht_school",
            "advies",
        ]
        widgets = {"eindgesprek_op": DatumInput()}


# How each ending reads in the close form; which ones are offered comes from the state machine.
EINDE_LABELS = {
    Uitkomst.AFGEROND: _("Afgerond: de training is gelopen, met eindgesprek en eindverslag"),
    Uitkomst.GESTOPT_IJKMOMENT: _("Gestopt na het ijkmoment: onvoldoende commitment"),
    Uitkomst.GESTOPT_AFWEZIGHEID: _("Gestopt wegens herhaalde afwezigheid"),
    Uitkomst.NIET_GESTART: _("Niet gestart: de jongere begint niet aan de training"),
}


class AfsluitenForm(forms.Form):
    uitkomst = forms.ChoiceField(label=_("Hoe eindigt het traject?"), choices=[], widget=forms.RadioSelect)
    vervolgadvies = forms.CharField(
        label=_("Vervolgadvies (verplicht als de training niet is afgerond)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    aanwezigheid_eind = forms.DecimalField(
        label=_("Schoolaanwezigheid aan het eind (%, bij afgerond)"),
        min_value=0,
        max_value=100,
        decimal_places=1,
        required=False,
    )

    def __init__(self, *args, uitkomsten=(), **kwargs):
        """`uitkomsten`: the endings the state machine allows now (`trajecten.stappen.uitkomsten`)."""
        super().__init__(*args, **kwargs)
        self.fields["uitkomst"].choices = [(u, EINDE_LABELS.get(u, Uitkomst(u).label)) for u in uitkomsten]
        if Uitkomst.AFGEROND not in uitkomsten:  # only endings with a follow-up advice are possible
            del self.fields["aanwezigheid_eind"]
            self.fields["vervolgadvies"].label = _("Vervolgadvies")


class GroepstrainingForm(forms.Form):
    trajecten = IdMeervoudKeuzeVeld(
        label=_("Toegelaten jongeren (4 tot 10)"), queryset=None, widget=forms.CheckboxSelectMultiple
    )
    trainers = IdMeervoudKeuzeVeld(
        label=_("De twee trainers"), queryset=User.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    startdatum = forms.DateField(label=_("Startdatum"), widget=DatumInput())

    def clean_startdatum(self):
        return binnen_planbereik(self.cleaned_data["startdatum"])

    def __init__(self, *args, trajecten=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["trajecten"].queryset = trajecten
        self.fields["trajecten"].label_from_instance = lambda traject: traject.code
        self.fields["trainers"].queryset = trainers()
        self.fields["trainers"].label_from_instance = lambda user: user.get_full_name() or user.email
