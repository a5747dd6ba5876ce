from django.urls import path

from cursus.views import cursist, openbaar, opleider

app_name = "cursus"

urlpatterns = [
    # Public
    path("", openbaar.overzicht, name="overzicht"),
    path("<int:pk>/aanmelden/", openbaar.aanmelden, name="aanmelden"),
    path("<int:pk>/aangemeld/", openbaar.aangemeld, name="aangemeld"),
    path("<int:pk>/bevestig-je-adres/", openbaar.bevestig_je_adres, name="bevestig_je_adres"),
    path("bevestigen/<str:token>/", openbaar.bevestigen, name="bevestigen"),
    path("<int:pk>/agenda.ics", openbaar.ronde_ics, name="ronde_ics"),
    path("plaats/<str:token>/", openbaar.plaatsaanbod, name="plaatsaanbod"),
    # The cursist
    path("mijn-cursus/", cursist.mijn_cursus, name="mijn_cursus"),
    path("mijn-cursus/<int:pk>/afmelden/", cursist.afmelden, name="afmelden"),
    path("mijn-cursus/<int:pk>/werkagenda/", cursist.werkagenda, name="werkagenda"),
    path("werkagenda/<int:pk>.pdf", cursist.werkagenda_download, name="werkagenda_pdf"),
    # The opleider (and the kerngroep)
    path("rondes/", opleider.rondes, name="rondes"),
    path("rondes/<int:pk>/", opleider.ronde, name="ronde"),
    path("bijeenkomsten/<int:pk>/aanwezigheid/", opleider.aanwezigheid, name="aanwezigheid"),
    path("aanmeldingen/<int:pk>/beoordelen/", opleider.beoordelen, name="beoordelen"),
    path("aanmeldingen/<int:pk>/werkagenda/", opleider.werkagenda_lezen, name="werkagenda_lezen"),
    path("aanmeldingen/<int:pk>/aftekenen/", opleider.aftekenen, name="aftekenen"),
    path("aanwezigheden/<int:pk>/inhalen/", opleider.inhalen, name="inhalen"),
]
