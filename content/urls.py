from django.urls import path

from content.views import kompas as views
from content.views import planner

urlpatterns = [
    path("", views.start, name="kompas_start"),
    path("gelezen/<int:page_id>/", views.gelezen, name="kompas_gelezen"),
    path("wijziging/<int:page_id>/", views.wijziging, name="kompas_wijziging"),
    path("pdf/", views.pdf, name="kompas_pdf"),
    path("pdf/<int:page_id>/", views.pdf, name="kompas_pdf_pagina"),
    path("zoeken/", views.zoeken, name="kompas_zoeken"),
    path("activiteiten/", views.bibliotheek_start, name="bibliotheek_start"),
    path("voorkeuren/", views.voorkeuren, name="kompas_voorkeuren"),
]

urlpatterns += [
    path("planner/", planner.overzicht, name="planner_overzicht"),
    path("planner/nieuw/", planner.nieuw, name="planner_nieuw"),
    path("planner/<int:plan_id>/", planner.plan, name="planner_plan"),
    path("planner/<int:plan_id>/bewerken/", planner.bewerken, name="planner_bewerken"),
    path("planner/<int:plan_id>/inplannen/", planner.inplannen, name="planner_inplannen"),
    path("planner/<int:plan_id>/verwijderen/<int:item_id>/", planner.verwijderen, name="planner_verwijderen"),
    path("planner/<int:plan_id>/kopieren/", planner.kopieren, name="planner_kopieren"),
    path("planner/<int:plan_id>/delen/", planner.delen, name="planner_delen"),
    path("planner/<int:plan_id>/pdf/", planner.plan_pdf, name="planner_pdf"),
    path("activiteiten/<int:page_id>/favoriet/", planner.favoriet, name="activiteit_favoriet"),
    path("activiteiten/<int:page_id>/pdf/", planner.activiteit_als_pdf, name="activiteit_pdf"),
    path("activiteiten/<int:page_id>/inplannen/", planner.activiteit_naar_plan, name="activiteit_inplannen"),
    path("activiteiten/voorstellen/", planner.voorstellen, name="activiteit_voorstellen"),
]
