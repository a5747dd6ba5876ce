"""The permission matrix as one declared table: URL pattern → example paths → expected outcome per role.

Every pattern of the URLconf (walked recursively by the test) must have an entry here, keyed by
its full route as the URLconf spells it. The Wagtail admin and the Django admin are covered by
prefix entries, each with a representative set of concrete URLs. Example paths are templates
filled from the world (`{w.traject.code}`, `{w.casus.pk}`, …; see `tests/security/world.py`).

Outcomes:
    "200", "403", "404", "405" …  the status code
    "login"                       302 to the allauth login page
    "mfa"                         302 to setting up the authenticator app (MfaRequiredMiddleware)
    "redirect:/pad/"              302 elsewhere, to exactly that path
    "redirect"                    302 elsewhere, to any path (a form or action that moves you on)

A trainer who has not set up two-step login yet gets "mfa" everywhere unless an entry says
otherwise (the set-up pages and the health probes, which the middleware lets through).

Methods: every example path is requested with every method (GET, HEAD, OPTIONS, POST, PUT, PATCH,
DELETE). An entry declares the outcomes for its `method` (one or a tuple); what is not declared
follows from the methods the view takes (`tests/security/urlconf.accepted_methods`, or `accepts`
where the view cannot tell) by the rules of `uitkomsten` below.
"""

from dataclasses import dataclass

from tests.security.urlconf import METHODS
from tests.security.world import (
    ANDERE_TRAINER,
    ANONIEM,
    CURSIST,
    ERVAREN,
    KERNGROEP,
    OPLEIDER,
    ROLLEN,
    SCHOOLCONTACT,
    TRAINER,
    ZONDER_MFA,
    World,
)


def verwacht(standaard: str, **per_rol: str) -> dict[str, str]:
    """The outcome per role: `standaard` for everyone not named; the MFA-less trainer gets "mfa"."""
    onbekend = set(per_rol) - set(ROLLEN)
    assert not onbekend, f"onbekende rollen: {onbekend}"
    return {rol: standaard for rol in ROLLEN} | {ZONDER_MFA: "mfa"} | per_rol


def voor(rollen, ok: str = "200", anders: str = "403", **per_rol) -> dict[str, str]:
    """Only `rollen` get `ok`; anonymous visitors are sent to log in; other roles get `anders`."""
    return verwacht(anders, **({ANONIEM: "login"} | dict.fromkeys(rollen, ok) | per_rol))


def ingelogd(ok: str = "200", **per_rol) -> dict[str, str]:
    """Every logged-in role gets `ok`; anonymous visitors are sent to log in."""
    return verwacht(ok, **({ANONIEM: "login"} | per_rol))


MFA_ROLLEN = (TRAINER, ERVAREN, OPLEIDER, KERNGROEP, ANDERE_TRAINER)
LEZERS = (CURSIST, TRAINER, ERVAREN, OPLEIDER, KERNGROEP, ANDERE_TRAINER)
TRAJECT_TRAINERS = (TRAINER, ERVAREN)
OPLEIDERS = (OPLEIDER, KERNGROEP)

PUBLIEK = verwacht("200")
ONBEKEND = verwacht("404")
POST_ONLY = verwacht("405")
# Paths the MFA middleware lets through: the health probes.
PUBLIEK_OOK_ZONDER_MFA = verwacht("200", **{ZONDER_MFA: "200"})
# A trajectory outside your scope looks like one that does not exist.
TRAJECT = voor(TRAJECT_TRAINERS, anders="404")
TRAJECT_STAP_VOORBIJ = voor(TRAJECT_TRAINERS, ok="409", anders="404")
COORDINATOR = voor((ERVAREN,), anders="404")
# The session planner: readers of the manual, each plan private to its trainer.
PLAN = voor((TRAINER,), anders="404", **{SCHOOLCONTACT: "403"})
PLAN_POST = voor((TRAINER,), ok="redirect", anders="404", **{SCHOOLCONTACT: "403"})
# The Wagtail admin is the kerngroep's; Wagtail sends anyone else to the (allauth) login.
WAGTAIL_ADMIN = voor((KERNGROEP,), anders="login")
# Django's admin is for staff, and nobody in the matrix is staff.
DJANGO_ADMIN = verwacht("redirect:/django-admin/login/")


