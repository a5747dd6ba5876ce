import json
import os

from tests.security.hostile.telling import GEWEIGERD, ONTVANGEN


def pytest_terminal_summary(terminalreporter):
    """Per form or parameter: hostile inputs sent and how many were refused (the rest was accepted)."""
    if not ONTVANGEN:
        return
    terminalreporter.section("vijandige invoer per formulier/parameter")
    for naam in sorted(ONTVANGEN):
        terminalreporter.write_line(f"{naam:55} {ONTVANGEN[naam]:5} invoer, {GEWEIGERD[naam]:5} geweigerd")
    terminalreporter.write_line(f"{'totaal':55} {sum(ONTVANGEN.values()):5} invoer")
    if bestand := os.environ.get("REFIT_HOSTILE_TELLING"):
        with open(bestand, "w", encoding="utf-8") as uit:
            json.dump({n: [ONTVANGEN[n], GEWEIGERD[n]] for n in sorted(ONTVANGEN)}, uit, indent=1)
