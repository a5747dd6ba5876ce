"""The file format of the manual as data (`docs/kompas-data.md`): TOML front matter and a Markdown body.

A page file looks like this:

    +++
    titel = "Aanmelding, adviesteam en intake"
    intro = "Een zorgvuldig begin voorkomt teleurstelling later."
    +++
    ## Van aanmelding naar adviesteam

    Een alinea is één regel.

    - een punt van een lijst

The body maps onto the `tekst` and `kader` blocks of `content.blocks.InhoudBlock`: a `## ` heading
starts a new text block, `> [!TIP]` (or `LET_OP`, `GROEPSVARIANT`) a callout. Text is plain: the
HTML escaping is done here, so an editor never types `&amp;`. Rich text with inline markup (bold,
links) stays HTML on its own line; any other block is a fenced ```` ```blok <type> ```` with its
value as JSON. TOML, not YAML, because Python reads it without an extra package.
"""

import html
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.utils.html import escape

SCHEIDING = "+++"
DOCUMENTEN = "documenten"  # beside kompas/ and activiteiten/: the files of documents an editor attached
KADERS = {"TIP": "tip", "LET_OP": "let_op", "GROEPSVARIANT": "groepsvariant"}
KADER_REGEL = re.compile(r"^> \[!([A-Z_]+)\]$")
EENVOUDIGE_HTML = re.compile(r"^(<(p|h2|ul|li)>|</(ul|li|p|h2)>|[^<>]+)*$")


class KompasBestandFout(ValueError):
    """A data file that cannot be read: the message names the file and line, in Dutch."""

    def __init__(self, bestand: Path | str, regel: int | None, melding: str):
        plaats = f"{bestand}:{regel}" if regel else str(bestand)
        super().__init__(f"{plaats}: {melding}")
        self.bestand, self.regel, self.melding = str(bestand), regel, melding


@dataclass
class Bestand:
    """One data file: its front matter, its Markdown body and where they came from."""

    pad: Path
    velden: dict
    body: str
    tekst: str
    body_regel: int = 1

    def regel_van(self, waarde) -> int | None:
        """The first line that mentions `waarde`: tomllib keeps no line numbers, the text does."""
        naald = waarde if isinstance(waarde, str) else str(waarde)
        for nummer, regel in enumerate(self.tekst.splitlines(), start=1):
            if naald and naald in regel:
                return nummer
        return None

    def fout(self, melding: str, waarde=None) -> KompasBestandFout:
        return KompasBestandFout(self.pad, self.regel_van(waarde) if waarde is not None else None, melding)


def lees_toml(pad: Path) -> Bestand:
    tekst = pad.read_text(encoding="utf-8")
    return Bestand(pad, _toml(pad, tekst, 0), "", tekst)


def lees_pagina(pad: Path) -> Bestand:
    tekst = pad.read_text(encoding="utf-8")
    regels = tekst.split("\n")
    if regels[0].strip() != SCHEIDING:
        raise KompasBestandFout(pad, 1, f"het bestand begint niet met '{SCHEIDING}' (de kopgegevens).")
    try:
        einde = regels.index(SCHEIDING, 1)
    except ValueError:
        raise KompasBestandFout(pad, 1, f"de kopgegevens worden niet afgesloten met '{SCHEIDING}'.") from None
    velden = _toml(pad, "\n".join(regels[1:einde]), 1)
    return Bestand(pad, velden, "\n".join(regels[einde + 1 :]).strip("\n"), tekst, einde + 2)


def _toml(pad: Path, tekst: str, regels_ervoor: int) -> dict:
    try:
        return tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as fout:
        regel = re.search(r"line (\d+)", str(fout))
        nummer = int(regel.group(1)) + regels_ervoor if regel else None
        raise KompasBestandFout(pad, nummer, f"de kopgegevens zijn geen geldige TOML ({fout}).") from None


def schrijf_pagina(pad: Path, velden: dict, body: str = "") -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    tekst = f"{SCHEIDING}\n{toml_tekst(velden)}{SCHEIDING}\n"
    pad.write_text(tekst + (f"{body}\n" if body else ""), encoding="utf-8")


def schrijf_toml(pad: Path, velden: dict) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(toml_tekst(velden), encoding="utf-8")


# --- TOML out: the standard library only reads TOML, so the few shapes the manual uses are written here.


