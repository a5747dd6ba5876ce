"""Forms of the kerngroep's intervisie screens."""

from django import forms
from django.utils.translation import gettext as _

from intervisie.services.groepen import NieuweGroep


class IndelingForm(forms.Form):
    """Per unassigned trainer: no group, a new group or an existing one; and names for the new groups."""

    def __init__(
        self, *args, trainers, groepen, aantal_nieuw: int, initial_keuzes: dict, namen: list[str], **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.trainers = trainers
        self.aantal_nieuw = aantal_nieuw
        keuzes = [("", _("Niet indelen"))]
        keuzes += [(f"nieuw-{i}", _("Nieuwe groep %(n)d") % {"n": i}) for i in range(1, aantal_nieuw + 1)]
        keuzes += [
            (
                f"groep-{g.pk}",
                _("%(groep)s (%(n)d van %(max)d leden)")
                % {"groep": g.naam, "n": g.aantal_leden, "max": g.max_grootte},
            )
            for g in groepen
        ]
        for i in range(1, aantal_nieuw + 1):
            self.fields[f"naam-{i}"] = forms.CharField(
                label=_("Naam van nieuwe groep %(n)d") % {"n": i},
                max_length=120,
                required=False,
                initial=namen[i - 1],
            )
        for trainer in trainers:
            self.fields[f"trainer-{trainer.pk}"] = forms.ChoiceField(
                label=trainer.get_full_name() or trainer.email,
                choices=keuzes,
                required=False,
                initial=initial_keuzes.get(trainer.pk, ""),
            )

    def indeling(self) -> tuple[list[NieuweGroep], dict[int, list]]:
        nieuwe = [NieuweGroep(naam=self.cleaned_data[f"naam-{i}"]) for i in range(1, self.aantal_nieuw + 1)]
        bestaande: dict[int, list] = {}
        for trainer in self.trainers:
            keuze = self.cleaned_data.get(f"trainer-{trainer.pk}") or ""
            if keuze.startswith("nieuw-"):
                nieuwe[int(keuze.removeprefix("nieuw-")) - 1].leden.append(trainer)
            elif keuze.startswith("groep-"):
                bestaande.setdefault(int(keuze.removeprefix("groep-")), []).append(trainer)
        return [g for g in nieuwe if g.leden], bestaande
