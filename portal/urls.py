from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import include, path, reverse_lazy
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal import health, views
from portal.accounts.views import uitnodiging_accepteren_view

# The Django admin has no login of its own: it sends people to allauth, where
# two-step login applies.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    # Wagtail's own login and password pages would skip allauth's second step.
    path("admin/login/", RedirectView.as_view(url=reverse_lazy("account_login"), query_string=True)),
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
