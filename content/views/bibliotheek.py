"""The activity library page: filters in the query string, so every selection is a shareable link."""

import hashlib

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from wagtail.models import Page

from content.bibliotheek import Bibliotheek, FilterForm
from content.paginacache import BRON
from portal import querystring, versiecache

PER_PAGINA = 20
FILTERS_EN_RESULTATEN = "content/bibliotheek_page.html#bibliotheek"


def bibliotheek(request, pagina):
    """The page, or with `fragment=1` only its filters and results (the script swaps those in).

    Filters and results depend on the query string and the library's content only, never on
    who is looking, so their HTML is kept per content version and query string. A shared link
    may name a theme that no longer exists: the form drops what it does not know, and the page
    says so (`ongeldig`), rather than refusing the whole link.
    """
    bieb = Bibliotheek(pagina)
    form = querystring.lees(request, FilterForm, fouten_negeren=True, bieb=bieb)
    vraag = [
        (naam, waarde)
        for naam, waarden in sorted(form.data.lists())
        if naam != "fragment"
        for waarde in waarden
    ]
    sleutel = hashlib.sha256(urlencode(vraag).encode()).hexdigest()
    html = versiecache.bewaard(
        BRON,
        f"bibliotheek:{pagina.pk}:{sleutel}",
        lambda: render_to_string(FILTERS_EN_RESULTATEN, filters_en_resultaten(form, bieb), request=request),
    )
    if form.data.get("fragment") == "1":
        return HttpResponse(html)
    kruimelpad = Page.objects.ancestor_of(pagina).filter(depth__gt=2).order_by("depth")
    return TemplateResponse(
        request,
        "content/bibliotheek_page.html",
        {"page": pagina, "kruimelpad": kruimelpad, "filters_en_resultaten": html},
    )


def filters_en_resultaten(form, bieb) -> dict:
    keuzes = form.keuzes()
    paginas = Paginator(bieb.resultaten(keuzes), PER_PAGINA)
    huidige = paginas.get_page(form.cleaned_data.get("pagina") if form.is_bound else None)
    huidige.object_list = bieb.paginas(huidige.object_list)
    # The current filters without the page number, for the pagination links.
    zonder_pagina = urlencode(
        [
            (naam, waarde)
            for naam, waarden in form.data.lists()
            if naam not in ("pagina", "fragment")
            for waarde in waarden
        ][:60]
    )
    return {
        "page": bieb.pagina,
        "form": form,
        "keuzes": keuzes,
        "bieb": bieb,
        "facetten": bieb.facetten(keuzes),
        "resultaten": huidige,
        "totaal": paginas.count,
        "querystring": zonder_pagina,
        "ongeldig": form.is_bound and bool(form.errors),
    }
