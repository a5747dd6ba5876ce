"""One hostile request at a time, and what must hold for every one of them.

- no 500 (the client does not re-raise: a crash shows up as a status code, as for a visitor);
- a refused input (the form again, or a 4xx) changes nothing in the database;
- a refused form says why in Dutch, never in Django's English defaults;
- markup that came in is shown escaped, on the form and on the page after an accepted write.

Each request runs in a savepoint that is rolled back afterwards, so an accepted write does not
change the world the next hostile input meets.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.security.hostile.telling import tel

# Django's and Wagtail's English defaults: if one of these shows, a message escaped translation.
ENGELS = [
    "This field is required",
    "Enter a valid",
    "Ensure this value",
    "Select a valid choice",
    "Null characters are not allowed",
    "is not one of the available choices",
    "Enter a whole number",
    "Enter a number",
    "Enter a list of values",
    "The submitted file is empty",
    "No file was submitted",
    "Upload a valid image",
    "The form could not be saved",
]

# Markup from strategies.MARKUP as it would appear if a template printed it unescaped.
ONGEESCAPET = ["<script>alert(1)", "<img src=x onerror", "<svg onload", "</textarea><b>vet</b>"]

FOUTMELDING = [
    "errorlist",
    "form-errors",
    "message--error",
    "error-message",
    'role="alert"',
    "w-field--error",
]


@dataclass(frozen=True)
class Doel:
    """A form or query string under attack, once its world exists: where, as whom, how."""

    naam: str
    url: str
    client: object
    velden: dict[str, st.SearchStrategy]
    staat: Callable[[], object]
    methode: str = "post"
    vast: dict = field(default_factory=dict)  # fields sent unchanged (a formset's management form)


def tekst_van(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def controleer_pagina(response, doel: Doel, data: dict) -> None:
    assert response.status_code < 500, f"{doel.naam}: {response.status_code} bij {data!r}"
    if "html" not in response.get("Content-Type", ""):
        return
    inhoud = tekst_van(response)
    for rauw in ONGEESCAPET:
        assert rauw not in inhoud, f"{doel.naam}: {rauw!r} onge-escaped in de pagina bij {data!r}"


def verstuur(doel: Doel, data: dict):
    if doel.methode == "get":
        return doel.client.get(doel.url, data)
    return doel.client.post(doel.url, data)


def een_aanval(doel: Doel, data: dict) -> None:
    cache.clear()  # rate limits must not turn the run into a series of 429s
    data = {**doel.vast, **data}
    voor = doel.staat()
    with transaction.atomic():
        response = verstuur(doel, data)
        controleer_pagina(response, doel, data)
        na = doel.staat()
        geweigerd = doel.methode == "post" and response.status_code != 302
        if response.status_code in (301, 302) and response.url.startswith("/"):
            vervolg = doel.client.get(response.url)
            controleer_pagina(vervolg, doel, data)
        transaction.set_rollback(True)
    tel(doel.naam, geweigerd=geweigerd)
    if doel.methode == "get":
        assert na == voor, f"{doel.naam}: een GET veranderde de database bij {data!r}"
    if geweigerd:
        assert na == voor, f"{doel.naam}: geweigerde invoer veranderde de database bij {data!r}"
        if response.status_code == 200:
            inhoud = tekst_van(response)
            assert any(teken in inhoud for teken in FOUTMELDING), (
                f"{doel.naam}: geen foutmelding bij {data!r}"
            )
            for engels in ENGELS:
                assert engels not in inhoud, f"{doel.naam}: Engelse melding {engels!r} bij {data!r}"


def per_doel() -> int:
    """Inputs per form or parameter: two fifths of the profile's number (10 with "ci", 200 with
    "grondig"), since every input is a full request with its own savepoint."""
    return max(1, settings.default.max_examples * 2 // 5)


def aanvallen(doel: Doel, *, max_examples: int | None = None) -> None:
    """Send `per_doel()` hostile inputs (or `max_examples`) to `doel`."""

    @settings(max_examples=max_examples or per_doel())
    @given(data=st.fixed_dictionaries(doel.velden))
    def aanval(data):
        een_aanval(doel, data)

    aanval()
