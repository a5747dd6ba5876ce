"""Finding activities: filters, full-text search and facet counts, in a constant number of queries."""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import chain

from django import forms
from django.core.cache import cache
from django.db.models import Count, Max, Prefetch
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from content.models import FasePage, ThemaPage
from content.models.activiteiten import Aanpak, ActiviteitPage, Materiaal, Onderdeel, Setting

DUUR_KLASSEN = (  # (code, label, min, max) in minutes
    ("tot-10", _("tot 10 min"), 0, 10),
    ("11-20", _("11–20 min"), 11, 20),
    ("21-30", _("21–30 min"), 21, 30),
    ("meer-dan-30", _("meer dan 30 min"), 31, 999),
)
_INDEX_IN_PROCES: dict[int, tuple[str, list]] = {}  # library page id -> (version key, index)
FACETTEN = ("fase", "thema", "onderdeel", "setting", "aanpak", "duur", "materiaal")
SORTERINGEN = (("relevantie", _("Relevantie")), ("titel", _("Titel")), ("duur", _("Duur (kort eerst)")))


class FilterForm(forms.Form):
    """The library's query string. Unknown or impossible values are dropped, never an error page."""

    q = forms.CharField(label=_("Zoeken"), required=False, max_length=200)
    fase = forms.TypedMultipleChoiceField(label=_("Fase"), required=False, coerce=int, choices=[])
    thema = forms.TypedMultipleChoiceField(label=_("Thema"), required=False, coerce=int, choices=[])
    onderdeel = forms.MultipleChoiceField(label=_("Onderdeel"), required=False, choices=[])
    setting = forms.MultipleChoiceField(label=_("Setting"), required=False, choices=Setting.choices)
    aanpak = forms.MultipleChoiceField(label=_("Aanpak"), required=False, choices=Aanpak.choices)
    duur = forms.MultipleChoiceField(
        label=_("Duur"), required=False, choices=[(c, label) for c, label, *_r in DUUR_KLASSEN]
    )
    ik_heb = forms.BooleanField(label=_("Alleen activiteiten waarvoor ik alles heb"), required=False)
    materiaal = forms.MultipleChoiceField(label=_("Materialen die ik heb"), required=False, choices=[])
    nieuw = forms.BooleanField(label=_("Geschikt voor nieuwe trainers"), required=False)
    sorteer = forms.ChoiceField(label=_("Sorteren op"), required=False, choices=SORTERINGEN)
    pagina = forms.IntegerField(label=_("Pagina"), required=False, min_value=1, max_value=100_000)
    fragment = forms.BooleanField(label=_("Alleen filters en resultaten"), required=False)

    def __init__(self, *args, bieb: "Bibliotheek", **kwargs):
        super().__init__(*args, **kwargs)
        # Callables: the choices are read only when the form is validated (on a cache miss).
        self.fields["fase"].choices = lambda: [(f.nummer, f.title) for f in bieb.fasen]
        self.fields["thema"].choices = lambda: [(t.pk, t.title) for t in bieb.themas]
        self.fields["onderdeel"].choices = lambda: [(o.code, str(o)) for o in bieb.onderdelen]
        self.fields["materiaal"].choices = lambda: [(m.slug, m.naam) for m in bieb.materialen]

    def keuzes(self) -> "Keuzes":
        """The valid part of the query; invalid fields count as not chosen."""
        if not self.is_bound:
            return Keuzes()
        self.is_valid()
        data = {name: self.cleaned_data.get(name) for name in self.fields if name not in self.errors}
        return Keuzes(
            q=(data.get("q") or "").strip(),
            fase=set(data.get("fase") or []),
            thema=set(data.get("thema") or []),
            onderdeel=set(data.get("onderdeel") or []),
            setting=set(data.get("setting") or []),
            aanpak=set(data.get("aanpak") or []),
            duur=set(data.get("duur") or []),
            ik_heb=bool(data.get("ik_heb")),
            materiaal=set(data.get("materiaal") or []),
            nieuw=bool(data.get("nieuw")),
            sorteer=data.get("sorteer") or "",
        )


@dataclass
class Keuzes:
    q: str = ""
    fase: set = field(default_factory=set)
    thema: set = field(default_factory=set)
    onderdeel: set = field(default_factory=set)
    setting: set = field(default_factory=set)
    aanpak: set = field(default_factory=set)
    duur: set = field(default_factory=set)
    ik_heb: bool = False
    materiaal: set = field(default_factory=set)
    nieuw: bool = False
    sorteer: str = ""

    @property
    def aantal(self) -> int:
        return sum(
            bool(v)
            for v in (
                self.fase,
                self.thema,
                self.onderdeel,
                self.setting,
                self.aanpak,
                self.duur,
                self.ik_heb,
                self.nieuw,
            )
        )


