from content.models.activiteiten import ActiviteitPage, BibliotheekPage, Materiaal, Onderdeel
from content.models.kompas import FasePage, HoofdstukPage, KompasPage, ThemaPage
from content.models.lot import LotVerhaal
from content.models.naslag import BegrippenlijstPage, OnderwerpPage, VerhaalVanLotPage, WijzigingenPage
from content.models.planner import Favoriet, Sessieplan, SessieplanItem
from content.models.publiek import HomePage
from content.models.voortgang import KompasVoorkeur, Leesvoortgang, Wijziging
from content.models.workflow import VierOgenTask

__all__ = [
    "ActiviteitPage",
    "BegrippenlijstPage",
    "BibliotheekPage",
    "FasePage",
    "Favoriet",
    "HomePage",
    "HoofdstukPage",
    "KompasPage",
    "KompasVoorkeur",
    "Leesvoortgang",
    "LotVerhaal",
    "Materiaal",
    "Onderdeel",
    "OnderwerpPage",
    "Sessieplan",
    "SessieplanItem",
    "ThemaPage",
    "VerhaalVanLotPage",
    "VierOgenTask",
    "Wijziging",
    "WijzigingenPage",
]
