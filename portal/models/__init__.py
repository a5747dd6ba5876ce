from portal.models.organisaties import Lidmaatschap, Organisatie
from portal.models.uitnodigingen import Uitnodiging
from portal.models.users import User

__all__ = ["Lidmaatschap", "Organisatie", "Uitnodiging", "User"]
