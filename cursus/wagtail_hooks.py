from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.dashboard import DASHBOARD_PANELS_HOOK, DashboardPanel
from portal.roles import Role


@hooks.register(DASHBOARD_PANELS_HOOK)
def cursus_dashboard_panels():
    return [
        DashboardPanel(
            key="cursus",
            title=_("Trainerscursus"),
            template_name="portal/panels/leeg.html",
            roles=frozenset({Role.CURSIST, Role.OPLEIDER}),
            order=30,
            get_context=lambda request: {
                "beschrijving": _("Lesdagen, intervisiemomenten, aanwezigheid en de werkagenda."),
                "leeg": _("Er zijn nog geen cursusrondes waar je bij betrokken bent."),
            },
        ),
    ]
