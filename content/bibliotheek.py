"""Finding activities: filters, full-text search and facet counts, in a constant number of queries."""

from dataclasses import dataclass, field

from django import forms
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from content.models import FasePage, ThemaPage
from content.models.activiteiten import Aanpak, ActiviteitPage, Materiaal, Onderdeel, Setting

DUUR_KLASSEN = (  # (code, label, min, max) in minutes
    ("tot-10", _("tot 10 min"), 0, 10),
    ("11-20", _("11–20 min"), 11, 20),
    ("21-30", _("21–30 min"), 21, 30),
    ("meer-dan-30", _("meer dan 30 min"), 31, 999),
)
SORTERINGEN = (("relevantie", _("Relevantie")), ("titel", _("Titel")), ("duur", _("Duur (kort eerst)")))
MAX_ZOEKRESULTATEN = 1000


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

    def __init__(self, *args, fasen, themas, onderdelen, materialen, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fase"].choices = [(f.nummer, f.title) for f in fasen]
        self.fields["thema"].choices = [(t.pk, t.title) for t in themas]
        self.fields["onderdeel"].choices = [(o.code, str(o)) for o in onderdelen]
        self.fields["materiaal"].choices = [(m.slug, m.naam) for m in materialen]

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


class Bibliotheek:
    """Queries over the live activities below one library page."""

    def __init__(self, pagina):
        self.pagina = pagina
        self.fasen = list(FasePage.objects.live().order_by("nummer"))
        self.themas = list(ThemaPage.objects.live().order_by("path"))
        self.onderdelen = list(Onderdeel.objects.all())
        self.materialen = list(Materiaal.objects.all())

    def basis(self):
        return ActiviteitPage.objects.live().child_of(self.pagina)

    def zoek_ids(self, q: str) -> list[int]:
        """Full-text search in relevance order (bounded)."""
        # Only ids: instantiating a thousand pages would cost more than the search itself.
        return [p.pk for p in self.basis().only("pk").search(q)[:MAX_ZOEKRESULTATEN]]

    def toepassen(self, qs, k: Keuzes, *, behalve: str = "", zoek_ids=None):
        if zoek_ids is not None:
            qs = qs.filter(pk__in=zoek_ids)
        if k.fase and behalve != "fase":
            paden = [f.path for f in self.fasen if f.nummer in k.fase]
            fase_q = Q()
            for pad in paden:
                fase_q |= Q(themas__path__startswith=pad)
            qs = qs.filter(pk__in=ActiviteitPage.objects.filter(fase_q).values("pk"))
        if k.thema and behalve != "thema":
            qs = qs.filter(pk__in=ActiviteitPage.objects.filter(themas__in=k.thema).values("pk"))
        if k.onderdeel and behalve != "onderdeel":
            qs = qs.filter(
                pk__in=ActiviteitPage.objects.filter(onderdelen__code__in=k.onderdeel).values("pk")
            )
        if k.setting and behalve != "setting":
            qs = qs.filter(setting__in=k.setting)
        if k.aanpak and behalve != "aanpak":
            qs = qs.filter(aanpak__in=k.aanpak)
        if k.duur and behalve != "duur":
            duur_q = Q()
            for code, _label, laag, hoog in DUUR_KLASSEN:
                if code in k.duur:
                    duur_q |= Q(duur__gte=laag, duur__lte=hoog)
            qs = qs.filter(duur_q)
        if k.ik_heb and behalve != "materiaal":
            # Rule 'materialen die ik heb': nothing may be needed that the trainer lacks.
            ontbreekt = ActiviteitPage.materialen.through.objects.exclude(materiaal__slug__in=k.materiaal)
            qs = qs.exclude(pk__in=ontbreekt.values("activiteitpage"))
        if k.nieuw:
            qs = qs.filter(voor_nieuwe_trainers=True)
        return qs

    def facetten(self, k: Keuzes, zoek_ids=None) -> dict:
        """Per facet, how many activities each value would give with the other choices kept."""

        def zonder(naam):
            return self.toepassen(self.basis(), k, behalve=naam, zoek_ids=zoek_ids)

        fase_qs = zonder("fase")
        fase_telling = (
            fase_qs.aggregate(
                **{
                    str(f.nummer): Count("pk", filter=Q(themas__path__startswith=f.path), distinct=True)
                    for f in self.fasen
                }
            )
            if self.fasen
            else {}
        )
        through = ActiviteitPage.themas.through
        thema_telling = dict(
            through.objects.filter(activiteitpage__in=zonder("thema").values("pk"))
            .order_by()
            .values_list("themapage")
            .annotate(n=Count("activiteitpage", distinct=True))
        )
        onderdeel_telling = dict(
            ActiviteitPage.onderdelen.through.objects.filter(
                activiteitpage__in=zonder("onderdeel").values("pk")
            )
            .order_by()
            .values_list("onderdeel__code")
            .annotate(n=Count("activiteitpage", distinct=True))
        )
        setting_telling = dict(zonder("setting").order_by().values_list("setting").annotate(n=Count("pk")))
        aanpak_telling = dict(zonder("aanpak").order_by().values_list("aanpak").annotate(n=Count("pk")))
        duur_telling = zonder("duur").aggregate(
            **{
                code: Count("pk", filter=Q(duur__gte=laag, duur__lte=hoog))
                for code, _l, laag, hoog in DUUR_KLASSEN
            }
        )
        materiaal_telling = dict(
            ActiviteitPage.materialen.through.objects.filter(
                activiteitpage__in=zonder("materiaal").values("pk")
            )
            .order_by()
            .values_list("materiaal__slug")
            .annotate(n=Count("activiteitpage", distinct=True))
        )
        return {
            "fase": {int(n): c for n, c in fase_telling.items()},
            "thema": thema_telling,
            "onderdeel": onderdeel_telling,
            "setting": setting_telling,
            "aanpak": aanpak_telling,
            "duur": duur_telling,
            "materiaal": materiaal_telling,
        }

    def resultaten(self, k: Keuzes):
        """The matching activities in the chosen order, with what the list shows prefetched."""
        zoek_ids = self.zoek_ids(k.q) if k.q else None
        qs = self.toepassen(self.basis(), k, zoek_ids=zoek_ids)
        if k.sorteer == "duur":
            qs = qs.order_by("duur", "title")
        elif k.sorteer == "titel" or not zoek_ids:
            qs = qs.order_by("title")
        qs = qs.prefetch_related("themas", "materialen", "onderdelen")
        if zoek_ids and k.sorteer in ("", "relevantie"):
            positie = {pk: i for i, pk in enumerate(zoek_ids)}
            return sorted(qs, key=lambda p: positie[p.pk]), zoek_ids
        return qs, zoek_ids
