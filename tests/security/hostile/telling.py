"""How many hostile inputs each form or parameter received, for the report at the end of the run."""

from collections import Counter

ONTVANGEN: Counter[str] = Counter()
GEWEIGERD: Counter[str] = Counter()


def tel(naam: str, *, geweigerd: bool) -> None:
    ONTVANGEN[naam] += 1
    if geweigerd:
        GEWEIGERD[naam] += 1
