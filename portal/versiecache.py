"""Values computed once and kept until their source changes: a version per source, in the cache.

A source (say `licenties`) has a version in the cache; a cached value's key holds the version
it was computed under, so bumping the version makes every value of that source unreachable at
once, on every app server that shares the cache. The code that changes the source bumps it
(usually a model signal; bulk updates bump it themselves).

`SECONDEN` is how long a value is kept at most. With a cache shared by all processes (Redis,
or the database cache in production) the version alone keeps values true; with a cache per
process (the quickstart's local memory, where the worker is another process) it bounds how
long a change made elsewhere can stay unseen.
"""

import uuid
from collections.abc import Callable

from django.core.cache import cache
from django.db import transaction

SECONDEN = 10 * 60


def versie(bron: str) -> str:
    """The current version of `bron`; a new one after every change."""
    sleutel = f"versie:{bron}"
    huidige = cache.get(sleutel)
    if huidige is None:
        cache.add(sleutel, uuid.uuid4().hex, None)
        huidige = cache.get(sleutel)
    return huidige


def vernieuwen(bron: str) -> None:
    """`bron` changed: every value computed from it is recomputed on its next use.

    Bumped at once, and again when the transaction commits: a request that read the old data
    while the change was not yet committed would otherwise keep it under the new version.
    """

    def nieuwe_versie():
        cache.set(f"versie:{bron}", uuid.uuid4().hex, None)

    nieuwe_versie()
    transaction.on_commit(nieuwe_versie)


def bewaard(bron: str, naam: str, berekenen: Callable[[], object], *, seconden: int = SECONDEN):
    """`berekenen()`, or its result from the cache while `bron` has not changed."""
    sleutel = f"{bron}:{naam}:{versie(bron)}"
    waarde = cache.get(sleutel)
    if waarde is None:
        waarde = berekenen()
        cache.set(sleutel, waarde, seconden)
    return waarde
