from django.urls import path

from licenties import views

app_name = "licenties"

urlpatterns = [
    path("", views.mijn_licentie, name="mijn_licentie"),
    path("dagen/<int:pk>/aanmelden/", views.aanmelden, name="aanmelden"),
    path("aanmeldingen/<int:pk>/afmelden/", views.afmelden, name="afmelden"),
    path(
        "aanmeldingen/<int:pk>/aanwezigheidsverklaring.pdf", views.aanwezigheidsverklaring, name="verklaring"
    ),
    path("plaats/<str:token>/", views.plaatsaanbod, name="plaatsaanbod"),
    path("<int:pk>/certificaat.pdf", views.certificaat, name="certificaat"),
    # Public: anyone may check a licence number from a certificate.
    path("verifieer/", views.verifieer_zoeken, name="verifieer_zoeken"),
    path("verifieer/<str:nummer>", views.verifieer, name="verifieer"),
]
