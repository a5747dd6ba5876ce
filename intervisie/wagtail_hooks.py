from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from intervisie.admin.viewsets import IntervisieViewSetGroup
from intervisie.agenda import agenda_items_voor
from intervisie.selectors import groepen_van, intervisie_aanwezigheid_per_houder
from licenties.status import INTERVISIE_AANWEZIGHEID_HOOK
from portal.agenda import AGENDA_ITEMS_HOOK
from portal.dashboard import DASHBOARD_PANELS_HOOK, DashboardPanel
from portal.demo import DEMO_DATA_HOOK
from portal.eigen_gegevens import EIGEN_GEGEVENS_HOOK, velden
from portal.navigation import MENU_ITEMS_HOOK, MenuItem
from portal.roles import ROLE_PERMISSIONS_HOOK, Role

LOG_ACTIONS = {
    "intervisie.groep.aangemaakt": _("Intervisiegroep aangemaakt"),
    "intervisie.groep.gewijzigd": _("Intervisiegroep gewijzigd"),
    "intervisie.groep.opgeheven": _("Intervisiegroep opgeheven"),
    "intervisie.groep.lid_toegevoegd": _("Lid toegevoegd aan intervisiegroep"),
    "intervisie.groep.lid_beeindigd": _("Lidmaatschap van intervisiegroep beëindigd"),
    "intervisie.groep.jaarplan": _("Jaarplan gemaakt"),
    "intervisie.bijeenkomst.gepland": _("Intervisiebijeenkomst gepland"),
    "intervisie.bijeenkomst.gewijzigd": _("Intervisiebijeenkomst gewijzigd"),
    "intervisie.bijeenkomst.verplaatst": _("Intervisiebijeenkomst verplaatst"),
    "intervisie.bijeenkomst.geannuleerd": _("Intervisiebijeenkomst geannuleerd"),
    "intervisie.bijeenkomst.aanwezigheid": _("Aanwezigheid bij intervisie vastgelegd"),
    "intervisie.bijeenkomst.verslag": _("Verslag van intervisie opgeslagen"),
    "intervisie.casus.ingebracht": _("Casus ingebracht"),
}


@hooks.register("register_admin_viewset")
def register_intervisie_viewsets():
    return IntervisieViewSetGroup()


@hooks.register("register_log_actions")
def register_intervisie_log_actions(actions):
    for action, label in LOG_ACTIONS.items():
        actions.register_action(action, label, label)


@hooks.register(ROLE_PERMISSIONS_HOOK)
def intervisie_role_permissions():
    return {
        Role.KERNGROEP: [
            "intervisie.add_intervisiegroep",
            "intervisie.change_intervisiegroep",
            "intervisie.view_intervisiegroep",
            "intervisie.add_groepslidmaatschap",
            "intervisie.change_groepslidmaatschap",
            "intervisie.view_groepslidmaatschap",
            "intervisie.change_intervisieinstellingen",
        ],
    }


@hooks.register(MENU_ITEMS_HOOK)
def intervisie_menu_items():
    # Opleiders facilitate groups; they reach the planning pages from "Mijn intervisiegroep".
    rollen = frozenset({Role.TRAINER, Role.OPLEIDER})
    return [MenuItem(_("Mijn intervisiegroep"), "intervisie:mijn_groep", rollen, order=45)]


def intervisie_panel_context(request):
    return {
        "overzichten": groepen_van(request.user),
    }


@hooks.register(DASHBOARD_PANELS_HOOK)
def intervisie_dashboard_panels():
    return [
        DashboardPanel(
            key="intervisie",
            title=_("Intervisie"),
            template_name="intervisie/panels/intervisie.html",
            roles=frozenset({Role.TRAINER}),
            order=50,
            get_context=intervisie_panel_context,
        ),
    ]


@hooks.register(AGENDA_ITEMS_HOOK)
def intervisie_agenda_items(user):
    return agenda_items_voor(user)


@hooks.register(INTERVISIE_AANWEZIGHEID_HOOK)
def intervisie_aanwezigheid(houder_ids):
    return intervisie_aanwezigheid_per_houder(houder_ids)


@hooks.register(DEMO_DATA_HOOK)
def intervisie_demo_data():
    from intervisie.demo import load_intervisie

    return [(_("intervisie: vier landelijke groepen met bijeenkomsten"), load_intervisie)]


@hooks.register(EIGEN_GEGEVENS_HOOK)
def intervisie_eigen_gegevens(user):
    """Own group memberships, past ones included; not who the other members are."""
    from intervisie.models import Groepslidmaatschap

    return {
        "intervisiegroepen": [
            {
                "groep": lid.groep.naam,
                "soort": lid.groep.get_soort_display(),
                **velden(lid, ["begin_op", "eind_op"]),
            }
            for lid in Groepslidmaatschap.objects.filter(user=user)
            .select_related("groep")
            .order_by("begin_op")
        ]
    }
