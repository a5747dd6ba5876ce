from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cursus.admin.viewsets import CursusViewSetGroup
from cursus.agenda import agenda_items_voor
from cursus.selectors import deelnames_van, rondes_van_opleider
from cursus.tasks import herinneringen_versturen, plaatsaanbiedingen_verwerken
from portal.agenda import AGENDA_ITEMS_HOOK
from portal.dashboard import DASHBOARD_PANELS_HOOK, DashboardPanel
from portal.demo import DEMO_DATA_HOOK
from portal.eigen_gegevens import EIGEN_GEGEVENS_HOOK, velden
from portal.navigation import MENU_ITEMS_HOOK, MenuItem
from portal.periodic import PERIODIC_TASKS_HOOK, Frequentie, PeriodicTask
from portal.roles import ROLE_PERMISSIONS_HOOK, Role, has_role

LOG_ACTIONS = {
    "cursus.cursusronde.aangemaakt": _("Cursusronde aangemaakt"),
    "cursus.cursusronde.gewijzigd": _("Cursusronde gewijzigd"),
    "cursus.cursusronde.verplaatst": _("Bijeenkomst verplaatst"),
    "cursus.cursusronde.aanwezigheid": _("Aanwezigheid vastgelegd"),
    "cursus.aanmelding.ingediend": _("Aanmelding ingediend"),
    "cursus.aanmelding.toegelaten": _("Aanmelding toegelaten"),
    "cursus.aanmelding.afgewezen": _("Aanmelding afgewezen"),
    "cursus.aanmelding.deelnemer": _("Deelnemer geworden"),
    "cursus.aanmelding.afgemeld": _("Afgemeld"),
    "cursus.aanmelding.plaats_aangeboden": _("Plaats aangeboden"),
    "cursus.aanmelding.plaats_aangenomen": _("Aangeboden plaats aangenomen"),
    "cursus.aanmelding.plaats_afgeslagen": _("Aangeboden plaats afgeslagen"),
    "cursus.aanmelding.plaatsaanbod_verlopen": _("Plaatsaanbod verlopen"),
    "cursus.aanmelding.inhalen": _("Inhaalbijeenkomst vastgelegd"),
    "cursus.aanmelding.werkagenda": _("Werkagenda bijgewerkt"),
    "cursus.aanmelding.werkagenda_ingediend": _("Werkagenda ingediend"),
    "cursus.aanmelding.werkagenda_opmerking": _("Opmerking bij werkagenda"),
    "cursus.aanmelding.afgetekend": _("Competenties afgetekend"),
}


@hooks.register("register_admin_viewset")
def register_cursus_viewsets():
    return CursusViewSetGroup()


@hooks.register("register_log_actions")
def register_cursus_log_actions(actions):
    for action, label in LOG_ACTIONS.items():
        actions.register_action(action, label, label)


@hooks.register(ROLE_PERMISSIONS_HOOK)
def cursus_role_permissions():
    return {
        Role.KERNGROEP: [
            "cursus.add_cursusronde",
            "cursus.change_cursusronde",
            "cursus.view_cursusronde",
            "cursus.change_aanmelding",
            "cursus.view_aanmelding",
        ],
        # Opleiders work on portal pages (cursus.views.opleider), limited to their own
        # editions; these read permissions say the same in the permission model.
        Role.OPLEIDER: ["cursus.view_cursusronde", "cursus.view_aanmelding"],
    }


@hooks.register(MENU_ITEMS_HOOK)
def cursus_menu_items():
    return [
        MenuItem(_("Mijn cursus"), "cursus:mijn_cursus", frozenset({Role.CURSIST}), order=30),
        MenuItem(_("Cursusrondes"), "cursus:rondes", frozenset({Role.OPLEIDER, Role.KERNGROEP}), order=30),
    ]


def cursus_panel_context(request):
    user = request.user
    is_cursist, is_opleider = has_role(user, Role.CURSIST), has_role(user, Role.OPLEIDER)
    return {
        "is_cursist": is_cursist,
        "is_opleider": is_opleider,
        "deelnames": [d for d in deelnames_van(user) if d.aanmelding.is_actief] if is_cursist else [],
        "rondes": rondes_van_opleider(user) if is_opleider else [],
    }


@hooks.register(DASHBOARD_PANELS_HOOK)
def cursus_dashboard_panels():
    return [
        DashboardPanel(
            key="cursus",
            title=_("Trainerscursus"),
            template_name="cursus/panels/cursus.html",
            roles=frozenset({Role.CURSIST, Role.OPLEIDER}),
            order=30,
            get_context=cursus_panel_context,
        ),
    ]


@hooks.register(AGENDA_ITEMS_HOOK)
def cursus_agenda_items(user):
    return agenda_items_voor(user)


@hooks.register(PERIODIC_TASKS_HOOK)
def cursus_periodic_tasks():
    return [
        PeriodicTask("cursus_herinneringen", Frequentie.DAGELIJKS, herinneringen_versturen),
        PeriodicTask("cursus_plaatsaanbiedingen", Frequentie.UURLIJKS, plaatsaanbiedingen_verwerken),
    ]


@hooks.register(DEMO_DATA_HOOK)
def cursus_demo_data():
    from cursus.demo import load_cursusrondes

    return [(_("trainerscursus: drie cursusrondes"), load_cursusrondes)]


@hooks.register(EIGEN_GEGEVENS_HOOK)
def cursus_eigen_gegevens(user):
    """Own course participations: the application, attendance and werkagenda; not who judged them."""
    from cursus.models import Aanmelding, Werkagenda

    deelnames = []
    for aanmelding in Aanmelding.objects.filter(user=user).select_related("cursusronde").order_by("pk"):
        deelname = {
            "cursusronde": aanmelding.cursusronde.naam,
            **velden(
                aanmelding,
                [
                    *("status", "aangevraagd_op", "geplaatst_op", "organisatie", "achtergrond"),
                    *("achtergrond_toelichting", "ervaring_onderwijs", "motivatie", "beoordeling"),
                    *("beoordeeld_op", "reden_afwijzing"),
                ],
            ),
            "aanwezigheid": [
                {
                    "bijeenkomst": str(a.bijeenkomst.get_soort_display()),
                    "datum": a.bijeenkomst.datum,
                    **velden(a, ["aanwezig", "reden_afwezig", "ingehaald"]),
                }
                for a in aanmelding.aanwezigheden.select_related("bijeenkomst").order_by("bijeenkomst__datum")
            ],
        }
        werkagenda = Werkagenda.objects.filter(aanmelding=aanmelding).first()
        if werkagenda:
            deelname["werkagenda"] = velden(werkagenda, [*Werkagenda.ONDERDELEN, "ingediend_op"])
        deelnames.append(deelname)
    return {"cursusdeelnames": deelnames}
