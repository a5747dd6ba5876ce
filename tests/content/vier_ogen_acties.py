"""Every admin action that can change what is live, as one table, for the four-eyes tests.

A `Wereld` is a small manual with one target page (a theme or an activity) that its author has
submitted for approval. Each `Actie` is one thing someone can do in the admin over HTTP: the
editor's buttons, the page's own URLs, the bulk actions, the admin API. The tables are checked
against what Wagtail registers (URL patterns, bulk actions, API actions), so an action a Wagtail
upgrade adds fails the tests until it is walked here.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

import time_machine
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Locale, Page, PageViewRestriction, Revision, TaskState

from content.models import KompasPage, ThemaPage
from tests.content.factories import activiteit, bibliotheek, fase, klein_kompas
from tests.content.paginaformulier import formulier
from tests.portal.factories import UserFactory, activate_totp

ADMIN_DATUM = "%Y-%m-%d %H:%M"


@dataclass
class Wereld:
    doel: Page  # the page whose author tries every action
    ouder: Page
    bestemming: Page  # another place the page may be moved to
    kompas: KompasPage
    oude_versie: Revision  # an earlier revision, to revert to
    voorstel: Revision  # what the author submitted
    taak: TaskState  # the author's submission, waiting for a second member
    auteur: object
    tweede: object

    @property
    def model_name(self) -> str:
        return self.doel.specific_class._meta.model_name


def kerngroeplid(email, **extra):
    user = UserFactory(roles=["kerngroep"], email=email, **extra)
    activate_totp(user)  # the MFA middleware asks only for an activated authenticator
    return user


def client_van(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def wijzigen(page, user, notitie: str) -> Revision:
    """A change to the page as the editor saves it: a new revision, nothing live."""
    page = Page.objects.get(pk=page.pk).specific
    page.wijzigingsnotitie = notitie
    if isinstance(page, ThemaPage):
        page.spreuk = notitie
    else:
        page.korte_beschrijving = notitie
    return page.save_revision(user=user)


def bouw_wereld(soort: str, auteur=None) -> Wereld:
    kompas = klein_kompas()
    tweede_fase = fase(kompas["kompas"], 2, "Stabiliteit en rust")
    bieb = bibliotheek(kompas["kompas"])
    activiteit(bieb, "Complimenten verzamelen")
    emmer_tekenen = activiteit(bieb, "De emmer tekenen", themas=[kompas["erkenning"]])
    doel, bestemming = {
        "thema": (kompas["erkenning"], tweede_fase),
        "activiteit": (emmer_tekenen, bieb),
    }[soort]
    auteur = auteur or kerngroeplid("auteur@kerngroep.nl")
    tweede = kerngroeplid("tweede@kerngroep.nl")
    oude_versie = doel.get_latest_revision()
    # The author's change, submitted for approval.
    page = Page.objects.get(pk=doel.pk).specific
    voorstel = wijzigen(page, auteur, "Voorstel van de auteur.")
    workflow_state = page.get_workflow().start(page, auteur)
    return Wereld(
        doel=Page.objects.get(pk=doel.pk).specific,
        ouder=Page.objects.get(pk=doel.get_parent().pk).specific,
        bestemming=bestemming,
        kompas=kompas["kompas"],
        oude_versie=oude_versie,
        voorstel=voorstel,
        taak=workflow_state.current_task_state,
        auteur=auteur,
        tweede=tweede,
    )


# Fields that change when someone saves a draft or locks a page: not what readers see.
CONCEPTVELDEN = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
    "wagtail_admin_comments",
    "numchild",  # a draft added below a live page
}


def wat_live_is() -> dict:
    """Everything readers can see, and everything already approved to go live or offline later."""
    live = {}
    for page in Page.objects.live().specific().order_by("path"):
        data = page.serializable_data()
        live[page.pk] = {k: v for k, v in data.items() if k not in CONCEPTVELDEN}
    return {
        "live": live,
        "gepland": sorted(
            Revision.objects.exclude(approved_go_live_at=None).values_list("pk", "approved_go_live_at")
        ),
        "afscherming": sorted(
            (r.page_id, r.restriction_type, r.password, tuple(sorted(r.groups.values_list("pk", flat=True))))
            for r in PageViewRestriction.objects.all()
        ),
    }


@dataclass
class Poging:
    """One walk of the actions by one person over one page."""

    wereld: Wereld
    client: Client
    bewerkformulier: dict = field(default_factory=dict)

    @property
    def doel(self):
        return self.wereld.doel

    def url(self, name: str, **kwargs) -> str:
        return reverse(name, kwargs=kwargs)

    def edit_url(self) -> str:
        return self.url("wagtailadmin_pages:edit", page_id=self.doel.pk)

    def versie(self):
        return Page.objects.get(pk=self.doel.pk).specific.get_latest_revision_as_object()

    def editor(self, url=None, versie=None) -> dict:
        url = url or self.edit_url()
        response = self.client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        return formulier(response.text, versie or self.versie())

    def post(self, url, data=None, **extra):
        return self.client.post(url, data or {}, **extra)


def publiceren(p: Poging):
    data = p.editor()
    data["wijzigingsnotitie"] = "Rechtstreeks gepubliceerd."
    data["action-publish"] = "action-publish"
    p.post(p.edit_url(), data)


def gepland_publiceren(p: Poging):
    data = p.editor()
    data["go_live_at"] = (timezone.localtime() + timedelta(days=1)).strftime(ADMIN_DATUM)
    data["action-publish"] = "action-publish"
    p.post(p.edit_url(), data)
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        call_command("publish_scheduled")


def offline_halen_en_opnieuw_publiceren(p: Poging):
    p.post(p.url("wagtailadmin_pages:unpublish", page_id=p.doel.pk), {"include_descendants": "on"})
    publiceren(p)


def nieuwe_pagina_publiceren(p: Poging):
    data = p.editor()
    titel = "Voelen" if p.wereld.model_name == "themapage" else "Een nieuwe activiteit"
    data |= {"title": titel, "slug": "nieuw-en-live", "action-publish": "action-publish"}
    url = p.url(
        "wagtailadmin_pages:add",
        content_type_app_name="content",
        content_type_model_name=p.wereld.model_name,
        parent_page_id=p.wereld.ouder.pk,
    )
    p.post(url, data)


def terugzetten_en_publiceren(p: Poging):
    oud = p.wereld.oude_versie
    url = p.url("wagtailadmin_pages:revisions_revert", page_id=p.doel.pk, revision_id=oud.pk)
    data = p.editor(url, oud.as_object())
    data["action-publish"] = "action-publish"
    p.post(url, data)


def verwijderen(p: Poging):
    p.post(p.url("wagtailadmin_pages:delete", page_id=p.doel.pk))


def verplaatsen(p: Poging):
    url = p.url(
        "wagtailadmin_pages:move_confirm", page_to_move_id=p.doel.pk, destination_id=p.wereld.bestemming.pk
    )
    p.post(url)


def volgorde_wijzigen(p: Poging):
    p.post(p.url("wagtailadmin_pages:set_page_position", page_to_move_id=p.doel.pk) + "?position=0")


def kopie_publiceren(p: Poging):
    data = {
        "new_title": "Kopie",
        "new_slug": "kopie",
        "new_parent_page": p.wereld.ouder.pk,
        "copy_subpages": "on",
        "publish_copies": "on",
    }
    p.post(p.url("wagtailadmin_pages:copy", page_id=p.doel.pk), data)


def alias_maken(p: Poging):
    data = {"new_title": "Alias", "new_slug": "alias", "new_parent_page": p.wereld.ouder.pk, "alias": "on"}
    p.post(p.url("wagtailadmin_pages:copy", page_id=p.doel.pk), data)


def afscherming_wijzigen(p: Poging):
    data = {"restriction_type": "password", "password": "iedereen-mag-het-weten", "groups": []}
    p.post(p.url("wagtailadmin_pages:set_privacy", page_id=p.doel.pk), data)


def kompas_openbaar_maken(p: Poging):
    data = {"restriction_type": "none"}
    p.post(p.url("wagtailadmin_pages:set_privacy", page_id=p.wereld.kompas.pk), data)


def volgende_maand_gepland(p: Poging):
    """Approved earlier by two people: a change that goes live next month. (Wagtail locks the
    editor of a page with a planned change, so only the action that needs one starts from it.)"""
    page = Page.objects.get(pk=p.doel.pk).specific
    page.go_live_at = timezone.now() + timedelta(days=30)
    page.save_revision(user=p.wereld.tweede).publish()


def planning_annuleren(p: Poging):
    revision = Revision.objects.exclude(approved_go_live_at=None).get()
    url = p.url("wagtailadmin_pages:revisions_unschedule", page_id=p.doel.pk, revision_id=revision.pk)
    p.post(url)


def eigen_voorstel_goedkeuren(p: Poging):
    taak = p.wereld.taak
    url = p.url(
        "wagtailadmin_pages:workflow_action", page_id=p.doel.pk, action_name="approve", task_state_id=taak.pk
    )
    p.post(url, {"comment": "Zelf goedgekeurd."})


def goedkeuren_in_de_editor(p: Poging):
    """The editor's 'Goedkeuren' button: the form is posted with the workflow action."""
    data = p.editor()
    data |= {"action-workflow-action": "true", "workflow-action-name": "approve"}
    p.post(p.edit_url(), data)


