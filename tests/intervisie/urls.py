"""The portal's URLs plus intervisie's pages, until portal/urls.py mounts them (docs/intervisie.md)."""

from django.urls import include, path

from portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [path("intervisie/", include("intervisie.urls")), *portal_urlpatterns]
