from django.urls import path

from portal.agenda import views

urlpatterns = [
    path("", views.agenda, name="agenda"),
    path("vernieuwen/", views.agenda_vernieuwen, name="agenda_vernieuwen"),
    path("<str:token>.ics", views.agenda_feed, name="agenda_feed"),
]