def annuleren_en_publiceren(p: Poging):
    data = p.editor()
    data["action-cancel-workflow"] = "true"
    p.post(p.edit_url(), data)
    publiceren(p)


BULKGEGEVENS = {  # what each bulk action's confirmation form posts
    "publish": lambda w: {"include_descendants": "on"},
    "unpublish": lambda w: {"include_descendants": "on"},
    "delete": lambda w: {},
    "move": lambda w: {"chooser": w.bestemming.pk},
}


def bulkactie(action_type: str) -> Callable[[Poging], None]:
    def uitvoeren(p: Poging):
        url = p.url("wagtail_bulk_action", app_label="wagtailcore", model_name="page", action=action_type)
        data = BULKGEGEVENS[action_type](p.wereld)
        p.post(f"{url}?id={p.doel.pk}&next=/admin/", data)

    uitvoeren.__name__ = f"bulk_{action_type}"
    return uitvoeren


API_GEGEVENS = {  # what each action of Wagtail's admin API takes
    "publish": lambda w: {},
    "unpublish": lambda w: {"recursive": True},
    "delete": lambda w: {},
    "move": lambda w: {"destination_page_id": w.bestemming.pk, "position": "first-child"},
    "copy": lambda w: {"destination_page_id": w.ouder.pk, "keep_live": True, "slug": "api-kopie"},
    "create_alias": lambda w: {"destination_page_id": w.ouder.pk, "update_slug": "api-alias"},
    "convert_alias": lambda w: {},
    # A live alias in another language; the portal has no screen to add a language, so the
    # walk adds one first (see `tweede_taal`).
    "copy_for_translation": lambda w: {"locale": "en", "alias": True, "copy_parents": True},
    "revert_to_page_revision": lambda w: {"revision_id": w.oude_versie.pk},
}


