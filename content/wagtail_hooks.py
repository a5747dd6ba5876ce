from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from content.demo import load_home_page
from portal.dashboard import DASHBOARD_PANELS_HOOK, DashboardPanel
from portal.demo import DEMO_DATA_HOOK
from portal.roles import Role


@hooks.register(DASHBOARD_PANELS_HOOK)
def content_dashboard_panels():
    return [
        DashboardPanel(
            key="trainerskompas",
            title=_("Trainerskompas"),
            template_name="portal/panels/leeg.html",
            roles=frozenset({Role.CURSIST, Role.TRAINER, Role.OPLEIDER, Role.KERNGROEP}),
            order=20,
            get_context=lambda request: {
                "beschrijving": _("Het handboek: fasen, thema's, de verhalen van Lot en de theorie."),
                "leeg": _("De kerngroep richt het trainerskompas op dit moment in."),
            },
        ),
    ]


@hooks.register(DEMO_DATA_HOOK)
def content_demo_data():
    return [(_("startpagina"), load_home_page)]
