import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.viewsets.model import ModelViewSet

from portal import admin_scripts
from portal.admin_views import AccountsViewSetGroup
from portal.dashboard import DASHBOARD_PANELS_HOOK, DashboardPanel
from portal.demo import DEMO_DATA_HOOK, load_accounts, load_organisaties
from portal.inrichting import SETUP_HOOK
from portal.models import Organisatie, Schoolvakantie, Uitnodiging
from portal.navigation import MENU_ITEMS_HOOK, MenuItem
from portal.periodic import PERIODIC_TASKS_HOOK, Frequentie, PeriodicTask
from portal.roles import GROUP_NAMES, Role
from portal.schoolvakanties import schoolvakanties_inrichten
from portal.tasks import adresbevestigingen_opruimen, prune_task_results, publish_scheduled_pages

EVERY_ROLE = frozenset(Role)
# Roles with dates in the portal (course days, intervisie, professionalisation days).
AGENDA_ROLES = frozenset({Role.CURSIST, Role.TRAINER, Role.OPLEIDER, Role.KERNGROEP})


@hooks.register("register_admin_viewset")
def register_accounts_viewsets():
    return AccountsViewSetGroup()


# The admin runs no inline scripts (its CSP forbids them): see portal/admin_scripts.py.
admin_scripts.install()


@hooks.register("insert_global_admin_js")
def admin_init_script():
    return admin_scripts.init_script_tag()


def schooljaren_in_kalender():
    jaren = Schoolvakantie.objects.order_by("schooljaar").values_list("schooljaar", flat=True).distinct()
    return [(jaar, jaar) for jaar in jaren]


class SchoolvakantieFilterSet(WagtailFilterSet):
    # A list of the years that exist, not a text box: the kerngroep picks, it does not type.
    schooljaar = django_filters.ChoiceFilter(label=_("Schooljaar"), choices=schooljaren_in_kalender)

    class Meta:
        model = Schoolvakantie
        fields = ["schooljaar", "regio", "soort"]


class SchoolvakantieViewSet(ModelViewSet):
    """The kerngroep keeps the holiday calendar that planners read (see portal/schoolvakanties.py)."""

    model = Schoolvakantie
    icon = "date"
    menu_label = _("Schoolvakanties")
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["__str__", "begin", "eind"]
    filterset_class = SchoolvakantieFilterSet
    copy_view_enabled = False
    panels = [
        FieldRowPanel([FieldPanel("schooljaar"), FieldPanel("soort"), FieldPanel("regio")]),
        FieldRowPanel([FieldPanel("begin"), FieldPanel("eind")]),
    ]


@hooks.register("register_admin_viewset")
def register_schoolvakanties_viewset():
    return SchoolvakantieViewSet("schoolvakanties")


@hooks.register(SETUP_HOOK)
def portal_inrichting():
    return [(_("schoolvakanties 2025-2026 t/m 2028-2029"), schoolvakanties_inrichten)]


@hooks.register("register_log_actions")
def register_portal_log_actions(actions):
    actions.register_action(
        "portal.uitnodiging.verstuurd", _("Uitnodiging verstuurd"), _("Uitnodiging verstuurd")
    )
    actions.register_action(
        "portal.uitnodiging.geaccepteerd",
        _("Uitnodiging geaccepteerd"),
        _("Uitnodiging geaccepteerd"),
    )
    actions.register_action(
        "portal.uitnodiging.ingetrokken", _("Uitnodiging ingetrokken"), _("Uitnodiging ingetrokken")
    )
    actions.register_action(
        "portal.agenda.vernieuwd", _("Agenda-adres vernieuwd"), _("Agenda-adres vernieuwd")
    )
    actions.register_action(
        "portal.account.gegevens_gedownload", _("Eigen gegevens gedownload"), _("Eigen gegevens gedownload")
    )
    actions.register_action(
        "portal.taak.opnieuw_ingepland",
        _("Mislukte taak opnieuw ingepland"),
        _("Mislukte taak opnieuw ingepland"),
    )


@hooks.register(MENU_ITEMS_HOOK)
def portal_menu_items():
    return [
        MenuItem(_("Dashboard"), "dashboard", order=0),
        MenuItem(_("Agenda"), "agenda", AGENDA_ROLES, order=80),
        MenuItem(_("Beheer"), "wagtailadmin_home", frozenset({Role.KERNGROEP}), order=900),
    ]


def kerngroep_overzicht(request):
    per_group = dict(
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=GROUP_NAMES.values())
        .values_list("groups__name")
        .annotate(n=Count("pk"))
    )
    return {
        "accounts_per_rol": [(role.label, per_group.get(GROUP_NAMES[role], 0)) for role in Role],
        "open_uitnodigingen": Uitnodiging.objects.open().count(),
        "organisaties": Organisatie.objects.actief().count(),
    }


@hooks.register(DASHBOARD_PANELS_HOOK)
def portal_dashboard_panels():
    return [
        DashboardPanel(
            key="account",
            title=_("Je account"),
            template_name="portal/panels/account.html",
            roles=EVERY_ROLE,
            order=900,
            get_context=lambda request: {
                "lidmaatschappen": request.user.lidmaatschappen.select_related("organisatie")
            },
        ),
        DashboardPanel(
            key="kerngroep-beheer",
            title=_("Portaal in cijfers"),
            template_name="portal/panels/kerngroep_overzicht.html",
            roles=frozenset({Role.KERNGROEP}),
            order=10,
            get_context=kerngroep_overzicht,
        ),
    ]


@hooks.register(PERIODIC_TASKS_HOOK)
def portal_periodic_tasks():
    return [
        PeriodicTask("publish_scheduled", Frequentie.UURLIJKS, publish_scheduled_pages),
        PeriodicTask("prune_task_results", Frequentie.DAGELIJKS, prune_task_results),
        PeriodicTask("adresbevestigingen_opruimen", Frequentie.UURLIJKS, adresbevestigingen_opruimen),
    ]


@hooks.register(DEMO_DATA_HOOK)
def portal_demo_data():
    return [
        (_("organisaties"), load_organisaties),
        (_("accounts per rol"), load_accounts),
    ]


@hooks.register("register_admin_urls")
def mislukte_taken_urls():
    from portal.mislukte_taken import admin_urls

    return admin_urls()


@hooks.register("register_reports_menu_item")
def mislukte_taken_menu_item():
    from portal.mislukte_taken import menu_item

    return menu_item()
