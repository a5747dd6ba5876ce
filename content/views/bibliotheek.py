"""The activity library page: filters in the query string, so every selection is a shareable link."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from wagtail.models import Page

from content.bibliotheek import Bibliotheek, FilterForm

PER_PAGINA = 20


def bibliotheek(request, pagina):
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
    context = {
        "page": pagina,
        "kruimelpad": Page.objects.ancestor_of(pagina).filter(depth__gt=2).order_by("depth"),
        "form": form,
        "keuzes": keuzes,
        "bieb": bieb,
        "facetten": bieb.facetten(keuzes),
        "resultaten": huidige,
        "totaal": paginas.count,
        "querystring": zonder_pagina,
        "ongeldig": bool(request.GET) and bool(form.errors),
    }
    fragment = request.GET.get("fragment") == "1"
    template = "content/bibliotheek_page.html#bibliotheek" if fragment else "content/bibliotheek_page.html"
    return TemplateResponse(request, template, context)
