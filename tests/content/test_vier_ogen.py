"""Rule 'vier ogen': nothing in the trainerskompas or the activity library goes live, changes while
live or stops being live without the approval of a second kerngroep member.

The walk tries every admin action that can change what is live (tables in `vier_ogen_acties`),
as the author, on a theme page and on an activity, and compares everything readers can see
before and after. Only the workflow may change it, and only after a second member approves.
"""

from datetime import timedelta

import pytest
import time_machine
from django.contrib import admin
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, PagePermissionTester, WorkflowState
from wagtail.models.pages import PAGE_PERMISSION_TYPES

from content.models import Wijziging
from tests.content.factories import klein_kompas
from tests.content.vier_ogen_acties import (
    ACTIES,
    ADMIN_DATUM,
    ALLEEN_TONEN,
    API_GEGEVENS,
    BULKGEGEVENS,
    Poging,
    alle_acties_lopen,
    api_acties,
    bouw_wereld,
    client_van,
    geregistreerde_bulkacties,
    kerngroeplid,
    pagina_urls,
    wat_live_is,
)

pytestmark = pytest.mark.django_db


def goedkeuren(wereld, door):
    client = client_van(door)
    taak = Page.objects.get(pk=wereld.doel.pk).current_workflow_task_state
    url = f"/admin/pages/workflow/action/{wereld.doel.pk}/approve/{taak.pk}/"
    return client.post(url, {"comment": ""})


@pytest.mark.parametrize("soort", ["thema", "activiteit"])
def test_no_admin_action_lets_the_author_change_what_is_live_until_a_second_member_approves(soort):
    wereld = bouw_wereld(soort)

    veranderd = alle_acties_lopen(wereld, wereld.auteur)

    assert not veranderd, "\n".join(f"{naam}: {wat}" for naam, wat in veranderd.items())
    # The author's submission waited through all of it, and a second member's approval publishes it.
    goedkeuren(wereld, wereld.tweede)
    page = Page.objects.get(pk=wereld.doel.pk)
    assert page.live and page.live_revision_id == wereld.voorstel.pk
    assert Wijziging.objects.get(revision=wereld.voorstel).notitie == "Voorstel van de auteur."


def test_a_superuser_in_the_kerngroep_has_no_back_door_either():
    beheerder = kerngroeplid("beheerder@kerngroep.nl", is_superuser=True, is_staff=True)
    wereld = bouw_wereld("activiteit", auteur=beheerder)

    veranderd = alle_acties_lopen(wereld, beheerder)

    assert not veranderd, "\n".join(f"{naam}: {wat}" for naam, wat in veranderd.items())


def test_every_page_url_of_the_admin_is_walked():
    gelopen = {actie.url_name for actie in ACTIES}

    nieuw = set(pagina_urls()) - gelopen

    assert not nieuw, f"admin URLs under admin/pages/ that the walk does not try: {sorted(nieuw)}"
    assert not set(ALLEEN_TONEN) - set(pagina_urls()), "ALLEEN_TONEN names a URL Wagtail no longer has"


def test_every_bulk_action_and_admin_api_action_for_pages_is_walked():
    assert geregistreerde_bulkacties() == set(BULKGEGEVENS)
    assert api_acties() == set(API_GEGEVENS)


def test_the_authors_editor_offers_submitting_but_no_publishing():
    wereld = bouw_wereld("thema")
    Page.objects.get(pk=wereld.doel.pk).current_workflow_state.cancel(user=wereld.auteur)
    client = client_van(wereld.auteur)

    html = client.get(f"/admin/pages/{wereld.doel.pk}/edit/").text

    assert 'name="action-submit"' in html
    for verboden in ('name="action-publish"', f"/admin/pages/{wereld.doel.pk}/unpublish/"):
        assert verboden not in html


def test_a_submitted_change_goes_live_only_after_a_second_member_approves():
    wereld = bouw_wereld("activiteit")
    Page.objects.get(pk=wereld.doel.pk).current_workflow_state.cancel(user=wereld.auteur)
    p = Poging(wereld=wereld, client=client_van(wereld.auteur))
    data = p.editor()
    data |= {"title": "De emmer tekenen en bespreken", "action-submit": "action-submit"}
    voor = wat_live_is()

    p.post(p.edit_url(), data)

    page = Page.objects.get(pk=wereld.doel.pk)
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert wat_live_is() == voor
    assert goedkeuren(wereld, wereld.auteur).status_code == 302  # refused: back to the admin home
    assert wat_live_is() == voor

    goedkeuren(wereld, wereld.tweede)

    page.refresh_from_db()
    assert page.live and page.title == "De emmer tekenen en bespreken"


def test_a_go_live_date_waits_for_approval_and_then_for_the_date():
    wereld = bouw_wereld("thema")
    Page.objects.get(pk=wereld.doel.pk).current_workflow_state.cancel(user=wereld.auteur)
    p = Poging(wereld=wereld, client=client_van(wereld.auteur))
    morgen = timezone.localtime() + timedelta(days=1)
    data = p.editor()
    data |= {
        "spreuk": "Morgen live.",
        "go_live_at": morgen.strftime(ADMIN_DATUM),
        "action-submit": "action-submit",
    }
    p.post(p.edit_url(), data)
    goedkeuren(wereld, wereld.tweede)
    assert Page.objects.get(pk=wereld.doel.pk).specific.spreuk != "Morgen live."

    with time_machine.travel(morgen + timedelta(hours=1)):
        call_command("publish_scheduled")

    assert Page.objects.get(pk=wereld.doel.pk).specific.spreuk == "Morgen live."


