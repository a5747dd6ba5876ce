from content.models.kompas import FasePage, HoofdstukPage, KompasPage, ThemaPage
from content.models.lot import LotVerhaal
from content.models.naslag import BegrippenlijstPage, OnderwerpPage, VerhaalVanLotPage, WijzigingenPage
from content.models.publiek import HomePage
from content.models.voortgang import KompasVoorkeur, Leesvoortgang, Wijziging
from content.models.workflow import VierOgenTask

__all__ = [
    "BegrippenlijstPage",
    "FasePage",
    "HomePage",
    "HoofdstukPage",
    "KompasPage",
    "KompasVoorkeur",
    "Leesvoortgang",
    "LotVerhaal",
    "OnderwerpPage",
    "ThemaPage",
    "VerhaalVanLotPage",
    "VierOgenTask",
    "Wijziging",
    "WijzigingenPage",
]
