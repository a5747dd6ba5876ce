from portal.models.agenda import AgendaAbonnement
from portal.models.bevestigingen import Adresbevestiging
from portal.models.organisaties import Lidmaatschap, Organisatie
from portal.models.schoolvakanties import Schoolvakantie
from portal.models.uitgaande_mail import UitgaandeMail
from portal.models.uitnodigingen import Uitnodiging
from portal.models.users import User

__all__ = [
    "Adresbevestiging",
    "AgendaAbonnement",
    "Lidmaatschap",
    "Organisatie",
    "Schoolvakantie",
    "UitgaandeMail",
    "Uitnodiging",
    "User",
]
