"""Publishing updates: one kerngroep member proposes, another approves; readers see what changed."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.utils import timezone

from content.inrichting import kerngroep_rechten_inrichten
from content.models import Wijziging, WijzigingenPage
from content.selectors import gewijzigd_sinds_gelezen
from content.services import markeer_gelezen
from content.tasks import kompas_updates_versturen
from tests.content.factories import klein_kompas
from tests.portal.auth import als_na_een_volledige_login
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

BEGIN = timezone.make_aware(timezone.datetime(2026, 9, 1, 10, 0))


def kerngroeplid(email):
    user = UserFactory(roles=["kerngroep"], email=email)
    client = Client()
    als_na_een_volledige_login(client, user)
    return user, client


@pytest.fixture
def opzet():
    with time_machine.travel(BEGIN - timedelta(days=30), tick=False):
        kompas = klein_kompas()
        trainer = UserFactory(roles=["trainer"], email="trainer@school.nl")
    kerngroep_rechten_inrichten()
    with time_machine.travel(BEGIN - timedelta(days=10), tick=False):
        markeer_gelezen(user=trainer, page=kompas["erkenning"])
    return kompas, trainer


def voorstel(page, auteur, notitie="Tip toegevoegd: laat de jongere de emmer zelf tekenen."):
    page = page.specific
    page.theorie.append(("kader", {"soort": "tip", "tekst": "<p>Laat de jongere de emmer zelf tekenen.</p>"}))
    page.wijzigingsnotitie = notitie
    revision = page.save_revision(user=auteur)
    workflow_state = page.get_workflow().start(page, auteur)
    return revision, workflow_state.current_task_state


def approve_url(page, task_state):
    return f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"


def test_the_author_cannot_approve_their_own_change(opzet):
    kompas, _trainer = opzet
    auteur, client = kerngroeplid("auteur@kerngroep.nl")
    kompas["erkenning"].refresh_from_db()
    live_before = kompas["erkenning"].live_revision_id
    _revision, task_state = voorstel(kompas["erkenning"], auteur)

    response = client.post(approve_url(kompas["erkenning"], task_state))

    # Wagtail turns the refusal into a redirect to the admin home with an error message.
    assert response.status_code == 302 and response.url == "/admin/"
    kompas["erkenning"].refresh_from_db()
    assert kompas["erkenning"].live_revision_id == live_before
    assert not Wijziging.objects.filter(notitie__startswith="Tip toegevoegd").exists()


def test_a_second_member_approves_and_readers_see_the_change_everywhere(opzet, ingelogd_als):
    kompas, trainer = opzet
    auteur, _ = kerngroeplid("auteur@kerngroep.nl")
    _tweede, client = kerngroeplid("tweede@kerngroep.nl")

    with time_machine.travel(BEGIN, tick=False):
        revision, task_state = voorstel(kompas["erkenning"], auteur)
        response = client.post(approve_url(kompas["erkenning"], task_state))

    assert response.status_code in (200, 302)
    page = kompas["erkenning"]
    page.refresh_from_db()
    assert page.live_revision_id == revision.pk
    wijziging = Wijziging.objects.get(notitie__startswith="Tip toegevoegd")
    assert not wijziging.is_nieuw

    # on the trainer's dashboard and in 'Wat is er nieuw'
    assert [item["page"].pk for item in gewijzigd_sinds_gelezen(trainer)] == [page.pk]
    reader = Client()
    ingelogd_als(trainer, client=reader)
    nieuws = reader.get(WijzigingenPage.objects.get().url)
    assert "Tip toegevoegd: laat de jongere de emmer zelf tekenen." in nieuws.text
    dashboard = reader.get("/dashboard/")
    assert "Gewijzigd sinds je het las" in dashboard.text

    # a readable comparison with the version the trainer read
    verschil = reader.get(f"/kompas/wijziging/{page.pk}/")
    assert "<ins>" in verschil.text and "zelf tekenen" in verschil.text


def test_the_update_mail_goes_out_once_and_respects_the_opt_out(opzet, django_capture_on_commit_callbacks):
    kompas, _trainer = opzet
    afmelder = UserFactory(roles=["cursist"], email="afmelder@school.nl")
    from content.services import voorkeur_van

    voorkeur = voorkeur_van(afmelder)
    voorkeur.ontvang_updates = False
    voorkeur.save()
    auteur, _ = kerngroeplid("auteur@kerngroep.nl")
    _tweede, client = kerngroeplid("tweede@kerngroep.nl")
    with time_machine.travel(BEGIN, tick=False):
        _revision, task_state = voorstel(kompas["erkenning"], auteur)
        client.post(approve_url(kompas["erkenning"], task_state))
    mail.outbox.clear()

    kompas_updates_versturen.enqueue()
    kompas_updates_versturen.enqueue()

    ontvangers = [m.to[0] for m in mail.outbox]
    assert ontvangers.count("trainer@school.nl") == 1
    assert "afmelder@school.nl" not in ontvangers
    bericht = next(m for m in mail.outbox if m.to == ["trainer@school.nl"])
    assert bericht.subject == "[Re-Fit] Het trainerskompas is bijgewerkt"
    assert "Tip toegevoegd" in bericht.body
    assert "/kompas/voorkeuren/" in bericht.body


def test_an_unchanged_note_is_not_repeated_as_news(opzet):
    kompas, _trainer = opzet
    page = kompas["hoofdstuk"].specific
    page.wijzigingsnotitie = "Criteria verduidelijkt."
    page.save_revision().publish()
    page.save_revision().publish()

    notities = list(Wijziging.objects.filter(page=page).order_by("pk").values_list("notitie", flat=True))

    assert notities[-2:] == ["Criteria verduidelijkt.", ""]