def _toml_waarde(waarde) -> str:
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, int):
        return str(waarde)
    if isinstance(waarde, str) and "\n" in waarde:
        # A text of several paragraphs reads (and diffs) best as a multi-line string.
        return '"""\n' + waarde.replace("\\", "\\\\").replace('"""', '""\\"') + '"""'
    if isinstance(waarde, str):
        return json.dumps(waarde, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    if isinstance(waarde, list):
        if not waarde:
            return "[]"
        if len(waarde) == 1 or all(isinstance(w, int) for w in waarde):
            return "[" + ", ".join(_toml_waarde(w) for w in waarde) + "]"
        return "[\n" + "".join(f"    {_toml_waarde(w)},\n" for w in waarde) + "]"
    raise TypeError(f"Geen TOML-waarde: {waarde!r}")


def _is_tabellen(waarde) -> bool:
    return isinstance(waarde, list) and bool(waarde) and all(isinstance(w, dict) for w in waarde)


def toml_tekst(velden: dict, voorvoegsel: str = "") -> str:
    """Plain keys first, then tables and arrays of tables, in the order given (diffs stay small)."""
    regels = [f"{k} = {_toml_waarde(v)}\n" for k, v in velden.items() if not _is_tabel_of_tabellen(v)]
    for sleutel, waarde in velden.items():
        naam = f"{voorvoegsel}{sleutel}"
        if isinstance(waarde, dict):
            regels.append(f"\n[{naam}]\n{toml_tekst(waarde, naam + '.')}")
        elif _is_tabellen(waarde):
            for tabel in waarde:
                regels.append(f"\n[[{naam}]]\n{toml_tekst(tabel, naam + '.')}")
    return "".join(regels)


def _is_tabel_of_tabellen(waarde) -> bool:
    return isinstance(waarde, dict) or _is_tabellen(waarde)


# --- Markdown body <-> rich text and StreamField blocks.


def markdown_html(markdown: str) -> str:
    """Paragraphs, `## ` headings and `- ` lists to the rich text Wagtail stores."""
    delen, lijst = [], []
    for regel in [*markdown.split("\n"), ""]:
        if regel.startswith("- "):
            lijst.append(f"<li>{escape(regel[2:])}</li>")
            continue
        if lijst:
            delen.append(f"<ul>{''.join(lijst)}</ul>")
            lijst = []
        if not regel.strip():
            continue
        if regel.startswith("<"):
            delen.append(regel)  # rich text with inline markup, kept as the editor made it
        elif regel.startswith("## "):
            delen.append(f"<h2>{escape(regel[3:])}</h2>")
        else:
            delen.append(f"<p>{escape(regel)}</p>")
    return "".join(delen)


def html_markdown(rich_text: str) -> str:
    """The inverse of `markdown_html`; rich text it cannot write as plain text stays HTML."""
    if not EENVOUDIGE_HTML.match(rich_text):
        return rich_text
    regels = []
    for tag, inhoud in re.findall(r"<(p|h2|ul)>(.*?)</\1>", rich_text, flags=re.S):
        if tag == "ul":
            regels.append("\n".join(f"- {html.unescape(li)}" for li in re.findall(r"<li>(.*?)</li>", inhoud)))
        else:
            regels.append(("## " if tag == "h2" else "") + html.unescape(inhoud))
    terug = "\n\n".join(regels)
    return terug if markdown_html(terug) == rich_text else rich_text


def blokken_uit_markdown(bestand: Bestand, markdown: str | None = None) -> list[tuple[str, object]]:
    """A Markdown body as `InhoudBlock` blocks: a text block per `## ` section, callouts, other blocks."""
    blokken, tekst = [], []
    regels = (bestand.body if markdown is None else markdown).split("\n")

    def tekst_af():
        if "".join(tekst).strip():
            blokken.append(("tekst", markdown_html("\n".join(tekst))))
        tekst.clear()

    i = 0
    while i < len(regels):
        regel = regels[i]
        if regel.startswith("## "):
            tekst_af()
        if kader := KADER_REGEL.match(regel):
            tekst_af()
            if kader.group(1) not in KADERS:
                raise KompasBestandFout(
                    bestand.pad,
                    bestand.body_regel + i,
                    f"onbekend kader '{kader.group(1)}'; kies uit {', '.join(KADERS)}.",
                )
            inhoud = []
            while i + 1 < len(regels) and regels[i + 1].startswith(">"):
                i += 1
                inhoud.append(regels[i][2:] if regels[i].startswith("> ") else "")
            blokken.append(
                ("kader", {"soort": KADERS[kader.group(1)], "tekst": markdown_html("\n".join(inhoud))})
            )
        elif regel.startswith("```blok "):
            tekst_af()
            soort, begin, inhoud = regel[len("```blok ") :].strip(), i, []
            while i + 1 < len(regels) and regels[i + 1] != "```":
                i += 1
                inhoud.append(regels[i])
            i += 1
            try:
                blokken.append((soort, json.loads("\n".join(inhoud))))
            except json.JSONDecodeError as fout:
                raise KompasBestandFout(
                    bestand.pad,
                    bestand.body_regel + begin,
                    f"het blok '{soort}' is geen geldige JSON ({fout}).",
                ) from None
        else:
            tekst.append(regel)
        i += 1
    tekst_af()
    return blokken


def blokken_markdown(blokken) -> str:
    """`InhoudBlock` blocks (raw stream data) back to the Markdown body."""
    delen = []
    for blok in blokken:
        soort, waarde = blok["type"], blok["value"]
        if soort == "tekst":
            delen.append(html_markdown(waarde))
        elif soort == "kader":
            naam = next(k for k, v in KADERS.items() if v == waarde["soort"])
            inhoud = "\n".join(f"> {r}" if r else ">" for r in html_markdown(waarde["tekst"]).split("\n"))
            delen.append(f"> [!{naam}]\n{inhoud}")
        else:
            delen.append(f"```blok {soort}\n{json.dumps(waarde, ensure_ascii=False, indent=2)}\n```")
    return "\n\n".join(delen)
