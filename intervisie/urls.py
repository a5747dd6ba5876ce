from django.urls import path

from intervisie.views import facilitator, leden

app_name = "intervisie"

urlpatterns = [
    # Every member
    path("", leden.mijn_groep, name="mijn_groep"),
    path("bijeenkomsten/<int:pk>/", leden.bijeenkomst, name="bijeenkomst"),
    path("bijeenkomsten/<int:pk>/casus/", leden.casus_inbrengen, name="casus_inbrengen"),
    path("casussen/<int:pk>/", leden.casus, name="casus"),
    # The facilitator (and the kerngroep)
    path("groepen/<int:pk>/", facilitator.groep, name="groep"),
    path("bijeenkomsten/<int:pk>/wijzigen/", facilitator.wijzigen, name="wijzigen"),
    path("bijeenkomsten/<int:pk>/annuleren/", facilitator.annuleren, name="annuleren"),
    path("bijeenkomsten/<int:pk>/aanwezigheid/", facilitator.aanwezigheid, name="aanwezigheid"),
]