def tweede_taal(p: Poging):
    Locale.objects.get_or_create(language_code="en")


def api_actie(naam: str) -> Callable[[Poging], None]:
    def uitvoeren(p: Poging):
        url = f"/admin/api/main/pages/{p.doel.pk}/action/{naam}/"
        data = json.dumps(API_GEGEVENS[naam](p.wereld))
        p.post(url, data, content_type="application/json")
        if naam == "revert_to_page_revision":  # makes a draft; publishing it would change what is live
            p.post(
                f"/admin/api/main/pages/{p.doel.pk}/action/publish/", "{}", content_type="application/json"
            )

    uitvoeren.__name__ = f"api_{naam}"
    return uitvoeren


def url_parameters(w: Wereld) -> dict:
    """A value for each parameter that the admin's page URLs take."""
    return {
        "page_id": w.doel.pk,
        "pk": w.doel.pk,
        "parent_page_id": w.ouder.pk,
        "page_to_move_id": w.doel.pk,
        "destination_id": w.bestemming.pk,
        "revision_id": w.oude_versie.pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "task_state_id": w.taak.pk,
        "task_id": w.taak.task_id,
        "workflow_state_id": w.taak.workflow_state_id,
        "action_name": "approve",
        "content_type_app_name": "content",
        "content_type_model_name": w.model_name,
        "app_label": "content",
        "model_name": w.model_name,
    }


