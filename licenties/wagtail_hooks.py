from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from licenties.agenda import agenda_items_voor
from licenties.rules import heeft_ervaring
from licenties.selectors import licenties_van
from licenties.tasks import dag_plaatsaanbiedingen_verlopen, licenties_dagelijks
from portal.agenda import AGENDA_ITEMS_HOOK
from portal.dashboard import DASHBOARD_PANELS_HOOK, DashboardPanel
from portal.demo import DEMO_DATA_HOOK
from portal.eigen_gegevens import EIGEN_GEGEVENS_HOOK, velden
from portal.navigation import MENU_ITEMS_HOOK, MenuItem
from portal.periodic import PERIODIC_TASKS_HOOK, Frequentie, PeriodicTask
from portal.roles import ROLE_PERMISSIONS_HOOK, Role

LOG_ACTIONS = {
    "licenties.licentie.uitgegeven": _("Licentie uitgegeven"),
    "licenties.licentie.geschorst": _("Licentie geschorst"),
    "licenties.licentie.ingetrokken": _("Licentie ingetrokken"),
    "licenties.licentie.opgeheven": _("Schorsing of intrekking opgeheven"),
    "licenties.licentie.hersteld": _("Verlopen licentie hersteld"),
    "licenties.onderhoudsregel.gewijzigd": _("Onderhoudsregel gewijzigd"),
    "licenties.dag.aangemeld": _("Aangemeld voor een professionaliseringsdag"),
    "licenties.dag.afgemeld": _("Afgemeld voor een professionaliseringsdag"),
    "licenties.dag.plaats_geaccepteerd": _("Plaats op een professionaliseringsdag aangenomen"),
    "licenties.dag.aanwezigheid": _("Aanwezigheid professionaliseringsdag vastgelegd"),
}


@hooks.register("register_log_actions")
def register_licentie_log_actions(actions):
    for action, label in LOG_ACTIONS.items():
        actions.register_action(action, label, label)


def licentie_context(request):
    overzichten = licenties_van(request.user)
    return {
        "overzichten": overzichten,
        "is_ervaren_trainer": heeft_ervaring(
            [(o.licentie, o.onderhoud) for o in overzichten], op=timezone.localdate()
        ),
    }


@hooks.register(DASHBOARD_PANELS_HOOK)
def licentie_dashboard_panels():
    return [
        DashboardPanel(
            key="licentie",
            title=_("Licentie"),
            template_name="licenties/panels/licentie.html",
            roles=frozenset({Role.TRAINER}),
            order=40,
            get_context=licentie_context,
        ),
    ]


@hooks.register(MENU_ITEMS_HOOK)
def licentie_menu_items():
    return [MenuItem(_("Mijn licentie"), "licenties:mijn_licentie", frozenset({Role.TRAINER}), order=40)]


@hooks.register(AGENDA_ITEMS_HOOK)
def licentie_agenda_items(user):
    return agenda_items_voor(user)


@hooks.register(PERIODIC_TASKS_HOOK)
def licentie_periodic_tasks():
    return [
        PeriodicTask("licenties_dagelijks", Frequentie.DAGELIJKS, licenties_dagelijks),
        PeriodicTask("licenties_plaatsaanbiedingen", Frequentie.UURLIJKS, dag_plaatsaanbiedingen_verlopen),
    ]


@hooks.register(DEMO_DATA_HOOK)
def licenties_demo_data():
    from licenties.demo import load_licenties

    return [(_("licenties en professionaliseringsdagen"), load_licenties)]


# --- The kerngroep's side in the Wagtail admin (licenties/admin/) ---


@hooks.register("register_admin_viewset")
def register_licentie_viewsets():
    from licenties.admin.viewsets import LicentiesViewSetGroup, OnderhoudsregelViewSet

    return [LicentiesViewSetGroup(), OnderhoudsregelViewSet("licentie_onderhoud")]


@hooks.register(ROLE_PERMISSIONS_HOOK)
def licentie_role_permissions():
    return {
        Role.KERNGROEP: [
            # Licences: view, register and issue (add), decide (a Besluit); never edit or delete.
            "licenties.view_licentie",
            "licenties.add_licentie",
            "licenties.view_besluit",
            "licenties.add_besluit",
            "licenties.view_professionaliseringsdag",
            "licenties.add_professionaliseringsdag",
            "licenties.change_professionaliseringsdag",
            # Recording attendance changes the registrations.
            "licenties.view_dagaanmelding",
            "licenties.change_dagaanmelding",
            "licenties.view_onderhoudsregel",
            "licenties.add_onderhoudsregel",
        ],
    }


def verloopt_binnenkort_context(request):
    from licenties.admin.views.licenties import verloopt_binnenkort_overzicht

    return verloopt_binnenkort_overzicht()


@hooks.register(DASHBOARD_PANELS_HOOK)
def licentie_kerngroep_dashboard_panels():
    return [
        DashboardPanel(
            key="licenties-verloopt-binnenkort",
            title=_("Verloopt binnenkort"),
            template_name="licenties/panels/verloopt_binnenkort.html",
            roles=frozenset({Role.KERNGROEP}),
            order=20,
            get_context=verloopt_binnenkort_context,
        ),
    ]


@hooks.register("construct_homepage_panels")
def licentie_homepage_panels(request, panels):
    from licenties.admin.views.licenties import VerlooptBinnenkortPanel

    if request.user.has_perm("licenties.view_licentie"):
        panels.append(VerlooptBinnenkortPanel())


@hooks.register(EIGEN_GEGEVENS_HOOK)
def licenties_eigen_gegevens(user):
    """Own licences with the kerngroep's decisions (not who took them) and own day registrations."""
    from licenties.models import DagAanmelding, Licentie

    licenties = [
        {
            **velden(
                licentie, ["nummer", "programma", "behaald_op", "uitgegeven_op", "status", "geldig_tot"]
            ),
            "certificaat": bool(licentie.certificaat),
            "besluiten": [
                velden(besluit, ["soort", "ingangsdatum", "reden", "genomen_op"])
                for besluit in licentie.besluiten.order_by("genomen_op")
            ],
        }
        for licentie in Licentie.objects.filter(houder=user).order_by("behaald_op", "pk")
    ]
    dagen = [
        {
            "datum": aanmelding.dag.datum,
            "thema": aanmelding.dag.thema,
            "locatie": aanmelding.dag.locatie,
            **velden(aanmelding, ["status", "voorrang", "aangevraagd_op", "geplaatst_op", "aanwezig"]),
        }
        for aanmelding in DagAanmelding.objects.filter(user=user).select_related("dag").order_by("dag__datum")
    ]
    return {"licenties": licenties, "professionaliseringsdagen": dagen}
