"""Rule 'tests wachten op voorwaarden, niet op tijd' (issue 18, finding 7).

A journey that waited a fixed time failed when the machine was busy (load 7) and passed alone.
Every test file is read here: no pause for a time (`time.sleep`, `asyncio.sleep`, Playwright's
`wait_for_timeout`), only `tests.wachten.wacht_tot` polling a condition; and one default deadline
for the browser, set where every page is made (`tests.browser.chromium_page`).
"""

import ast
from pathlib import Path

TESTS = Path(__file__).parent
PAUZES = {"sleep", "wait_for_timeout"}
STANDAARDTIJDEN = {"set_default_timeout", "set_default_navigation_timeout", "set_options"}


def aanroepen(naam_in: set[str]) -> dict[str, list[int]]:
    """Per test file: the lines that call a function or method named in `naam_in`."""
    gevonden = {}
    for pad in sorted(TESTS.rglob("*.py")):
        regels = [
            node.lineno
            for node in ast.walk(ast.parse(pad.read_text("utf-8")))
            if isinstance(node, ast.Call)
            and (getattr(node.func, "attr", None) or getattr(node.func, "id", None)) in naam_in
        ]
        if regels:
            gevonden[pad.relative_to(TESTS).as_posix()] = regels
    return gevonden


def test_no_test_waits_for_a_time_only_for_a_condition():
    assert aanroepen(PAUZES).keys() <= {"wachten.py"}, (
        f"wacht met tests.wachten.wacht_tot op een voorwaarde: {aanroepen(PAUZES)}"
    )


def test_the_browser_has_one_shared_generous_deadline():
    from tests.browser import WACHTTIJD_MS

    assert aanroepen(STANDAARDTIJDEN).keys() == {"browser.py"}, aanroepen(STANDAARDTIJDEN)
    assert WACHTTIJD_MS >= 90_000
