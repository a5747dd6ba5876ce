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
from portal import versiecache

PER_PAGINA = 20
FILTERS_EN_RESULTATEN = "content/bibliotheek_page.html#bibliotheek"


def bibliotheek(request, pagina):
    """The page, or with `fragment=1` only its filters and results (the script swaps those in).

    Filters and results depend on the query string and the library's content only, never on
    who is looking, so their HTML is kept per content version and query string.
    """
    vraag = [
        (naam, waarde)
        for naam, waarden in sorted(request.GET.lists())
        if naam != "fragment"
        for waarde in waarden
    ]
    sleutel = hashlib.sha256(urlencode(vraag).encode()).hexdigest()
    html = versiecache.bewaard(
        BRON,
        f"bibliotheek:{pagina.pk}:{sleutel}",
        lambda: render_to_string(
            FILTERS_EN_RESULTATEN, filters_en_resultaten(request, pagina), request=request
        ),
    )
    if request.GET.get("fragment") == "1":
        return HttpResponse(html)
    kruimelpad = Page.objects.ancestor_of(pagina).filter(depth__gt=2).order_by("depth")
    return TemplateResponse(
        request,
        "content/bibliotheek_page.html",
        {"page": pagina, "kruimelpad": kruimelpad, "filters_en_resultaten": html},
    )


def filters_en_resultaten(request, pagina) -> dict:
    bieb = Bibliotheek(pagina)
    form = FilterForm(
        request.GET or None,
        fasen=bieb.fasen,
        themas=bieb.themas,
        onderdelen=bieb.onderdelen,
        materialen=bieb.materialen,
    )
    keuzes = form.keuzes()
    paginas = Paginator(bieb.resultaten(keuzes), PER_PAGINA)
    huidige = paginas.get_page(request.GET.get("pagina"))
    huidige.object_list = bieb.paginas(huidige.object_list)
    # The current filters without the page number, for the pagination links.
    zonder_pagina = urlencode(
        [
            (naam, waarde)
            for naam, waarden in request.GET.lists()
            if naam not in ("pagina", "fragment")
            for waarde in waarden
        ][:60]
    )
    return {
        "page": pagina,
        "form": form,
        "keuzes": keuzes,
        "bieb": bieb,
        "facetten": bieb.facetten(keuzes),
        "resultaten": huidige,
        "totaal": paginas.count,
        "querystring": zonder_pagina,
        "ongeldig": bool(request.GET) and bool(form.errors),
    }
