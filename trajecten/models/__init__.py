from trajecten.models.audit import AuditRegel
from trajecten.models.instellingen import TrajectInstellingen
from trajecten.models.stappen import Advies, Besluit, Intake
from trajecten.models.traject import (
    Aanmelding,
    Groepstraining,
    Identiteit,
    IdentiteitGegevens,
    Inzage,
    Traject,
)
from trajecten.models.verloop import Bijeenkomst, Bijlage, Eindverslag, Voortgangsbericht

__all__ = [
    "Aanmelding",
    "Advies",
    "AuditRegel",
    "Besluit",
    "Bijeenkomst",
    "Bijlage",
    "Eindverslag",
    "Groepstraining",
    "Identiteit",
    "IdentiteitGegevens",
    "Intake",
    "Inzage",
    "Traject",
    "TrajectInstellingen",
    "Voortgangsbericht",
]
