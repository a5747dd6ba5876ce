"""Case pages address a trajectory by its pseudonymous code, never by a name.

Included by the root URLconf as `path("trajecten/", include("trajecten.urls"))`.
"""

from django.urls import path

from trajecten.views import aanmelden, afsluiting, bereik, coordinator, dossier, groepen, stappen, training

app_name = "trajecten"

urlpatterns = [
    path("", dossier.overzicht, name="overzicht"),
    path("aanmelden/", aanmelden.aanmelden, name="aanmelden"),
    path("bereik/", bereik.bereik, name="bereik"),
    path("groepen/", groepen.groepen, name="groepen"),
    path("bereik.csv", bereik.bereik_download, name="bereik_csv"),
    path("<str:code>/", dossier.detail, name="detail"),
    path("<str:code>/advies/", stappen.advies, name="advies"),
    path("<str:code>/intake/", stappen.intake, name="intake"),
    path("<str:code>/besluit/", stappen.besluit, name="besluit"),
    path("<str:code>/planning/", training.planning, name="planning"),
    path("<str:code>/bijeenkomsten/<int:pk>/", training.bijeenkomst, name="bijeenkomst"),
    path("<str:code>/bijeenkomsten/<int:pk>/verplaatsen/", training.verplaatsen, name="verplaatsen"),
    path("<str:code>/berichten/", training.berichten, name="berichten"),
    path("<str:code>/bijlagen/nieuw/", training.bijlage_toevoegen_view, name="bijlage_toevoegen"),
    path("<str:code>/bijlagen/<int:pk>/", training.bijlage, name="bijlage"),
    path("<str:code>/eindverslag/", afsluiting.eindverslag, name="eindverslag"),
    path(
        "<str:code>/eindverslag/<int:versie>/", afsluiting.eindverslag_voorbeeld, name="eindverslag_voorbeeld"
    ),
    path("<str:code>/eindverslag/<int:versie>.pdf", afsluiting.eindverslag_download, name="eindverslag_pdf"),
    path("<str:code>/afsluiten/", afsluiting.afsluiten, name="afsluiten"),
    path("<str:code>/inzage/", coordinator.inzage, name="inzage"),
    path("<str:code>/export/", coordinator.export, name="export"),
    path("<str:code>/verwijderen/", coordinator.verwijderen, name="verwijderen"),
]
