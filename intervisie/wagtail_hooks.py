from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.dashboard import DASHBOARD_PANELS_HOOK, DashboardPanel
from portal.roles import Role


@hooks.register(DASHBOARD_PANELS_HOOK)
def intervisie_dashboard_panels():
    return [
        DashboardPanel(
            key="intervisie",
            title=_("Intervisie"),
            template_name="portal/panels/leeg.html",
            roles=frozenset({Role.TRAINER}),
            order=50,
            get_context=lambda request: {
                "beschrijving": _("Je intervisiegroep en de komende bijeenkomsten."),
                "leeg": _("Je bent nog niet ingedeeld in een intervisiegroep."),
            },
        ),
    ]
