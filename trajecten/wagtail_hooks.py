from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.dashboard import DASHBOARD_PANELS_HOOK, DashboardPanel
from portal.roles import Role


@hooks.register(DASHBOARD_PANELS_HOOK)
def trajecten_dashboard_panels():
    return [
        DashboardPanel(
            key="trajecten",
            title=_("Trajecten"),
            template_name="portal/panels/leeg.html",
            roles=frozenset({Role.TRAINER}),
            order=25,
            get_context=lambda request: {
                "beschrijving": _("Jouw trajecten, van aanmelding tot eindverslag."),
                "leeg": _("Er zijn nog geen trajecten aan je toegewezen."),
            },
        ),
        DashboardPanel(
            key="aanmeldingen",
            title=_("Aanmeldingen"),
            template_name="portal/panels/leeg.html",
            roles=frozenset({Role.SCHOOLCONTACT}),
            order=20,
            get_context=lambda request: {
                "beschrijving": _("De leerlingen die uw school heeft aangemeld en hoe het ervoor staat."),
                "leeg": _("Uw school heeft nog geen leerlingen aangemeld."),
            },
        ),
    ]