@dataclass(frozen=True)
class Entry:
    """One URL pattern (or, with `prefix=True`, every pattern below it), its example paths and outcomes."""

    pattern: str
    voorbeelden: tuple[str, ...]
    expect: dict[str, str]
    method: tuple[str, ...] = ("GET",)  # the methods these outcomes are declared for
    prefix: bool = False
    data: tuple[tuple[str, str], ...] = ()  # a POST's fields, templates like the paths
    accepts: frozenset[str] | None = None  # the methods the view takes, where it cannot be read from it

    def paths(self, w: World) -> list[str]:
        return [voorbeeld.format(w=w) for voorbeeld in self.voorbeelden]

    def form(self, w: World) -> dict[str, str]:
        return {naam: waarde.format(w=w) for naam, waarde in self.data}

    def declares(self, method: str) -> bool:
        """A GET entry declares HEAD too: HEAD is GET without the body."""
        return method in self.method or (method == "HEAD" and "GET" in self.method)


def E(pattern, voorbeelden, expect, **kwargs) -> Entry:  # reads as a table row
    if isinstance(voorbeelden, str):
        voorbeelden = (voorbeelden,)
    kwargs["data"] = tuple(kwargs.get("data", {}).items())
    if isinstance(kwargs.get("method"), str):
        kwargs["method"] = (kwargs["method"],)
    assert set(kwargs.get("method", ())) <= set(METHODS), kwargs["method"]
    if "accepts" in kwargs:
        kwargs["accepts"] = frozenset(kwargs["accepts"])
    return Entry(pattern, tuple(voorbeelden), expect, **kwargs)


def uitkomsten(entries: list[Entry], method: str, rol: str, accepted: frozenset[str]) -> tuple[str, ...]:
    """The outcomes `rol` may get for `method` at a path, from the entries that list the path.

    1. An entry that declares the method: its outcome.
    2. A method the view takes that no entry declares: the view treats it as GET, so GET's outcome.
    3. A method the view does not take: 405. A check that comes before the view's own (a login or
       two-step gate, a refusal, a redirect) may answer first: then that answer, the one GET gets,
       is right too — but never a 200.
    """
    for entry in entries:
        if entry.declares(method):
            return (entry.expect[rol],)
    get = next((entry for entry in entries if "GET" in entry.method), entries[0]).expect[rol]
    if method in accepted:
        return (get,)
    return ("405",) if get in ("200", "405") else ("405", get)


T = "/trajecten/{w.traject.code}"
KOMPAS = (  # the trainerskompas, its library and an activity: Wagtail group privacy for its readers
    "{w.kompas.url}",
    "{w.hoofdstuk.url}",
    "{w.fase.url}",
    "{w.thema.url}",
    "{w.emmer.url}",
    "{w.bibliotheek.url}",
    "{w.activiteit.url}",
)
PAGINA = r"^((?:[\w\-]+/)*)$"  # Wagtail's catch-all: the page tree

