"""Hostile input as hypothesis strategies: what a careless paste or a deliberate attacker sends.

Every strategy yields a string, or a list of strings for "a list where a scalar is expected",
because that is all an HTTP form or query string can carry.
"""

from hypothesis import strategies as st

# Characters that break things that treat text as text: NUL, line breaks (header and iCal
# injection), RTL override and zero-width characters (spoofed names), BOM, lone surrogate escapes.
GEVAARLIJKE_TEKENS = [
    "\x00",
    "\r\n",
    "\n",
    "\r",
    "\t",
    "\u202e",
    "\u200b",
    "\u200d",
    "\u2028",
    "\ufeff",
    "\x1b",
    "\x7f",
]

MARKUP = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "javascript:alert(1)",
    "{{ 7*7 }}",
    "{% debug %}",
    "</textarea><b>vet</b>",
]

SQL = [
    "' OR '1'='1",
    "'; DROP TABLE portal_user; --",
    '" OR ""="',
    "1; SELECT pg_sleep(5)",
    "%",
    "_",
    "\\",
]

# What a spreadsheet or calendar would interpret.
FORMULES = ["=1+1", '=HYPERLINK("http://x","klik")', "+31 6 1234", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
ICAL_INJECTIE = ["Titel\r\nATTENDEE:mailto:x@voorbeeld.nl", "Titel\nBEGIN:VEVENT\nUID:x\nEND:VEVENT"]

GETALLEN = [
    "-1",
    "0",
    "-0",
    "1e309",
    "NaN",
    "inf",
    "9" * 40,
    "-" + "9" * 40,
    "1.5",
    "1,5",
    "0x1F",
    " 7 ",
    "١٢",  # Arabic-Indic digits: int() accepts them
    str(2**63),
    str(-(2**63) - 1),
]

DATUMS = [
    "0000-01-01",
    "0001-01-01",
    "99999-12-31",
    "1900-02-30",
    "2026-13-01",
    "2026-02-29",
    "2027-00-10",
    "31-12-2026",
    "9999-12-31",
    "1-1-1",
    "gisteren",
    "2026-06-15T25:00",
]

TIJDEN = ["25:00", "24:00", "-1:00", "12:60", "noon", "99:99:99"]


def tekst(max_size: int = 60) -> st.SearchStrategy[str]:
    """Text stitched from the dangerous pieces and arbitrary unicode (surrogates excluded: HTTP can't)."""
    stukje = st.one_of(
        st.sampled_from(GEVAARLIJKE_TEKENS + MARKUP + SQL + FORMULES + ICAL_INJECTIE),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=12),
    )
    return st.lists(stukje, min_size=1, max_size=6).map("".join).map(lambda s: s[:max_size] or "x")


def lange_tekst() -> st.SearchStrategy[str]:
    """Far beyond any max_length: a pasted document, or a buffer-overflow attempt."""
    return st.sampled_from(["a", "é", "<b>", "\u202e", "😀"]).flatmap(
        lambda teken: st.integers(1_000, 20_000).map(lambda n: teken * n)
    )


def getal() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(GETALLEN),
        st.integers(-(10**30), 10**30).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        tekst(20),
    )


def datum() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(DATUMS),
        st.tuples(st.integers(-10, 100_000), st.integers(-1, 14), st.integers(-1, 40)).map(
            lambda d: f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"
        ),
        tekst(20),
    )


def tijd() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(TIJDEN), tekst(10))


def keuze(*geldig: str) -> st.SearchStrategy[str]:
    """A choice field: mostly a valid key (so the other fields get checked too), else anything."""
    return st.one_of(st.sampled_from(list(geldig) or ["x"]), tekst(20), getal())


def waarde() -> st.SearchStrategy:
    """Anything at all for a scalar field, including a list where one value is expected."""
    scalar = st.one_of(tekst(), getal(), datum(), lange_tekst())
    return st.one_of(scalar, scalar, st.lists(scalar, min_size=2, max_size=4))


def veld(basis: st.SearchStrategy) -> st.SearchStrategy:
    """A field's own hostile strategy, sometimes a generic hostile value or a list instead."""
    return st.one_of(basis, basis, basis, waarde(), st.lists(basis, min_size=2, max_size=3))
