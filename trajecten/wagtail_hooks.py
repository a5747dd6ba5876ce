"""How the trajecten app plugs into the portal: panels, menu, periodic job, permissions, demo data."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.dashboard import DASHBOARD_PANELS_HOOK, DashboardPanel
from portal.demo import DEMO_DATA_HOOK
from portal.health import READINESS_CHECKS_HOOK
from portal.navigation import MENU_ITEMS_HOOK, MenuItem
from portal.periodic import PERIODIC_TASKS_HOOK, Frequentie, PeriodicTask
from portal.roles import ROLE_PERMISSIONS_HOOK, Role


def trainer_panel_context(request):
    from trajecten.selectors import paneel_trainer

    return paneel_trainer(request.user)


def bereik_panel_context(request):
    from trajecten.bereik import bereik_voor

    bereik = bereik_voor(request.user)
    return {"laatste_jaar": bereik.laatste_jaar if bereik else None}


def school_panel_context(request):
    from trajecten.selectors import paneel_school

    return paneel_school(request.user)


@hooks.register(DASHBOARD_PANELS_HOOK)
def trajecten_dashboard_panels():
    return [
        DashboardPanel(
            key="trajecten",
            title=_("Trajecten"),
            template_name="trajecten/panels/trainer.html",
            roles=frozenset({Role.TRAINER}),
            order=25,
            get_context=trainer_panel_context,
        ),
        DashboardPanel(
            key="aanmeldingen",
            title=_("Aanmeldingen"),
            template_name="trajecten/panels/school.html",
            roles=frozenset({Role.SCHOOLCONTACT}),
            order=20,
            get_context=school_panel_context,
        ),
        DashboardPanel(
            key="bereik",
            title=_("Bereik"),
            template_name="trajecten/panels/bereik.html",
            roles=frozenset({Role.KERNGROEP}),
            order=45,
            get_context=bereik_panel_context,
        ),
    ]


# Read by intervisie (its rules.TRAJECT_VAN_TRAINER_HOOK): may this member link a case to this code?
# Only to a trajectory they run themselves; trajecten does not import intervisie.
@hooks.register("intervisie_traject_van_trainer")
def traject_van_trainer(user, code: str) -> bool:
    from trajecten.choices import Status
    from trajecten.models import Traject

    return Traject.objects.filter(trainers=user, code=code).exclude(status=Status.VERNIETIGD).exists()


@hooks.register(MENU_ITEMS_HOOK)
def trajecten_menu_items():
    return [
        MenuItem(_("Trajecten"), "trajecten:overzicht", frozenset({Role.TRAINER}), order=25),
        MenuItem(_("Aanmeldingen"), "trajecten:overzicht", frozenset({Role.SCHOOLCONTACT}), order=20),
        MenuItem(_("Bereik"), "trajecten:bereik", frozenset({Role.KERNGROEP}), order=45),
    ]


@hooks.register(PERIODIC_TASKS_HOOK)
def trajecten_periodic_tasks():
    from trajecten.tasks import auditspoor_bewaken, bewaartermijn_bewaken

    return [
        PeriodicTask("trajecten_bewaartermijn", Frequentie.DAGELIJKS, bewaartermijn_bewaken),
        PeriodicTask("trajecten_auditspoor", Frequentie.DAGELIJKS, auditspoor_bewaken),
    ]


@hooks.register(READINESS_CHECKS_HOOK)
def trajecten_readiness_checks():
    from trajecten.checks import auditrechten_gereed

    return [("auditspoor", auditrechten_gereed)]


@hooks.register(ROLE_PERMISSIONS_HOOK)
def trajecten_role_permissions():
    # Rates and retention term are Wagtail settings; case records have no admin permissions at all.
    return {Role.KERNGROEP: ["trajecten.change_trajectinstellingen"]}


@hooks.register(DEMO_DATA_HOOK)
def trajecten_demo_data():
    from trajecten.demo import load_trajecten

    return [(_("trajecten: fictieve leerlingen in elke stap en vier schooljaren bereik"), load_trajecten)]
