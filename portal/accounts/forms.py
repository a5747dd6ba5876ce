from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _


class UitnodigingAccepterenForm(forms.Form):
    voornaam = forms.CharField(label=_("Voornaam"), max_length=150)
    achternaam = forms.CharField(label=_("Achternaam"), max_length=150)
    wachtwoord1 = forms.CharField(
        label=_("Kies een wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    wachtwoord2 = forms.CharField(
        label=_("Herhaal het wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("wachtwoord1") != cleaned.get("wachtwoord2"):
            self.add_error("wachtwoord2", _("De twee wachtwoorden zijn niet gelijk."))
        return cleaned
