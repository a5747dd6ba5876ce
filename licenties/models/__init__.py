from licenties.models.dagen import DagAanmelding, DagStatus, Professionaliseringsdag
from licenties.models.licenties import (
    GELDIGE_STATUSSEN,
    NUMMER_VOORVOEGSEL,
    Besluit,
    BesluitSoort,
    Licentie,
    LicentieStatus,
    Nummerreeks,
    Programma,
)
from licenties.models.meldingen import MeldingSoort, Uitgifteopdracht
from licenties.models.onderhoud import Onderhoudsregel

__all__ = [
    "GELDIGE_STATUSSEN",
    "NUMMER_VOORVOEGSEL",
    "Besluit",
    "BesluitSoort",
    "DagAanmelding",
    "DagStatus",
    "Licentie",
    "LicentieStatus",
    "MeldingSoort",
    "Nummerreeks",
    "Onderhoudsregel",
    "Professionaliseringsdag",
    "Programma",
    "Uitgifteopdracht",
]
