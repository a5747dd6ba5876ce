"""The fixed structure of the Re-Fit programme: one home for phases, weeks, themes and meeting parts.

Pages show these facts; the trajectory planner uses the same ones. Editors write the
texts, but the number of weeks per phase and the order of the themes are rules.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

TOTAAL_WEKEN = 14
MINUTEN_INDIVIDUEEL = 45
MINUTEN_GROEP = 150


@dataclass(frozen=True)
class Fase:
    nummer: int
    naam: str
    weken: int
    themas: tuple[str, ...]

    @property
    def eerste_week(self) -> int:
        return 1 + sum(f.weken for f in FASEN if f.nummer < self.nummer)

    @property
    def laatste_week(self) -> int:
        return self.eerste_week + self.weken - 1


FASEN = (
    Fase(1, "Erkennen", 4, ("Introductie", "Erkenning", "Voelen", "Vertalen")),
    Fase(2, "Stabiliteit en rust", 4, ("Vertrouwen", "Valkuilen", "Kwaliteiten", "Grenzen")),
    Fase(3, "Verandering", 3, ("Regie", "Mogelijkheden", "Lef", "Presentatie")),
    Fase(4, "Integratie en toekomst", 3, ("Perspectief", "Experimenteren", "Trots", "Balans")),
)
if sum(f.weken for f in FASEN) != TOTAAL_WEKEN:  # the phases must fill the programme exactly
    raise ValueError("De fasen tellen niet op tot 14 weken.")


def fase(nummer: int) -> Fase:
    """Rule 'fasen': phase 1 and 2 last four weeks, phase 3 and 4 three; 14 weeks in all."""
    return FASEN[nummer - 1]


def thema_controleren(*, fase_nummer: int, titel: str, bestaande) -> None:
    """Rule 'thema's': a phase has exactly its own four themes, each once."""
    toegestaan = fase(fase_nummer).themas
    if titel not in toegestaan:
        raise ValidationError(
            gettext("De thema's van fase %(n)d zijn: %(namen)s.")
            % {"n": fase_nummer, "namen": ", ".join(toegestaan)}
        )
    if titel in set(bestaande):
        raise ValidationError(gettext("Het thema %(titel)s bestaat al in deze fase.") % {"titel": titel})


def beschikbare_minuten(*, is_groep: bool) -> int:
    """Rule 'duur van een bijeenkomst': 45 minutes for an individual talk, 150 for a group meeting."""
    return MINUTEN_GROEP if is_groep else MINUTEN_INDIVIDUEEL


def fase_van_week(week: int) -> Fase:
    for f in FASEN:
        if f.eerste_week <= week <= f.laatste_week:
            return f
    raise ValueError(f"Week {week} valt buiten de {TOTAAL_WEKEN} weken van Re-Fit.")


# Rule 'opbouw van een bijeenkomst': the fixed parts, in order.
ONDERDELEN_INDIVIDUEEL = (
    ("opening", _("Opening")),
    ("theorie", _("Theorie")),
    ("opdrachten", _("Opdrachten")),
    ("activiteit", _("Activiteit")),
    ("afronding", _("Afronding")),
)
ONDERDELEN_GROEP = (
    ("opening", _("Opening")),
    ("terugkoppeling", _("Terugkoppeling vorige bijeenkomst")),
    ("verhaal_en_theorie", _("Verhaal van Lot en theorie")),
    ("groepsactiviteiten", _("Groepsactiviteiten")),
    ("afronding_opdrachten", _("Afronding en bespreken opdrachten")),
)