def test_taking_a_page_offline_is_a_change_the_second_member_approves():
    wereld = bouw_wereld("activiteit")
    Page.objects.get(pk=wereld.doel.pk).current_workflow_state.cancel(user=wereld.auteur)
    p = Poging(wereld=wereld, client=client_van(wereld.auteur))
    einde = timezone.localtime() + timedelta(hours=2)
    data = p.editor()
    data |= {"expire_at": einde.strftime(ADMIN_DATUM), "action-submit": "action-submit"}
    p.post(p.edit_url(), data)
    with time_machine.travel(einde + timedelta(hours=1)):
        call_command("publish_scheduled")
    assert Page.objects.get(pk=wereld.doel.pk).live  # nobody approved: still live

    goedkeuren(wereld, wereld.tweede)
    with time_machine.travel(einde + timedelta(hours=1)):
        call_command("publish_scheduled")

    assert not Page.objects.get(pk=wereld.doel.pk).live
    # Offline, it may go: a deletion then changes nothing readers see.
    p.post(p.url("wagtailadmin_pages:delete", page_id=wereld.doel.pk))
    assert not Page.objects.filter(pk=wereld.doel.pk).exists()


def test_a_page_with_live_pages_below_it_goes_offline_only_after_them():
    wereld = bouw_wereld("thema")
    fase = wereld.ouder
    p = Poging(wereld=wereld, client=client_van(wereld.auteur))
    url = f"/admin/pages/{fase.pk}/edit/"
    data = p.editor(url, fase.specific.get_latest_revision_as_object())
    data |= {
        "expire_at": (timezone.localtime() + timedelta(days=1)).strftime(ADMIN_DATUM),
        "action-submit": "action-submit",
    }

    response = p.post(url, data)

    assert response.status_code == 200
    assert "Haal eerst de onderliggende pagina" in response.text
    assert not Page.objects.get(pk=fase.pk).workflow_in_progress


def test_a_reviewer_who_changes_the_page_while_approving_needs_a_third_member():
    wereld = bouw_wereld("activiteit")
    derde = kerngroeplid("derde@kerngroep.nl")
    p = Poging(wereld=wereld, client=client_van(wereld.tweede))
    data = p.editor()
    data |= {
        "title": "Door de beoordelaar herschreven",
        "action-workflow-action": "true",
        "workflow-action-name": "approve",
    }
    voor = wat_live_is()

    p.post(p.edit_url(), data)

    page = Page.objects.get(pk=wereld.doel.pk)
    assert wat_live_is() == voor
    assert page.workflow_in_progress
    # Neither the author nor the reviewer who changed it may approve the new version.
    assert goedkeuren(wereld, wereld.tweede).status_code == 302
    assert wat_live_is() == voor
    goedkeuren(wereld, derde)
    page.refresh_from_db()
    assert page.live and page.title == "Door de beoordelaar herschreven"


def test_a_workflow_without_the_four_eyes_task_publishes_nothing():
    """Someone who may edit workflows (a superuser) gives the manual a plain group approval, in which
    the author may approve their own change: the workflow's last step still refuses to publish."""
    from django.core.exceptions import PermissionDenied
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    wereld = bouw_wereld("activiteit")
    Page.objects.get(pk=wereld.doel.pk).current_workflow_state.cancel(user=wereld.auteur)
    achterdeur = Workflow.objects.create(name="Achterdeur")
    taak = GroupApprovalTask.objects.create(name="Iedereen uit de kerngroep")
    taak.groups.set([Group.objects.get(name="Kerngroep")])
    WorkflowTask.objects.create(workflow=achterdeur, task=taak, sort_order=0)
    WorkflowPage.objects.update_or_create(page=wereld.kompas, defaults={"workflow": achterdeur})
    page = Page.objects.get(pk=wereld.doel.pk).specific
    voor = wat_live_is()
    state = achterdeur.start(page, wereld.auteur)

    with pytest.raises(PermissionDenied):
        state.current_task_state.approve(user=wereld.auteur)

    assert wat_live_is() == voor


def test_the_kerngroep_holds_no_page_permission_that_publishes():
    klein_kompas()
    kerngroep = Group.objects.get(name="Kerngroep")
    toegestaan = {"add", "change", "lock"}  # drafts and one's own lock; publishing is the workflow's

    codes = {
        p.permission.codename.rsplit("_", 1)[0] for p in GroupPagePermission.objects.filter(group=kerngroep)
    }

    assert codes == toegestaan
    # A page permission that a Wagtail upgrade adds must be decided on here.
    assert {code for code, *_ in PAGE_PERMISSION_TYPES} == {
        "add",
        "bulk_delete",
        "change",
        "lock",
        "publish",
        "unlock",
    }
    # Nor can the kerngroep give itself rights or change the workflow.
    model_rechten = set(kerngroep.permissions.values_list("content_type__app_label", "codename"))
    assert not {r for r in model_rechten if r[0] in ("auth", "wagtailcore")}


def test_no_page_type_and_no_django_admin_model_escapes_the_rule():
    from wagtail.models import get_page_models

    from content.models.workflow import VierOgenPage, VierOgenPermissionTester

    iemand = kerngroeplid("iemand@kerngroep.nl")
    for model in get_page_models():
        if model is Page:
            continue
        tester = model(title="x", depth=2, path="00010001").permissions_for_user(iemand)
        assert issubclass(model, VierOgenPage) and isinstance(tester, VierOgenPermissionTester), model
    # The Django admin offers nothing that changes pages, revisions or workflows.
    for model in admin.site._registry:
        assert model._meta.app_label not in ("wagtailcore", "content"), model
    assert not issubclass(PagePermissionTester, VierOgenPermissionTester)


def test_the_django_admin_is_closed_to_the_author():
    wereld = bouw_wereld("thema")
    client = client_van(wereld.auteur)

    response = client.get("/django-admin/")

    assert response.status_code == 302 and "/login/" in response.url