def alles_posten(url_name: str) -> Callable[[Poging], None]:
    """POST the page's whole form with every action's flag to a URL, whatever it is for."""

    def uitvoeren(p: Poging):
        parameters = url_parameters(p.wereld)
        kwargs = {name: parameters[name] for name in pagina_urls()[url_name]}
        data = dict(p.bewerkformulier)
        data |= {
            "action-publish": "action-publish",
            "publish_copies": "on",
            "include_descendants": "on",
            "restriction_type": "none",
        }
        p.post(reverse(url_name, kwargs=kwargs), data)

    uitvoeren.__name__ = f"post_{url_name}"
    return uitvoeren


def _patronen(resolver: URLResolver, prefix: str = "", namespace: str = ""):
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            ns = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _patronen(pattern, route, ns)
        elif isinstance(pattern, URLPattern) and pattern.name:
            regex = pattern.pattern.regex
            yield route, namespace + pattern.name, tuple(regex.groupindex)


def pagina_urls() -> dict[str, tuple[str, ...]]:
    """Every URL Wagtail's admin has under admin/pages/, by name, with its parameters."""
    return {
        name: parameters
        for route, name, parameters in _patronen(get_resolver())
        if route.startswith("admin/pages/")
    }


def geregistreerde_bulkacties() -> set[str]:
    return {cls.action_type for cls in bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page")}


def api_acties() -> set[str]:
    return set(PagesAdminAPIViewSet.actions)


@dataclass(frozen=True)
class Actie:
    naam: str
    url_name: str  # the admin URL it posts to
    uitvoeren: Callable[[Poging], None]
    voorbereiden: Callable[[Poging], None] | None = None  # the starting point, if not the world


# Page URLs that only show, preview, choose or lock something. They are posted to anyway (with
# every action's flag) and must not change what is live either.
ALLEEN_TONEN = (
    "wagtailadmin_explore_root",
    "wagtailadmin_explore",
    "wagtailadmin_explore_results",
    "wagtailadmin_pages:preview_on_add",
    "wagtailadmin_pages:type_use",
    "wagtailadmin_pages:type_use_results",
    "wagtailadmin_pages:choose_parent",
    "wagtailadmin_pages:usage",
    "wagtailadmin_pages:preview_on_edit",
    "wagtailadmin_pages:view_draft",
    "wagtailadmin_pages:add_subpage",
    "wagtailadmin_pages:convert_alias",
    "wagtailadmin_pages:search",
    "wagtailadmin_pages:search_results",
    "wagtailadmin_pages:move",
    "wagtailadmin_pages:collect_workflow_action_data",
    "wagtailadmin_pages:confirm_workflow_cancellation",
    "wagtailadmin_pages:workflow_preview",
    "wagtailadmin_pages:lock",
    "wagtailadmin_pages:unlock",
    "wagtailadmin_pages:revisions_index",
    "wagtailadmin_pages:revisions_view",
    "wagtailadmin_pages:revisions_compare",
    "wagtailadmin_pages:workflow_history",
    "wagtailadmin_pages:workflow_history_detail",
    "wagtailadmin_pages:history",
    "wagtailadmin_pages:history_results",
)

ACTIES = (
    Actie("publiceren vanuit het actiemenu", "wagtailadmin_pages:edit", publiceren),
    Actie("gepland publiceren (publicatiedatum)", "wagtailadmin_pages:edit", gepland_publiceren),
    Actie("werkstroom annuleren en publiceren", "wagtailadmin_pages:edit", annuleren_en_publiceren),
    Actie("eigen voorstel goedkeuren in de editor", "wagtailadmin_pages:edit", goedkeuren_in_de_editor),
    Actie("nieuwe pagina meteen publiceren", "wagtailadmin_pages:add", nieuwe_pagina_publiceren),
    Actie(
        "terugzetten naar een eerdere versie en publiceren",
        "wagtailadmin_pages:revisions_revert",
        terugzetten_en_publiceren,
    ),
    Actie(
        "offline halen en opnieuw publiceren",
        "wagtailadmin_pages:unpublish",
        offline_halen_en_opnieuw_publiceren,
    ),
    Actie("live pagina verwijderen", "wagtailadmin_pages:delete", verwijderen),
    Actie("live pagina verplaatsen", "wagtailadmin_pages:move_confirm", verplaatsen),
    Actie("volgorde van live pagina's wijzigen", "wagtailadmin_pages:set_page_position", volgorde_wijzigen),
    Actie("kopiëren en de kopie publiceren", "wagtailadmin_pages:copy", kopie_publiceren),
    Actie("kopiëren als alias (live)", "wagtailadmin_pages:copy", alias_maken),
    Actie("afscherming van de pagina wijzigen", "wagtailadmin_pages:set_privacy", afscherming_wijzigen),
    Actie("trainerskompas openbaar maken", "wagtailadmin_pages:set_privacy", kompas_openbaar_maken),
    Actie(
        "goedgekeurde planning annuleren",
        "wagtailadmin_pages:revisions_unschedule",
        planning_annuleren,
        voorbereiden=volgende_maand_gepland,
    ),
    Actie("eigen voorstel goedkeuren", "wagtailadmin_pages:workflow_action", eigen_voorstel_goedkeuren),
    *(Actie(f"bulkactie '{naam}'", "wagtail_bulk_action", bulkactie(naam)) for naam in sorted(BULKGEGEVENS)),
    *(
        Actie(
            f"admin-API '{naam}'",
            "wagtailadmin_api:pages:action",
            api_actie(naam),
            voorbereiden=tweede_taal if naam == "copy_for_translation" else None,
        )
        for naam in sorted(API_GEGEVENS)
    ),
    *(Actie(f"POST naar {name}", name, alles_posten(name)) for name in ALLEEN_TONEN),
)


def alle_acties_lopen(wereld: Wereld, user) -> dict[str, str]:
    """Try every action as `user`, each from the same starting point; returns the ones that
    changed what is live, with what changed."""
    p = Poging(wereld=wereld, client=client_van(user))
    p.bewerkformulier = p.editor()
    veranderd = {}
    for actie in ACTIES:
        with transaction.atomic():
            if actie.voorbereiden:
                actie.voorbereiden(p)
            voor = wat_live_is()
            actie.uitvoeren(p)
            na = wat_live_is()
            if voor != na:
                veranderd[actie.naam] = verschil(voor, na)
            transaction.set_rollback(True)  # the next action starts from the same manual
    return veranderd


def verschil(voor: dict, na: dict) -> str:
    regels = []
    for deel in ("live", "gepland", "afscherming"):
        if deel == "live":
            weg = set(voor["live"]) - set(na["live"])
            nieuw = set(na["live"]) - set(voor["live"])
            anders = {pk for pk in set(voor["live"]) & set(na["live"]) if voor["live"][pk] != na["live"][pk]}
            for naam, pks in (("offline", weg), ("nieuw live", nieuw), ("live gewijzigd", anders)):
                if pks:
                    regels.append(f"{naam}: {sorted(pks)}")
        elif voor[deel] != na[deel]:
            regels.append(f"{deel}: {voor[deel]} -> {na[deel]}")
    return "; ".join(regels)
