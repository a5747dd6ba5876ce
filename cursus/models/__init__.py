from cursus.models.aanmeldingen import Aanmelding
from cursus.models.deelname import (
    Aanwezigheid,
    Aftekening,
    CompetentieOordeel,
    Werkagenda,
    WerkagendaOpmerking,
)
from cursus.models.rondes import Bijeenkomst, Cursusronde

__all__ = [
    "Aanmelding",
    "Aanwezigheid",
    "Aftekening",
    "Bijeenkomst",
    "CompetentieOordeel",
    "Cursusronde",
    "Werkagenda",
    "WerkagendaOpmerking",
]
