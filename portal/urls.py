from allauth.account import views as allauth_views
from django.conf import settings
from django.contrib import admin
from django.urls import include, path, reverse_lazy
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal import health, views
from portal.accounts.views import gedeeld_wachtwoord_geweigerd, uitnodiging_accepteren_view
from portal.openbare_formulieren import openbaar_formulier


def naar_allauth(url_name: str):
    """A door of Wagtail or Django that leads to allauth's page instead (the `next` kept)."""
    return RedirectView.as_view(url=reverse_lazy(url_name), query_string=True)


# One login door (docs/security.md, 'Eén inlogdeur'). Every way in goes through allauth, where its
# rate limits, its lockout after wrong passwords and the second step apply. Wagtail and Django bring
# doors of their own that check a password and call Django's `login()` without any of that: they
# are sent to allauth or refused here, in front of the URLconfs that add them. A door a package adds
# later is found by tests/security/test_een_inlogdeur.py, which tries credentials on every pattern.
EEN_INLOGDEUR = [
    path("admin/login/", naar_allauth("account_login")),  # the Wagtail admin's
    path("django-admin/login/", naar_allauth("account_login")),  # also logs a staff member in as another
    path("_util/login/", naar_allauth("account_login")),  # Wagtail's login for private pages
    path("django-admin/password_change/", naar_allauth("account_change_password")),  # no rate limit
    # Pages and document collections are private by login and group, never by a shared password
    # (WAGTAIL_PRIVATE_PAGE_OPTIONS, WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS): nothing to check here.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        gedeeld_wachtwoord_geweigerd,
    ),
    path("documenten/authenticate_with_password/<int:restriction_id>/", gedeeld_wachtwoord_geweigerd),
]

# Public forms of packages that send mail follow the portal's rule (docs/security.md, 'Openbare
# formulieren'): allauth's password reset already answers the same for every address and mails
# no typed text; here it gets the portal's limits per address and per client address as well.
OPENBARE_FORMULIEREN = [
    path(
        "account/password/reset/",
        openbaar_formulier(actie="wachtwoord-vergeten")(allauth_views.password_reset),
        name="account_reset_password",
    ),
]

urlpatterns = [
    *EEN_INLOGDEUR,
    *OPENBARE_FORMULIEREN,
    path("admin/", include(wagtailadmin_urls)),
    # Probes for load balancers and monitoring (portal/health.py): no login, no MFA, never cached.
    path("gezondheid/", health.gezondheid, name="gezondheid"),
    path("gereed/", health.gereed, name="gereed"),
    path("django-admin/", admin.site.urls),
    path("account/", include("allauth.urls")),
    path("account/mijn-account/", views.mijn_account, name="mijn_account"),
    path("account/mijn-account/gegevens.json", views.mijn_gegevens, name="mijn_gegevens"),
    path("uitnodiging/<str:token>/", uitnodiging_accepteren_view, name="uitnodiging_accepteren"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("agenda/", include("portal.agenda.urls")),
    path("cursus/", include("cursus.urls")),
    path("licentie/", include("licenties.urls")),
    path("intervisie/", include("intervisie.urls")),
    path("trajecten/", include("trajecten.urls")),
    path("documenten/", include(wagtaildocs_urls)),
    path("kompas/", include("content.urls")),
    path("sitemap.xml", sitemap),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves the page tree for every path not matched above.
urlpatterns.append(path("", include(wagtail_urls)))
