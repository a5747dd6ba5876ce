"""Views around the manual pages: mark as read, compare versions, print, search, preferences."""

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Page

from content.diff import vergelijking
from content.models import BegrippenlijstPage, BibliotheekPage, KompasPage, Leesvoortgang, OnderwerpPage
from content.pdf import kompas_pdf_uit_cache
from content.search import zoek_in_kompas
from content.selectors import leesvolgorde
from content.services import is_kompas_pagina, markeer_gelezen, markeer_ongelezen, voorkeur_van
from content.toegang import LEZERS
from portal import querystring
from portal.roles import role_required

lezer_vereist = role_required(*LEZERS)


def kompas_pagina_of_404(page_id: int) -> Page:
    page = get_object_or_404(Page.objects.live(), pk=page_id)
    if not is_kompas_pagina(page):
        raise Http404
    return page


@require_POST
@lezer_vereist
def gelezen(request, page_id):
    page = kompas_pagina_of_404(page_id)
    if request.POST.get("actie") == "ongelezen":
        markeer_ongelezen(user=request.user, page=page)
        messages.info(request, _("Gemarkeerd als nog niet gelezen."))
        return redirect(page.url)
    markeer_gelezen(user=request.user, page=page)
    volgende = request.POST.get("volgende", "")
    if volgende and url_has_allowed_host_and_scheme(volgende, allowed_hosts={request.get_host()}):
        return redirect(volgende)
    messages.success(request, _("Gemarkeerd als gelezen."))
    return redirect(page.url)


@never_cache
@lezer_vereist
def wijziging(request, page_id):
    """What changed on a page since this reader last read it."""
    page = kompas_pagina_of_404(page_id).specific
    voortgang = Leesvoortgang.objects.filter(user=request.user, page=page).select_related("revision").first()
    oud = voortgang.revision.as_object() if voortgang and voortgang.revision else None
    nieuw = page.live_revision.as_object() if page.live_revision else page
    return render(
        request,
        "content/wijziging.html",
        {"page": page, "voortgang": voortgang, "rijen": vergelijking(oud, nieuw), "title": page.title},
    )


@lezer_vereist
def pdf(request, page_id=None):
    """The whole manual, or one page with everything below it, as a PDF."""
    kompas = KompasPage.objects.live().first()
    if kompas is None:
        raise Http404
    if page_id is None:
        pages = [*leesvolgorde(kompas), *OnderwerpPage.objects.live().child_of(kompas).order_by("path")]
        pages += list(BegrippenlijstPage.objects.live().child_of(kompas))
        titel = kompas.title
    else:
        start = kompas_pagina_of_404(page_id)
        pages = [p for p in leesvolgorde(kompas) if p.pk == start.pk or p.path.startswith(start.path)] or [
            start
        ]
        titel = start.title
    filename, mimetype, content = kompas_pdf_uit_cache(titel=titel, pages=pages, request=request)
    response = HttpResponse(content, content_type=mimetype)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


class ZoekForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Zoekwoorden"), max_length=200, required=False)


@never_cache
@lezer_vereist
def zoeken(request):
    query = querystring.lees_of_leeg(request, ZoekForm).get("q", "")
    return render(
        request,
        "content/zoeken.html",
        {
            "query": query,
            "resultaten": zoek_in_kompas(query, request.user) if query else [],
            "title": _("Zoeken"),
        },
    )


class VoorkeurForm(forms.Form):
    ontvang_updates = forms.BooleanField(
        label=gettext_lazy("Stuur mij een e-mail als het trainerskompas is bijgewerkt"), required=False
    )


@never_cache
@lezer_vereist
def voorkeuren(request):
    voorkeur = voorkeur_van(request.user)
    form = VoorkeurForm(request.POST or None, initial={"ontvang_updates": voorkeur.ontvang_updates})
    if request.method == "POST" and form.is_valid():
        voorkeur.ontvang_updates = form.cleaned_data["ontvang_updates"]
        voorkeur.save(update_fields=["ontvang_updates"])
        messages.success(request, _("Je voorkeur is opgeslagen."))
        return redirect("kompas_voorkeuren")
    return render(request, "content/voorkeuren.html", {"form": form, "title": _("E-mail over updates")})


@lezer_vereist
def start(request):
    kompas = KompasPage.objects.live().first()
    if kompas is None:
        raise Http404
    return redirect(kompas.url)


@lezer_vereist
def bibliotheek_start(request):
    bibliotheek = BibliotheekPage.objects.live().first()
    if bibliotheek is None:
        raise Http404
    return redirect(bibliotheek.url)
