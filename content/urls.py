from django.urls import path

from content import views

urlpatterns = [
    path("", views.start, name="kompas_start"),
    path("gelezen/<int:page_id>/", views.gelezen, name="kompas_gelezen"),
    path("wijziging/<int:page_id>/", views.wijziging, name="kompas_wijziging"),
    path("pdf/", views.pdf, name="kompas_pdf"),
    path("pdf/<int:page_id>/", views.pdf, name="kompas_pdf_pagina"),
    path("zoeken/", views.zoeken, name="kompas_zoeken"),
    path("voorkeuren/", views.voorkeuren, name="kompas_voorkeuren"),
]
