"""Rule 'casus gepseudonimiseerd': warn when a case text looks like it holds personal data.

A warning, not a refusal: the member sees what was found and confirms before saving (a word
like "Utrecht" or "Maandag" can look like a name). The patterns are deliberately broad: a
false alarm costs one click, a missed name costs a pupil's privacy.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# 06-12345678, 06 1234 5678, 030-1234567, +31 6 12345678, 0031612345678
TELEFOON = re.compile(r"(?<!\d)(\+31|0031|0)[\s-]?\(?\d{1,3}\)?([\s-]?\d){6,8}(?!\d)")
POSTCODE = re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")
MAANDEN = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
DATUM = re.compile(
    rf"\b(\d{{1,2}}[-/.]\d{{1,2}}[-/.](\d{{2}}|\d{{4}})|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+({MAANDEN})\.?(\s+\d{{4}})?)\b",
    re.IGNORECASE,
)
# A capitalised word that does not start a sentence, optionally with a Dutch tussenvoegsel:
# "met Sanne", "mevrouw de Vries", "Jan van Dijk". Sentence starts are too ambiguous to flag.
NAAM = re.compile(
    r"(?<![.!?:\n]\s)(?<!^)(?<=\s)"
    r"((?:(?:van|de|der|den|ter|ten|te|het|in 't)\s+)*[A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]+)?)"
)
# Capitalised words that are common in case texts and are not names.
GEEN_NAAM = {
    "Re-Fit",
    "Lot",
    "DVD",
    "ACT",
    "CGT",
    "RESET",
    "Ik",
    "Hij",
    "Zij",
    "Ze",
    "We",
    "Wij",
    "De",
    "Het",
    "Een",
    "Maandag",
    "Dinsdag",
    "Woensdag",
    "Donderdag",
    "Vrijdag",
    "Zaterdag",
    "Zondag",
    "Nederland",
    "Nederlands",
    "Engels",
    "Wiskunde",
    "Biologie",
    "Geschiedenis",
    "Aardrijkskunde",
    "Frans",
    "Duits",
    "School",
    "Fase",
    "Thema",
    "Erkennen",
    "Stabiliteit",
    "Verandering",
    "Integratie",
    "Mentor",
    "Zorgcoördinator",
    "Leerplicht",
    "Havo",
    "Vwo",
    "Vmbo",
    "Pro",
    "Mbo",
    "JGZ",
    "GGD",
}


@dataclass(frozen=True)
class Signaal:
    soort: str
    label: str
    gevonden: str


SOORTEN = {
    "email": gettext_lazy("e-mailadres"),
    "telefoon": gettext_lazy("telefoonnummer"),
    "postcode": gettext_lazy("postcode"),
    "datum": gettext_lazy("datum (bijvoorbeeld een geboortedatum)"),
    "naam": gettext_lazy("mogelijke naam"),
}


def persoonsgegevens_signaleren(tekst: str) -> list[Signaal]:
    """Rule 'casus gepseudonimiseerd': what in `tekst` looks like an e-mail address, phone number,
    postcode, date or name. Each finding once, in this order."""
    gevonden: list[Signaal] = []
    gezien: set[tuple[str, str]] = set()

    def melden(soort: str, waarde: str) -> None:
        waarde = waarde.strip()
        if (soort, waarde) not in gezien:
            gezien.add((soort, waarde))
            gevonden.append(Signaal(soort, str(SOORTEN[soort]), waarde))

    rest = tekst
    for match in EMAIL.finditer(tekst):
        melden("email", match.group(0))
        rest = rest.replace(match.group(0), " ")
    for match in TELEFOON.finditer(rest):
        melden("telefoon", match.group(0))
    for match in POSTCODE.finditer(rest):
        melden("postcode", match.group(0))
    for match in DATUM.finditer(rest):
        melden("datum", match.group(0))
    for match in NAAM.finditer(rest):
        woord = match.group(1)
        if woord.split()[-1] not in GEEN_NAAM:
            melden("naam", woord)
    return gevonden


def waarschuwing_tekst(signalen: list[Signaal]) -> str:
    """One Dutch sentence for the form: what was found, so the member can check it."""
    delen = [f"{s.label} ‘{s.gevonden}’" for s in signalen]
    return _(
        "Let op: je tekst lijkt persoonsgegevens te bevatten (%(gevonden)s). Haal namen, e-mailadressen, "
        "telefoonnummers, postcodes en data weg, of bevestig dat het geen persoonsgegevens zijn."
    ) % {"gevonden": "; ".join(delen)}
