from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from content.inrichting import (
    kerngroep_rechten_inrichten,
    kompas_inrichten,
    startpagina_inrichten,
    werkbladen_inrichten,
)
from content.models import KompasPage, LotVerhaal, Materiaal
from content.models.kompas import KompasInhoudPage
from content.selectors import gelezen_ids, gewijzigd_sinds_gelezen, leesstappen
from content.tasks import kompas_updates_versturen
from content.toegang import LEZERS, kompas_afschermen, mag_kompas_lezen
from portal.dashboard import DASHBOARD_PANELS_HOOK, DashboardPanel
from portal.demo import DEMO_DATA_HOOK
from portal.eigen_gegevens import EIGEN_GEGEVENS_HOOK, velden
from portal.inrichting import SETUP_HOOK
from portal.navigation import MENU_ITEMS_HOOK, MenuItem
from portal.periodic import PERIODIC_TASKS_HOOK, Frequentie, PeriodicTask
from portal.roles import ROLE_PERMISSIONS_HOOK, Role


class LotVerhaalViewSet(SnippetViewSet):
    model = LotVerhaal
    icon = "user"
    menu_label = _("Verhalen van Lot")
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["titel"]
    search_fields = ["titel", "tekst"]


register_snippet(LotVerhaalViewSet)


class MateriaalViewSet(SnippetViewSet):
    model = Materiaal
    icon = "list-ul"
    menu_label = _("Materialen")
    add_to_admin_menu = True
    menu_order = 220
    list_display = ["naam", "slug"]


register_snippet(MateriaalViewSet)


@hooks.register("before_serve_page", order=-10)
def kompas_alleen_voor_lezers(page, request, serve_args, serve_kwargs):
    """Logged in but not a reader: a clear 403, not Wagtail's login loop."""
    if (
        isinstance(page, KompasInhoudPage)
        and request.user.is_authenticated
        and not mag_kompas_lezen(request.user)
    ):
        raise PermissionDenied


@hooks.register("after_create_page")
def nieuw_kompas_afschermen(request, page):
    if isinstance(page.specific, KompasPage):
        kompas_afschermen(page)


@hooks.register(ROLE_PERMISSIONS_HOOK)
def content_role_permissions():
    return {
        Role.KERNGROEP: [
            "content.add_lotverhaal",
            "content.change_lotverhaal",
            "content.delete_lotverhaal",
            "content.view_lotverhaal",
            "content.add_materiaal",
            "content.change_materiaal",
            "content.delete_materiaal",
            "content.view_materiaal",
        ]
    }


@hooks.register(SETUP_HOOK)
def content_inrichting():
    return [
        (_("startpagina"), startpagina_inrichten),
        (_("trainerskompas, privacy en vier-ogenwerkstroom"), kompas_inrichten),
        (_("rechten van de kerngroep op pagina's en documenten"), kerngroep_rechten_inrichten),
        (_("afgeschermde map voor werkbladen"), werkbladen_inrichten),
    ]


@hooks.register(DEMO_DATA_HOOK)
def content_demo_data():
    from content.demo import load_activiteiten, load_kompas  # demo texts load only when asked for

    return [
        (_("trainerskompas met 4 fasen en 16 thema's"), load_kompas),
        (_("activiteitenbibliotheek"), load_activiteiten),
    ]


@hooks.register(MENU_ITEMS_HOOK)
def content_menu_items():
    return [
        MenuItem(_("Trainerskompas"), "kompas_start", frozenset(LEZERS), order=10),
        MenuItem(_("Activiteiten"), "bibliotheek_start", frozenset(LEZERS), order=20),
        MenuItem(_("Sessieplannen"), "planner_overzicht", frozenset(LEZERS), order=30),
        MenuItem(_("Zoeken"), "kompas_zoeken", frozenset(LEZERS), order=90),
    ]


@hooks.register(PERIODIC_TASKS_HOOK)
def content_periodic_tasks():
    return [PeriodicTask("kompas_updates_versturen", Frequentie.DAGELIJKS, kompas_updates_versturen)]


def kompas_context(request):
    kompas = KompasPage.objects.live().first()
    if kompas is None:
        return {"kompas": None}
    volgorde = leesstappen(kompas)
    gelezen = gelezen_ids(request.user, volgorde)
    return {
        "kompas": kompas,
        "gelezen": len(gelezen),
        "totaal": len(volgorde),
        "verder": next((p for p in volgorde if p.pk not in gelezen), None),
        "gewijzigd": gewijzigd_sinds_gelezen(request.user)[:8],
    }


@hooks.register(DASHBOARD_PANELS_HOOK)
def content_dashboard_panels():
    return [
        DashboardPanel(
            key="trainerskompas",
            title=_("Trainerskompas"),
            template_name="content/panels/kompas.html",
            roles=frozenset(LEZERS),
            order=20,
            get_context=kompas_context,
        ),
    ]


@hooks.register("register_log_actions")
def content_log_actions(actions):
    actions.register_action(
        "content.activiteit.voorgesteld",
        _("Activiteit voorgesteld door een trainer"),
        _("Activiteit voorgesteld"),
    )


@hooks.register(EIGEN_GEGEVENS_HOOK)
def content_eigen_gegevens(user):
    """Own reading progress, favourite activities, update-mail choice and session plans (titles)."""
    from content.models.planner import Favoriet, Sessieplan
    from content.models.voortgang import KompasVoorkeur, Leesvoortgang

    voorkeur = KompasVoorkeur.objects.filter(user=user).first()
    return {
        "leesvoortgang": [
            {"pagina": gelezen.page.title, "gelezen_op": gelezen.gelezen_op}
            for gelezen in Leesvoortgang.objects.filter(user=user)
            .select_related("page")
            .order_by("gelezen_op")
        ],
        "favoriete_activiteiten": [
            {"activiteit": favoriet.activiteit.title, "aangemaakt_op": favoriet.aangemaakt_op}
            for favoriet in Favoriet.objects.filter(user=user).select_related("activiteit").order_by("pk")
        ],
        "kompas_updates_per_mail": voorkeur.ontvang_updates if voorkeur else None,
        "sessieplannen": [
            velden(plan, ["titel", "soort", "week", "aangemaakt_op"])
            for plan in Sessieplan.objects.filter(trainer=user).order_by("pk")
        ],
    }
