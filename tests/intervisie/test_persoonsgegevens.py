"""Rule 'casus gepseudonimiseerd': the case form warns about names, e-mail, phone, postcode and dates."""

import pytest

from intervisie.persoonsgegevens import persoonsgegevens_signaleren


def soorten(tekst: str) -> list[tuple[str, str]]:
    return [(s.soort, s.gevonden) for s in persoonsgegevens_signaleren(tekst)]


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        (
            "Haar moeder mailde vanaf m.jansen@voorbeeld.nl over de afspraak.",
            ("email", "m.jansen@voorbeeld.nl"),
        ),
        ("Bel de vader op 06-12345678 als het niet lukt.", ("telefoon", "06-12345678")),
        ("Het nummer van school is 030 123 4567.", ("telefoon", "030 123 4567")),
        ("Bereikbaar via +31 6 12345678.", ("telefoon", "+31 6 12345678")),
        ("De leerling woont in 3511 AB en fietst een half uur.", ("postcode", "3511 AB")),
        ("Geboren op 12-03-2011, nu in de derde klas.", ("datum", "12-03-2011")),
        ("Sinds 3 maart is het verzuim gestegen.", ("datum", "3 maart")),
        ("Het gesprek met Sanne ging over haar buikpijn.", ("naam", "Sanne")),
        ("Het gesprek met mevrouw de Vries ging goed.", ("naam", "de Vries")),
    ],
)
def test_each_kind_of_personal_data_is_flagged(tekst, verwacht):
    assert verwacht in soorten(tekst)


def test_a_pseudonymised_case_gives_no_warning():
    tekst = (
        "Leerling in fase 2, havo. Het rust-activiteitenschema wordt niet ingevuld. Zij zegt dat de klachten "
        "wisselen. Ik heb de emmer uitgelegd en met Re-Fit de DVD-methode geoefend; 12 procent verzuim."
    )
    assert soorten(tekst) == []


def test_each_finding_is_reported_once():
    assert soorten("Met Sanne gesproken, en later nog eens met Sanne.") == [("naam", "Sanne")]