@dataclass(frozen=True)
class Kaart:
    """What the library needs to know of one activity to filter, count and search it."""

    pk: int
    titel: str
    setting: str
    aanpak: str
    duur: int
    nieuw: bool
    themas: frozenset
    fasen: frozenset
    onderdelen: frozenset
    materialen: frozenset
    duurklasse: str
    tekst: str  # lower-case title, description, preparation, steps and homework


def duurklasse(duur: int) -> str:
    return next(code for code, _label, laag, hoog in DUUR_KLASSEN if laag <= duur <= hoog)


class Bibliotheek:
    """Filtering, counting and searching the live activities below one library page.

    The tags of all activities are read in four queries and kept in the cache until an
    activity is published, unpublished or removed; filtering and facet counts then run
    in memory, so a request costs the same few queries whatever the library's size.
    """

    def __init__(self, pagina):
        self.pagina = pagina

    # Read when first needed: a request answered from the cache reads none of them.
    @cached_property
    def fasen(self) -> list:
        return list(FasePage.objects.live().only("title", "path", "nummer").order_by("nummer"))

    @cached_property
    def themas(self) -> list:
        return list(ThemaPage.objects.live().only("title", "path").order_by("path"))

    @cached_property
    def onderdelen(self) -> list:
        return list(Onderdeel.objects.all())

    @cached_property
    def materialen(self) -> list:
        return list(Materiaal.objects.all())

    def basis(self):
        return ActiviteitPage.objects.live().child_of(self.pagina)

    @cached_property
    def alle_kaarten(self) -> list[Kaart]:
        """Read once per request; the cached copy is unpickled only once too."""
        return self.kaarten()

    def kaarten(self) -> list[Kaart]:
        """The index for the current version of the library.

        Kept in this process (no unpickling per request) and in the shared cache (so other
        workers need not rebuild it); the key changes whenever an activity is published,
        unpublished or removed.
        """
        versie = self.basis().aggregate(n=Count("pk"), laatst=Max("last_published_at"))
        laatst = versie["laatst"].isoformat() if versie["laatst"] else ""
        key = f"bibliotheek:{self.pagina.pk}:{versie['n']}:{laatst}"
        in_proces = _INDEX_IN_PROCES.get(self.pagina.pk)
        if in_proces and in_proces[0] == key:
            return in_proces[1]
        kaarten = cache.get(key)
        if kaarten is None:
            kaarten = self._kaarten_lezen()
            cache.set(key, kaarten, timeout=60 * 60 * 24)
        _INDEX_IN_PROCES[self.pagina.pk] = (key, kaarten)
        return kaarten

    def _kaarten_lezen(self) -> list[Kaart]:
        fase_per_pad = {f.path: f.nummer for f in self.fasen}
        fase_van_thema = {t.pk: fase_per_pad.get(t.path[: -ThemaPage.steplen]) for t in self.themas}
        activiteiten = list(
            self.basis().values_list(
                "pk",
                "title",
                "setting",
                "aanpak",
                "duur",
                "voor_nieuwe_trainers",
                "korte_beschrijving",
                "voorbereiding",
                "huiswerk",
                "stappen",
            )
        )
        ids = [row[0] for row in activiteiten]
        themas, onderdelen, materialen = defaultdict(set), defaultdict(set), defaultdict(set)
        for pk, thema in ActiviteitPage.themas.through.objects.filter(activiteitpage__in=ids).values_list(
            "activiteitpage", "themapage"
        ):
            themas[pk].add(thema)
        for pk, code in ActiviteitPage.onderdelen.through.objects.filter(activiteitpage__in=ids).values_list(
            "activiteitpage", "onderdeel__code"
        ):
            onderdelen[pk].add(code)
        for pk, slug in ActiviteitPage.materialen.through.objects.filter(activiteitpage__in=ids).values_list(
            "activiteitpage", "materiaal__slug"
        ):
            materialen[pk].add(slug)
        kaarten = []
        for (
            pk,
            titel,
            setting,
            aanpak,
            duur,
            nieuw,
            beschrijving,
            voorbereiding,
            huiswerk,
            stappen,
        ) in activiteiten:
            stap_tekst = " ".join(str(block.value) for block in stappen) if stappen else ""
            kaarten.append(
                Kaart(
                    pk=pk,
                    titel=titel,
                    setting=setting,
                    aanpak=aanpak,
                    duur=duur,
                    nieuw=nieuw,
                    themas=frozenset(themas[pk]),
                    fasen=frozenset(fase_van_thema[t] for t in themas[pk] if fase_van_thema.get(t)),
                    onderdelen=frozenset(onderdelen[pk]),
                    materialen=frozenset(materialen[pk]),
                    duurklasse=duurklasse(duur),
                    tekst=" ".join((titel, beschrijving, voorbereiding, huiswerk, stap_tekst)).lower(),
                )
            )
        return kaarten

    @staticmethod
    def zoekscore(kaart: Kaart, woorden: list[str]) -> int:
        """0 when a search word is missing; otherwise higher for words in the title."""
        score = 0
        for woord in woorden:
            if woord not in kaart.tekst:
                return 0
            score += 3 if woord in kaart.titel.lower() else 1
        return score

    @staticmethod
    def mislukt(kaart: Kaart, k: Keuzes) -> list[str]:
        """The facets whose choice this activity does not meet (empty: it matches everything)."""
        mis = []
        if k.fase and not (kaart.fasen & k.fase):
            mis.append("fase")
        if k.thema and not (kaart.themas & k.thema):
            mis.append("thema")
        if k.onderdeel and not (kaart.onderdelen & k.onderdeel):
            mis.append("onderdeel")
        if k.setting and kaart.setting not in k.setting:
            mis.append("setting")
        if k.aanpak and kaart.aanpak not in k.aanpak:
            mis.append("aanpak")
        if k.duur and kaart.duurklasse not in k.duur:
            mis.append("duur")
        # Rule 'materialen die ik heb': nothing may be needed that the trainer lacks.
        if k.ik_heb and not kaart.materialen <= k.materiaal:
            mis.append("materiaal")
        if k.nieuw and not kaart.nieuw:
            mis.append("nieuw")  # not a counted facet: fails every count
        return mis

    def gevonden(self, k: Keuzes) -> tuple[list[Kaart], dict[int, int]]:
        """The activities matching the search words (all of them without words), with scores."""
        # The list and the facet counts both ask; score the search words once per request.
        if getattr(self, "_gevonden", (None,))[0] is k:
            return self._gevonden[1]
        self._gevonden = (k, self._zoeken(k))
        return self._gevonden[1]

    def _zoeken(self, k: Keuzes) -> tuple[list[Kaart], dict[int, int]]:
        kaarten = self.alle_kaarten
        woorden = [w.lower() for w in re.findall(r"\w+", k.q) if len(w) > 1][:8]
        if not woorden:
            return kaarten, {}
        scores = {kaart.pk: self.zoekscore(kaart, woorden) for kaart in kaarten}
        return [kaart for kaart in kaarten if scores[kaart.pk]], scores

    def facetten(self, k: Keuzes) -> dict:
        """Per facet, how many activities each value would give with the other choices kept.

        An activity counts for a facet when it meets every other choice: one pass sorts the
        activities per facet, then each facet is counted in one go.
        """
        kaarten, _scores = self.gevonden(k)
        telbaar = {naam: [] for naam in FACETTEN}
        for kaart in kaarten:
            mis = self.mislukt(kaart, k)
            if not mis:
                for lijst in telbaar.values():
                    lijst.append(kaart)
            elif len(mis) == 1 and mis[0] in telbaar:
                telbaar[mis[0]].append(kaart)
        meervoudig = {
            "fase": "fasen",
            "thema": "themas",
            "onderdeel": "onderdelen",
            "materiaal": "materialen",
        }
        enkelvoudig = {"setting": "setting", "aanpak": "aanpak", "duur": "duurklasse"}
        tellingen = {
            naam: Counter(chain.from_iterable(getattr(kaart, veld) for kaart in telbaar[naam]))
            for naam, veld in meervoudig.items()
        }
        tellingen.update(
            {
                naam: Counter(getattr(kaart, veld) for kaart in telbaar[naam])
                for naam, veld in enkelvoudig.items()
            }
        )
        return {naam: dict(telling) for naam, telling in tellingen.items()}

    def resultaten(self, k: Keuzes) -> list[Kaart]:
        """The matching activities in the chosen order (relevance first when searching)."""
        kaarten, scores = self.gevonden(k)
        gevonden = [kaart for kaart in kaarten if not self.mislukt(kaart, k)]
        if k.sorteer == "duur":
            return sorted(gevonden, key=lambda kaart: (kaart.duur, kaart.titel.lower()))
        if scores and k.sorteer in ("", "relevantie"):
            return sorted(gevonden, key=lambda kaart: (-scores[kaart.pk], kaart.titel.lower()))
        return sorted(gevonden, key=lambda kaart: kaart.titel.lower())

    def paginas(self, kaarten: list[Kaart]) -> list[ActiviteitPage]:
        """The pages for one page of results, in the same order, with what the list shows."""
        # Without the pages' bodies: a card shows a few fields, and decoding every StreamField of
        # 20 activities and their themes cost more than the rest of the library page.
        pages = (
            ActiviteitPage.objects.filter(pk__in=[kaart.pk for kaart in kaarten])
            .defer_streamfields()
            .prefetch_related(
                Prefetch("themas", queryset=ThemaPage.objects.defer_streamfields().order_by("path")),
                "materialen",
            )
        )
        per_pk = {page.pk: page for page in pages}
        return [per_pk[kaart.pk] for kaart in kaarten if kaart.pk in per_pk]