TABLE: list[Entry] = [
    # --- health probes, sitemap and the Wagtail page tree --------------------------------------------
    E("gezondheid/", "/gezondheid/", PUBLIEK_OOK_ZONDER_MFA),
    E("gereed/", "/gereed/", PUBLIEK_OOK_ZONDER_MFA),
    E("sitemap.xml", "/sitemap.xml", PUBLIEK),
    E(PAGINA, "/", PUBLIEK),
    E(PAGINA, KOMPAS, voor(LEZERS)),
    # Wagtail answers OPTIONS before its privacy check: an empty 200 that names the methods, without
    # the page (the marker check reads the body). A logged-in outsider is refused before that.
    E(PAGINA, KOMPAS, voor(LEZERS, **{ANONIEM: "200"}), method="OPTIONS"),
    E(PAGINA, "/bestaat-niet/", ONBEKEND),
    E(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        "/_util/authenticate_with_password/999/999/",
        ONBEKEND,
    ),
    # Wagtail's own login for private pages leads to allauth's (portal/urls.py, EEN_INLOGDEUR).
    E("_util/login/", "/_util/login/", verwacht("login")),
    # --- documents: public, or a worksheet (collection privacy sends others to log in) ---------------
    E("documenten/^(\\d+)/(.*)$", "{w.document.url}", PUBLIEK),
    E("documenten/^(\\d+)/(.*)$", "{w.werkblad.url}", voor(LEZERS, anders="login")),
    E(
        "documenten/authenticate_with_password/<int:restriction_id>/",
        "/documenten/authenticate_with_password/999/",
        ONBEKEND,
    ),
    # --- accounts (allauth) ---------------------------------------------------------------------------
    E("account/login/", "/account/login/", verwacht("redirect", **{ANONIEM: "200"})),
    E("account/logout/", "/account/logout/", verwacht("200", **{ANONIEM: "redirect:/", ZONDER_MFA: "200"})),
    E(
        "account/logout/",
        "/account/logout/",
        verwacht("redirect:/", **{ZONDER_MFA: "redirect:/"}),
        method="POST",
    ),
    E("account/logout/", "/account/logout/", PUBLIEK_OOK_ZONDER_MFA, method="OPTIONS"),
    E("account/inactive/", "/account/inactive/", PUBLIEK),
    E("account/signup/", "/account/signup/", verwacht("redirect", **{ANONIEM: "200"})),
    # Sign-up is closed: allauth shows that for every method, before it looks at the method.
    E(
        "account/signup/",
        "/account/signup/",
        verwacht("redirect", **{ANONIEM: "200"}),
        method=("PATCH", "DELETE"),
    ),
    E("account/reauthenticate/", "/account/reauthenticate/", ingelogd(**{ZONDER_MFA: "200"})),
    E("account/email/", "/account/email/", ingelogd()),
    E("account/email/", "/account/email/", ingelogd("redirect:/account/email/"), method=("POST", "PUT")),
    # allauth picks this view per request (by code or by link): its methods are declared.
    E(
        "account/confirm-email/",
        "/account/confirm-email/",
        PUBLIEK_OOK_ZONDER_MFA,
        accepts=("GET", "HEAD", "OPTIONS"),
    ),
    E("account/password/change/", "/account/password/change/", ingelogd()),
    E("account/password/set/", "/account/password/set/", ingelogd("redirect:/account/password/change/")),
    E("account/password/reset/", "/account/password/reset/", PUBLIEK),
    E("account/login/code/confirm/", "/account/login/code/confirm/", ingelogd("redirect:/dashboard/")),
    E(
        "account/^confirm-email/(?P<key>[-:\\w]+)/$",
        "/account/confirm-email/onbekend/",
        PUBLIEK_OOK_ZONDER_MFA,
    ),
    E(
        "account/^confirm-email/(?P<key>[-:\\w]+)/$",
        "/account/confirm-email/onbekend/",
        verwacht("404", **{ZONDER_MFA: "404"}),  # confirming an unknown key
        method="POST",
    ),
    E("account/password/reset/key/done/", "/account/password/reset/key/done/", PUBLIEK),
    # An unknown reset key gets the 'link no longer valid' page, whatever the method.
    E(
        "account/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$",
        "/account/password/reset/key/1-x/",
        PUBLIEK,
        method=("GET", "PATCH", "DELETE"),
    ),
    E("account/password/reset/done/", "/account/password/reset/done/", PUBLIEK),
    # Two-step login. Already logged in: nothing to authenticate. Changing the second step asks for
    # the password again first; someone without an authenticator has no codes to show.
    E("account/2fa/", "/account/2fa/", ingelogd(**{ZONDER_MFA: "200"})),
    E(
        "account/2fa/authenticate/",
        "/account/2fa/authenticate/",
        verwacht("redirect:/dashboard/", **{ANONIEM: "login", ZONDER_MFA: "redirect:/dashboard/"}),
    ),
    E(
        "account/2fa/reauthenticate/",
        "/account/2fa/reauthenticate/",
        voor(
            MFA_ROLLEN,
            anders="redirect:/account/reauthenticate/",
            **{ZONDER_MFA: "redirect:/account/reauthenticate/"},
        ),
    ),
    E(
        "account/2fa/totp/activate/",
        "/account/2fa/totp/activate/",
        ingelogd("redirect:/account/reauthenticate/", **{ZONDER_MFA: "redirect:/account/reauthenticate/"}),
    ),
    E(
        "account/2fa/totp/deactivate/",
        "/account/2fa/totp/deactivate/",
        voor(MFA_ROLLEN, ok="redirect:/account/reauthenticate/", anders="404", **{ZONDER_MFA: "404"}),
    ),
    E("account/2fa/recovery-codes/", "/account/2fa/recovery-codes/", ingelogd("404", **{ZONDER_MFA: "404"})),
    E(
        "account/2fa/recovery-codes/",
        "/account/2fa/recovery-codes/",
        ingelogd("200", **{ZONDER_MFA: "200"}),  # OPTIONS names the methods, shows no codes
        method="OPTIONS",
    ),
    E(
        "account/2fa/recovery-codes/generate/",
        "/account/2fa/recovery-codes/generate/",
        ingelogd("redirect:/account/reauthenticate/", **{ZONDER_MFA: "redirect:/account/reauthenticate/"}),
    ),
    E(
        "account/2fa/recovery-codes/download/",
        "/account/2fa/recovery-codes/download/",
        ingelogd("404", **{ZONDER_MFA: "404"}),
    ),
    E("account/mijn-account/", "/account/mijn-account/", ingelogd()),
    E("account/mijn-account/gegevens.json", "/account/mijn-account/gegevens.json", ingelogd()),
    # The link in the invitation mail is for someone without an account (409 for anyone logged in).
    E("uitnodiging/<str:token>/", "/uitnodiging/{w.uitnodiging_token}/", verwacht("409", **{ANONIEM: "200"})),
    E("uitnodiging/<str:token>/", "/uitnodiging/onbekend/", ONBEKEND),
    # --- portal ----------------------------------------------------------------------------------------
    E("dashboard/", "/dashboard/", ingelogd()),  # with the kerngroep's reach panel
    E("agenda/", "/agenda/", ingelogd()),
    E("agenda/vernieuwen/", "/agenda/vernieuwen/", POST_ONLY),
    E("agenda/vernieuwen/", "/agenda/vernieuwen/", ingelogd("redirect"), method="POST"),
    # A personal iCal feed: the unguessable token is the key, so no login.
    E("agenda/<str:token>.ics", "/agenda/{w.agenda_token}.ics", PUBLIEK),
    E("agenda/<str:token>.ics", "/agenda/onbekend.ics", ONBEKEND),
    # --- cursus ----------------------------------------------------------------------------------------
    E("cursus/", "/cursus/", PUBLIEK),
    E("cursus/<int:pk>/aanmelden/", "/cursus/{w.ronde.pk}/aanmelden/", PUBLIEK),
    E(
        "cursus/<int:pk>/aangemeld/", "/cursus/{w.ronde.pk}/aangemeld/", ONBEKEND
    ),  # known from the session only
    # The answer to the public form, the same for every address; the link from the confirmation mail.
    E("cursus/<int:pk>/bevestig-je-adres/", "/cursus/{w.ronde.pk}/bevestig-je-adres/", PUBLIEK),
    E("cursus/bevestigen/<str:token>/", "/cursus/bevestigen/onbekend/", ONBEKEND),
    E("cursus/bevestigen/<str:token>/", "/cursus/bevestigen/{w.cursus_bevestiging_token}/", verwacht("409")),
    E("cursus/<int:pk>/agenda.ics", "/cursus/{w.ronde.pk}/agenda.ics", PUBLIEK),
    E("cursus/plaats/<str:token>/", "/cursus/plaats/{w.cursus_plaatsaanbod_token}/", PUBLIEK),
    E(  # answering the offer: the token is the key
        "cursus/plaats/<str:token>/",
        "/cursus/plaats/{w.cursus_plaatsaanbod_token}/",
        verwacht("redirect"),
        method="POST",
    ),
    E("cursus/plaats/<str:token>/", "/cursus/plaats/onbekend/", ONBEKEND),
    E("cursus/mijn-cursus/", "/cursus/mijn-cursus/", ingelogd()),
    E(
        "cursus/mijn-cursus/<int:pk>/afmelden/",
        "/cursus/mijn-cursus/{w.cursus_aanmelding.pk}/afmelden/",
        voor((CURSIST,), anders="404"),
    ),
    E(
        "cursus/mijn-cursus/<int:pk>/afmelden/",
        "/cursus/mijn-cursus/{w.cursus_aanmelding.pk}/afmelden/",
        voor((CURSIST,), ok="redirect:/cursus/mijn-cursus/", anders="404"),
        method="POST",
    ),
    E(
        "cursus/mijn-cursus/<int:pk>/werkagenda/",
        "/cursus/mijn-cursus/{w.cursus_aanmelding.pk}/werkagenda/",
        voor((CURSIST,), anders="404"),
    ),
    E(
        "cursus/werkagenda/<int:pk>.pdf",
        "/cursus/werkagenda/{w.cursus_aanmelding.pk}.pdf",
        voor((CURSIST, OPLEIDER, KERNGROEP), anders="404"),
    ),
    E("cursus/rondes/", "/cursus/rondes/", voor(OPLEIDERS)),
    E("cursus/rondes/<int:pk>/", "/cursus/rondes/{w.ronde.pk}/", voor(OPLEIDERS)),
    E(
        "cursus/bijeenkomsten/<int:pk>/aanwezigheid/",
        "/cursus/bijeenkomsten/{w.cursus_bijeenkomst.pk}/aanwezigheid/",
        voor(OPLEIDERS),
    ),
    E(
        "cursus/aanmeldingen/<int:pk>/beoordelen/",
        "/cursus/aanmeldingen/{w.cursus_aanmelding.pk}/beoordelen/",
        voor(OPLEIDERS),
    ),
    E(
        "cursus/aanmeldingen/<int:pk>/werkagenda/",
        "/cursus/aanmeldingen/{w.cursus_aanmelding.pk}/werkagenda/",
        voor(OPLEIDERS),
    ),
    E(
        "cursus/aanmeldingen/<int:pk>/aftekenen/",
        "/cursus/aanmeldingen/{w.cursus_aanmelding.pk}/aftekenen/",
        voor(OPLEIDERS),
    ),
    E(
        "cursus/aanwezigheden/<int:pk>/inhalen/",
        "/cursus/aanwezigheden/{w.cursus_aanwezigheid.pk}/inhalen/",
        voor(OPLEIDERS),
    ),
    # --- licenties -------------------------------------------------------------------------------------
    E("licentie/", "/licentie/", ingelogd()),
    E("licentie/dagen/<int:pk>/aanmelden/", "/licentie/dagen/{w.dag.pk}/aanmelden/", POST_ONLY),
    E(
        "licentie/dagen/<int:pk>/aanmelden/",
        "/licentie/dagen/{w.dag.pk}/aanmelden/",
        ingelogd("redirect"),
        method="POST",
    ),
    E(
        "licentie/aanmeldingen/<int:pk>/afmelden/",
        "/licentie/aanmeldingen/{w.dag_aanmelding.pk}/afmelden/",
        POST_ONLY,
    ),
    E(
        "licentie/aanmeldingen/<int:pk>/afmelden/",
        "/licentie/aanmeldingen/{w.dag_aanmelding.pk}/afmelden/",
        voor((TRAINER,), ok="redirect", anders="404"),
        method="POST",
    ),
    E(
        "licentie/aanmeldingen/<int:pk>/aanwezigheidsverklaring.pdf",
        "/licentie/aanmeldingen/{w.dag_aanmelding.pk}/aanwezigheidsverklaring.pdf",
        voor((TRAINER, KERNGROEP), anders="404"),
    ),
    E("licentie/plaats/<str:token>/", "/licentie/plaats/{w.dag_plaatsaanbod_token}/", PUBLIEK),
    E(  # taking the offered seat: the token is the key
        "licentie/plaats/<str:token>/",
        "/licentie/plaats/{w.dag_plaatsaanbod_token}/",
        verwacht("redirect"),
        method="POST",
    ),
    E("licentie/plaats/<str:token>/", "/licentie/plaats/onbekend/", ONBEKEND),
    E(
        "licentie/<int:pk>/certificaat.pdf",
        "/licentie/{w.licentie.pk}/certificaat.pdf",
        voor((TRAINER, KERNGROEP), anders="404"),
    ),
    E("licentie/verifieer/", "/licentie/verifieer/", PUBLIEK),
    E("licentie/verifieer/<str:nummer>", "/licentie/verifieer/{w.licentie.nummer}", PUBLIEK),
    # --- intervisie: members and the facilitator (here the opleider); other groups do not exist ------
    E("intervisie/", "/intervisie/", ingelogd()),
    E(
        "intervisie/bijeenkomsten/<int:pk>/",
        "/intervisie/bijeenkomsten/{w.intervisie_bijeenkomst.pk}/",
        voor((TRAINER, ERVAREN, OPLEIDER), anders="404"),
    ),
    E(
        "intervisie/bijeenkomsten/<int:pk>/casus/",
        "/intervisie/bijeenkomsten/{w.intervisie_bijeenkomst.pk}/casus/",
        voor((TRAINER, ERVAREN, OPLEIDER), anders="404"),
    ),
    E(  # an empty form: refused with its errors (400)
        "intervisie/bijeenkomsten/<int:pk>/casus/",
        "/intervisie/bijeenkomsten/{w.intervisie_bijeenkomst.pk}/casus/",
        voor((TRAINER, ERVAREN, OPLEIDER), ok="400", anders="404"),
        method="POST",
    ),
    E(
        "intervisie/casussen/<int:pk>/",
        "/intervisie/casussen/{w.casus.pk}/",
        voor((TRAINER, ERVAREN, OPLEIDER), anders="404"),
    ),
    E("intervisie/groepen/<int:pk>/", "/intervisie/groepen/{w.groep.pk}/", voor(OPLEIDERS, anders="404")),
    E(
        "intervisie/bijeenkomsten/<int:pk>/wijzigen/",
        "/intervisie/bijeenkomsten/{w.intervisie_bijeenkomst.pk}/wijzigen/",
        voor(OPLEIDERS, anders="404"),
    ),
    E(
        "intervisie/bijeenkomsten/<int:pk>/annuleren/",
        "/intervisie/bijeenkomsten/{w.intervisie_bijeenkomst.pk}/annuleren/",
        ingelogd("405"),
    ),
    E(
        "intervisie/bijeenkomsten/<int:pk>/annuleren/",
        "/intervisie/bijeenkomsten/{w.intervisie_bijeenkomst.pk}/annuleren/",
        voor(OPLEIDERS, ok="redirect", anders="404"),
        method="POST",
    ),
    E(
        "intervisie/bijeenkomsten/<int:pk>/aanwezigheid/",
        "/intervisie/bijeenkomsten/{w.intervisie_bijeenkomst.pk}/aanwezigheid/",
        voor(OPLEIDERS, anders="404"),
    ),
    E(  # an empty form: refused with its errors (400)
        "intervisie/bijeenkomsten/<int:pk>/aanwezigheid/",
        "/intervisie/bijeenkomsten/{w.intervisie_bijeenkomst.pk}/aanwezigheid/",
        voor(OPLEIDERS, ok="400", anders="404"),
        method="POST",
    ),
    # --- trajecten: the assigned trainers; the school contact sees status only; the kerngroep nothing -
    E("trajecten/", "/trajecten/", ingelogd()),
    E("trajecten/aanmelden/", "/trajecten/aanmelden/", voor((SCHOOLCONTACT,))),
    # Reach: the kerngroep, and coordinators with small counts suppressed.
    E("trajecten/bereik/", "/trajecten/bereik/", voor((KERNGROEP, ERVAREN, ANDERE_TRAINER))),
    E("trajecten/bereik.csv", "/trajecten/bereik.csv", voor((KERNGROEP, ERVAREN, ANDERE_TRAINER))),
    E("trajecten/groepen/", "/trajecten/groepen/", ingelogd()),
    E("trajecten/<str:code>/", f"{T}/", voor((TRAINER, ERVAREN, SCHOOLCONTACT), anders="404")),
    E("trajecten/<str:code>/", "/trajecten/{w.ander_traject.code}/", voor((ANDERE_TRAINER,), anders="404")),
    E("trajecten/<str:code>/advies/", f"{T}/advies/", TRAJECT),
    E("trajecten/<str:code>/intake/", f"{T}/intake/", TRAJECT),
    E("trajecten/<str:code>/besluit/", f"{T}/besluit/", TRAJECT),
    E("trajecten/<str:code>/planning/", f"{T}/planning/", TRAJECT),
    # The world's trajectory is in its training: these steps are done, so recording one is refused.
    E("trajecten/<str:code>/advies/", f"{T}/advies/", TRAJECT_STAP_VOORBIJ, method="POST"),
    E("trajecten/<str:code>/intake/", f"{T}/intake/", TRAJECT_STAP_VOORBIJ, method="POST"),
    E("trajecten/<str:code>/besluit/", f"{T}/besluit/", TRAJECT_STAP_VOORBIJ, method="POST"),
    E("trajecten/<str:code>/planning/", f"{T}/planning/", TRAJECT_STAP_VOORBIJ, method="POST"),
    E(
        "trajecten/<str:code>/bijeenkomsten/<int:pk>/",
        f"{T}/bijeenkomsten/{{w.traject_bijeenkomst.pk}}/",
        TRAJECT,
    ),
    # A meeting already recorded is not moved: back to the meeting.
    E(
        "trajecten/<str:code>/bijeenkomsten/<int:pk>/verplaatsen/",
        f"{T}/bijeenkomsten/{{w.traject_bijeenkomst.pk}}/verplaatsen/",
        voor(TRAJECT_TRAINERS, ok="redirect", anders="404"),
    ),
    E("trajecten/<str:code>/berichten/", f"{T}/berichten/", TRAJECT),
    E("trajecten/<str:code>/bijlagen/nieuw/", f"{T}/bijlagen/nieuw/", TRAJECT),
    E("trajecten/<str:code>/bijlagen/<int:pk>/", f"{T}/bijlagen/{{w.bijlage.pk}}/", TRAJECT),
    E("trajecten/<str:code>/eindverslag/", f"{T}/eindverslag/", TRAJECT),
    E("trajecten/<str:code>/eindverslag/<int:versie>/", f"{T}/eindverslag/1/", TRAJECT),
    E("trajecten/<str:code>/eindverslag/<int:versie>.pdf", f"{T}/eindverslag/1.pdf", TRAJECT),
    E("trajecten/<str:code>/afsluiten/", f"{T}/afsluiten/", TRAJECT),
    E("trajecten/<str:code>/inzage/", f"{T}/inzage/", COORDINATOR),
    E("trajecten/<str:code>/export/", f"{T}/export/", COORDINATOR),
    E("trajecten/<str:code>/verwijderen/", f"{T}/verwijderen/", COORDINATOR),
    # --- trainerskompas views, activity library and session planner ---------------------------------
    E("kompas/", "/kompas/", voor(LEZERS, ok="redirect")),
    E("kompas/gelezen/<int:page_id>/", "/kompas/gelezen/{w.thema.pk}/", POST_ONLY),
    E(
        "kompas/gelezen/<int:page_id>/",
        "/kompas/gelezen/{w.thema.pk}/",
        voor(LEZERS, ok="redirect"),
        method="POST",
    ),
    E("kompas/wijziging/<int:page_id>/", "/kompas/wijziging/{w.thema.pk}/", voor(LEZERS)),
    E("kompas/pdf/", "/kompas/pdf/", voor(LEZERS)),
    E("kompas/pdf/<int:page_id>/", "/kompas/pdf/{w.thema.pk}/", voor(LEZERS)),
    E("kompas/zoeken/", "/kompas/zoeken/?q=emmer", voor(LEZERS)),
    E("kompas/activiteiten/", "/kompas/activiteiten/", voor(LEZERS, ok="redirect")),
    E("kompas/voorkeuren/", "/kompas/voorkeuren/", voor(LEZERS)),
    E("kompas/planner/", "/kompas/planner/", voor(LEZERS)),
    E("kompas/planner/nieuw/", "/kompas/planner/nieuw/", voor(LEZERS)),
    E("kompas/planner/<int:plan_id>/", "/kompas/planner/{w.plan.pk}/", PLAN),
    E("kompas/planner/<int:plan_id>/pdf/", "/kompas/planner/{w.plan.pk}/pdf/", PLAN),
    E("kompas/planner/<int:plan_id>/bewerken/", "/kompas/planner/{w.plan.pk}/bewerken/", POST_ONLY),
    E(
        "kompas/planner/<int:plan_id>/bewerken/",
        "/kompas/planner/{w.plan.pk}/bewerken/",
        PLAN_POST,
        method="POST",
    ),
    E("kompas/planner/<int:plan_id>/inplannen/", "/kompas/planner/{w.plan.pk}/inplannen/", POST_ONLY),
    E(
        "kompas/planner/<int:plan_id>/inplannen/",
        "/kompas/planner/{w.plan.pk}/inplannen/",
        PLAN_POST,
        method="POST",
    ),
    E(
        "kompas/planner/<int:plan_id>/verwijderen/<int:item_id>/",
        "/kompas/planner/{w.plan.pk}/verwijderen/{w.plan_item.pk}/",
        POST_ONLY,
    ),
    E(
        "kompas/planner/<int:plan_id>/verwijderen/<int:item_id>/",
        "/kompas/planner/{w.plan.pk}/verwijderen/{w.plan_item.pk}/",
        PLAN_POST,
        method="POST",
    ),
    E("kompas/planner/<int:plan_id>/kopieren/", "/kompas/planner/{w.plan.pk}/kopieren/", POST_ONLY),
    E(
        "kompas/planner/<int:plan_id>/kopieren/",
        "/kompas/planner/{w.plan.pk}/kopieren/",
        PLAN_POST,
        method="POST",
    ),
    E("kompas/planner/<int:plan_id>/delen/", "/kompas/planner/{w.plan.pk}/delen/", POST_ONLY),
    E("kompas/planner/<int:plan_id>/delen/", "/kompas/planner/{w.plan.pk}/delen/", PLAN_POST, method="POST"),
    E(
        "kompas/activiteiten/<int:page_id>/favoriet/",
        "/kompas/activiteiten/{w.activiteit.pk}/favoriet/",
        POST_ONLY,
    ),
    E(
        "kompas/activiteiten/<int:page_id>/favoriet/",
        "/kompas/activiteiten/{w.activiteit.pk}/favoriet/",
        voor(LEZERS, ok="redirect"),
        method="POST",
    ),
    E("kompas/activiteiten/<int:page_id>/pdf/", "/kompas/activiteiten/{w.activiteit.pk}/pdf/", voor(LEZERS)),
    E(
        "kompas/activiteiten/<int:page_id>/inplannen/",
        "/kompas/activiteiten/{w.activiteit.pk}/inplannen/",
        POST_ONLY,
    ),
    E(
        "kompas/activiteiten/<int:page_id>/inplannen/",
        "/kompas/activiteiten/{w.activiteit.pk}/inplannen/",
        PLAN_POST,  # into the trainer's own plan only: someone else's plan does not exist
        method="POST",
        data={"plan_onderdeel": "{w.plan.pk}:activiteit"},
    ),
    E("kompas/activiteiten/voorstellen/", "/kompas/activiteiten/voorstellen/", voor(LEZERS)),
    # --- the Wagtail admin: the kerngroep's; a representative set of screens --------------------------
    # 'Opnieuw proberen' in Mislukte taken: a POST for the kerngroep; a task that is not (or no
    # longer) on the list does not exist. Its effect is tested in tests/portal/test_mislukte_taken.py.
    E(
        "admin/rapporten/mislukte-taken/<uuid:pk>/opnieuw/",
        "/admin/rapporten/mislukte-taken/00000000-0000-4000-8000-000000000000/opnieuw/",
        voor((KERNGROEP,), ok="405", anders="login"),
    ),
    E(
        "admin/rapporten/mislukte-taken/<uuid:pk>/opnieuw/",
        "/admin/rapporten/mislukte-taken/00000000-0000-4000-8000-000000000000/opnieuw/",
        voor((KERNGROEP,), ok="404", anders="login"),
        method="POST",
    ),
    E(
        "admin/",
        (
            "/admin/",  # dashboard
            "/admin/snippets/content/lotverhaal/",
            "/admin/documents/",
            "/admin/images/",
            "/admin/users/",
            "/admin/licenties/",  # licenties_overzicht:index
            "/admin/licenties/?export=csv",
            "/admin/licenties/?export=xlsx",
            "/admin/licenties/inspect/{w.licentie.pk}/",
            "/admin/licentie-uitgifte/",
            "/admin/licentie-onderhoud/",
            "/admin/professionaliseringsdagen/",
            "/admin/professionaliseringsdagen/edit/{w.dag.pk}/",
            "/admin/cursusrondes/",
            "/admin/aanmeldingen/",
            "/admin/organisaties/",
            "/admin/uitnodigingen/",
            "/admin/schoolvakanties/",
            "/admin/intervisiegroepen/",
            "/admin/intervisiegroepen/inspect/{w.groep.pk}/",
            "/admin/intervisie_indelen/",
            "/admin/reports/site-history/",
            "/admin/reports/aging-pages/",
            "/admin/reports/workflow/",
        ),
        WAGTAIL_ADMIN,
        prefix=True,
    ),
    # The kerngroep's empty form to the group division: refused with its errors (400).
    E(
        "admin/",
        "/admin/intervisie_indelen/",
        voor((KERNGROEP,), ok="400", anders="login"),
        method="POST",
        prefix=True,
    ),
    # Wagtail picks its page views per page type at request time: their methods are declared.
    E(
        "admin/",
        ("/admin/pages/{w.kompas.pk}/", "/admin/pages/{w.activiteit.pk}/history/"),  # explorer, history
        WAGTAIL_ADMIN,
        prefix=True,
        accepts=("GET", "HEAD", "OPTIONS"),
    ),
    E(
        "admin/",
        "/admin/pages/{w.thema.pk}/edit/",
        WAGTAIL_ADMIN,
        prefix=True,
        accepts=("GET", "HEAD", "OPTIONS", "POST"),
    ),
    # Saving without the editor's fields (a hand-made request): a Dutch 400 (portal/onvolledig.py).
    E(
        "admin/",
        "/admin/pages/{w.thema.pk}/edit/",
        voor((KERNGROEP,), ok="400", anders="login"),
        method="POST",
        prefix=True,
    ),
    E(
        "admin/",
        "/admin/pages/",
        voor((KERNGROEP,), ok="redirect", anders="login"),
        prefix=True,
        accepts=("GET", "HEAD", "OPTIONS"),
    ),
    E("admin/", "/admin/pages/", WAGTAIL_ADMIN, method="OPTIONS", prefix=True),
    # Screens the kerngroep has no permission for: Wagtail sends it back to the dashboard.
    E(
        "admin/",
        ("/admin/snippets/", "/admin/groups/"),
        voor((KERNGROEP,), ok="redirect:/admin/", anders="login"),
        prefix=True,
    ),
    # Wagtail's own login is replaced by allauth's.
    E("admin/", "/admin/login/", verwacht("login"), prefix=True),
    # --- the Django admin: staff only ----------------------------------------------------------------
    E(
        "django-admin/",
        (
            "/django-admin/",
            "/django-admin/auth/group/",
            "/django-admin/mfa/authenticator/",
            "/django-admin/account/emailaddress/",
            "/django-admin/django_tasks_database/dbtaskresult/",
            "/django-admin/wagtaildocs/document/",
        ),
        DJANGO_ADMIN,
        prefix=True,
    ),
    # Its login and its password change are allauth's, for everyone (portal/urls.py, EEN_INLOGDEUR).
    E("django-admin/", "/django-admin/login/", verwacht("login"), prefix=True),
    E(
        "django-admin/",
        "/django-admin/password_change/",
        verwacht("redirect:/account/password/change/"),
        prefix=True,
    ),
]
