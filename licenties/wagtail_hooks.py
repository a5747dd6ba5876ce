from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from licenties.demo import load_licenties
from licenties.rules import is_ervaren_trainer
from portal.dashboard import DASHBOARD_PANELS_HOOK, DashboardPanel
from portal.demo import DEMO_DATA_HOOK
from portal.roles import Role


def licentie_context(request):
    return {
        "licenties": list(request.user.licenties.all()),
        "is_ervaren_trainer": is_ervaren_trainer(request.user),
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


@hooks.register(DEMO_DATA_HOOK)
def licenties_demo_data():
    return [(_("licenties"), load_licenties)]
