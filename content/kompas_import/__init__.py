"""The one importer of the manual as data: reads `content/data/` (or an edition folder), checks it
against the programme (`content.programma`) and puts it in the page tree.

Two steps, one module each:
- `controleren`: read the files and check them; returns the edition or raises `KompasDataFout`
  with every error, each naming file and line. Writes nothing.
- `laden`: put a checked edition in the tree. The demo (`content.demo`) publishes what is missing;
  `manage.py kompas_importeren <map>` writes every change as a draft revision by the importing
  kerngroep member, for the four-eyes workflow (`content.vier_ogen`).
"""

from content.kompas_import.controleren import (
    ACTIVITEITEN_MAP,
    DATA,
    HOME_BESTAND,
    KOMPAS_MAP,
    Editie,
    KompasDataFout,
    activiteiten_lezen,
    kompas_lezen,
)
from content.kompas_import.laden import Lader, activiteiten_laden, home_laden, kompas_laden

__all__ = [
    "ACTIVITEITEN_MAP",
    "DATA",
    "HOME_BESTAND",
    "KOMPAS_MAP",
    "Editie",
    "KompasDataFout",
    "Lader",
    "activiteiten_laden",
    "activiteiten_lezen",
    "home_laden",
    "kompas_laden",
    "kompas_lezen",
]
