"""The browser journeys, optionally on a busy machine (issue 18, finding 7).

With REFIT_CPU_LAST_REIZEN=<n> (CI sets 2 for its PostgreSQL run), n CPU-bound processes run
beside the journeys from their first to their last test and are stopped afterwards: the journeys
wait for conditions with one generous deadline (tests.browser, tests.wachten), so load makes them
slower, never red. `make test-druk` does the same for the whole suite.

Under pytest-xdist each worker that runs journeys starts its own n burners; CI runs its suites in
one process each (.ci/run), so there n is the number of burners.
"""

import os
import subprocess
import sys

import pytest

BRANDER = "while True: pass"


@pytest.fixture(scope="package", autouse=True)
def _cpu_last_naast_de_reizen():
    aantal = int(os.environ.get("REFIT_CPU_LAST_REIZEN", "0"))
    branders = [subprocess.Popen([sys.executable, "-c", BRANDER]) for _ in range(aantal)]
    try:
        yield
    finally:
        for brander in branders:
            brander.kill()
        for brander in branders:
            brander.wait()
