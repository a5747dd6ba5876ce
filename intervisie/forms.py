"""Forms check the shape of input; the rules live in `intervisie.rules` and the services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from intervisie.models import Casusinbreng, Intervisiebijeenkomst
from intervisie.models.casussen import trajectcode_validator


class PlanningForm(forms.ModelForm):
    class Meta:
        model = Intervisiebijeenkomst
        fields = ["datum", "begintijd", "eindtijd", "online_link", "locatie", "agenda"]
        widgets = {
            "datum": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "begintijd": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "eindtijd": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "agenda": forms.Textarea({"rows": 5}),
        }


class JaarplanForm(forms.Form):
    schooljaar = forms.RegexField(
        label=_("Schooljaar"),
        regex=r"^\d{4}-\d{4}$",
        max_length=9,
        error_messages={"invalid": _("Schrijf het schooljaar als 2027-2028.")},
        help_text=_("Bijvoorbeeld 2027-2028."),
    )

    def clean_schooljaar(self):
        jaar = self.cleaned_data["schooljaar"]
        if not 2000 <= int(jaar[:4]) <= 2099:  # year 0 or 9999 has no calendar to plan in
            raise forms.ValidationError(_("Kies een schooljaar tussen 2000-2001 en 2099-2100."))
        if int(jaar[5:]) != int(jaar[:4]) + 1:
            raise forms.ValidationError(
                _("Een schooljaar loopt over twee opeenvolgende jaren, bijvoorbeeld 2027-2028.")
            )
        return jaar


AANWEZIG_KEUZES = [("ja", _("Aanwezig")), ("nee", _("Afwezig"))]


class AanwezigheidForm(forms.Form):
    """One member on the attendance screen; the member's name is the fieldset's legend."""

    user = forms.IntegerField(widget=forms.HiddenInput)
    aanwezig = forms.ChoiceField(label=_("Aanwezigheid"), choices=AANWEZIG_KEUZES, widget=forms.RadioSelect)


AanwezigheidFormSet = forms.formset_factory(AanwezigheidForm, extra=0)


class VerslagForm(forms.Form):
    verslag = forms.CharField(
        label=_("Verslag"),
        required=False,
        widget=forms.Textarea({"rows": 10}),
        help_text=_("Alleen de leden van de groep lezen dit. Geen namen of andere gegevens van leerlingen."),
    )


class CasusForm(forms.ModelForm):
    persoonsgegevens_gecontroleerd = forms.BooleanField(
        label=_("Ik heb de gemarkeerde tekst gecontroleerd: er staan geen persoonsgegevens in."),
        required=False,
    )

    class Meta:
        model = Casusinbreng
        fields = [*Casusinbreng.ONDERDELEN, "trajectcode"]
        widgets = {name: forms.Textarea({"rows": 5}) for name in Casusinbreng.ONDERDELEN}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Longer than a code, so that a name typed here gets the explanation instead of a length error.
        self.fields["trajectcode"].max_length = 60
        self.fields["trajectcode"].widget.attrs.pop("maxlength", None)
        self.fields["trajectcode"].validators = []

    def clean_trajectcode(self):
        code = self.cleaned_data["trajectcode"].strip().upper()
        if code:
            trajectcode_validator(code)
        return code
