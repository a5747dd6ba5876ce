"""Waiting for a condition, never for a time: the one place a test pauses.

A busy machine (CI running two suites, a laptop compiling beside the tests) makes everything
slower but nothing different; a test that waits for "long enough" fails there, a test that waits
for what it needs only takes longer. `wacht_tot` polls a condition until a generous deadline and
says what it was waiting for when the deadline passes. `tests/test_wachten_op_voorwaarden.py`
keeps `time.sleep` and Playwright's `wait_for_timeout` out of every other test file.
"""

import time
from collections.abc import Callable

# One generous deadline for everything a test waits for (a page, a worker, a server): on an idle
# machine nothing comes near it; on a loaded two-core machine it still holds.
WACHTTIJD = 90  # seconds


def wacht_tot[T](voorwaarde: Callable[[], T], wat: str, *, seconden: float = WACHTTIJD) -> T:
    """Poll `voorwaarde` until it returns something true; that value, or AssertionError after `seconden`."""
    deadline = time.monotonic() + seconden
    while True:
        if resultaat := voorwaarde():
            return resultaat
        if time.monotonic() > deadline:
            raise AssertionError(f"na {seconden} s nog steeds niet: {wat}")
        time.sleep(0.05)  # between two polls only: the condition decides, not the clock
