"""A refused input changes nothing: the one check behind each app's `ongewijzigd` fixture."""

from collections.abc import Callable
from contextlib import contextmanager


@contextmanager
def niets_veranderd(stand_van_zaken: Callable[[], dict]):
    """Asserts that the block left `stand_van_zaken()` (the app's database rows and the outbox) as it was."""
    voor = stand_van_zaken()
    yield
    assert stand_van_zaken() == voor
