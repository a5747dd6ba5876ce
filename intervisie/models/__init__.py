from intervisie.models.bijeenkomsten import Aanwezigheid, Intervisiebijeenkomst
from intervisie.models.casussen import Casusinbreng
from intervisie.models.groepen import Groepslidmaatschap, Intervisiegroep, IntervisieInstellingen

__all__ = [
    "Aanwezigheid",
    "Casusinbreng",
    "Groepslidmaatschap",
    "IntervisieInstellingen",
    "Intervisiebijeenkomst",
    "Intervisiegroep",
]
