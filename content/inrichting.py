"""What a fresh portal needs before the kerngroep can write: the page tree, privacy, rights, workflow."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from content.models import (
    BegrippenlijstPage,
    BibliotheekPage,
    HomePage,
    KompasPage,
    VerhaalVanLotPage,
    VierOgenTask,
    WijzigingenPage,
)
from content.models.activiteiten import onderdelen_inrichten
from content.toegang import LEZERS, kompas_afschermen
from portal.roles import GROUP_NAMES, Role

WERKBLADEN = "Werkbladen trainerskompas"
WORKFLOW_NAAM = "Trainerskompas: vier ogen"
# Rule 'vier ogen' (content.vier_ogen): the kerngroep writes drafts and may lock a page it works on.
# It holds no 'publish_page' — that would let one member publish, unpublish, move or delete live
# pages alone — nor 'unlock_page' (breaking another member's lock) or 'bulk_delete_page'. Only the
# workflow publishes, after a second member approves.
PAGE_PERMISSIONS = ("add_page", "change_page", "lock_page")
COLLECTION_PERMISSIONS = {
    "wagtaildocs": ("add_document", "change_document", "choose_document", "delete_document"),
    "wagtailimages": ("add_image", "change_image", "choose_image", "delete_image"),
}


def kerngroep() -> Group:
    return Group.objects.get(name=GROUP_NAMES[Role.KERNGROEP])


def startpagina_inrichten() -> HomePage:
    """The Re-Fit home page as the root of the default site (a placeholder text until edited)."""
    home = HomePage.objects.first()
    if home is None:
        home = Page.get_first_root_node().add_child(
            instance=HomePage(
                title="Re-Fit",
                slug="re-fit",
                intro="Re-Fit helpt jongeren met aanhoudende klachten weer naar school.",
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Re-Fit"
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    # Wagtail's own welcome page is unreachable once the site points at ours.
    Page.objects.filter(depth=2).exclude(pk=home.pk).not_type(HomePage).delete()
    return home


def kompas_inrichten() -> KompasPage:
    """The manual's root, behind group privacy, with its reference pages and the approval workflow."""
    home = startpagina_inrichten()
    kompas = KompasPage.objects.first()
    if kompas is None:
        kompas = home.add_child(
            instance=KompasPage(
                title="Trainerskompas", slug="trainerskompas", intro="<p>Het handboek voor trainers.</p>"
            )
        )
    kompas_afschermen(kompas)
    for model, title, slug in (
        (VerhaalVanLotPage, "Het verhaal van Lot", "verhaal-van-lot"),
        (BegrippenlijstPage, "Begrippenlijst", "begrippenlijst"),
        (WijzigingenPage, "Wat is er nieuw", "wat-is-er-nieuw"),
        (BibliotheekPage, "Activiteitenbibliotheek", "activiteiten"),
    ):
        if not model.objects.child_of(kompas).exists():
            kompas.add_child(instance=model(title=title, slug=slug))
    vier_ogen_inrichten(kompas)
    onderdelen_inrichten()
    return kompas


def vier_ogen_inrichten(kompas: KompasPage) -> Workflow:
    """Changes to the manual, and to the home page above it, go through one approval by a second
    kerngroep member: with no group allowed to publish, this workflow is the only way live."""
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAAM)
    task = VierOgenTask.objects.filter(name="Goedkeuring kerngroep").first()
    if task is None:
        task = VierOgenTask.objects.create(name="Goedkeuring kerngroep")
    task.groups.set([kerngroep()])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in (kompas.get_parent(), kompas):
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def kerngroep_rechten_inrichten() -> None:
    """The kerngroep edits pages, documents and images; other roles only read.

    Exactly `PAGE_PERMISSIONS`: rights an older installation gave (publish, unlock) are taken away.
    """
    home = startpagina_inrichten()
    groep = kerngroep()
    GroupPagePermission.objects.filter(group=groep).exclude(
        page=home, permission__codename__in=PAGE_PERMISSIONS
    ).delete()
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=groep,
            page=home,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    root = Collection.get_first_root_node()
    for app_label, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=groep,
                collection=root,
                permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
            )


def werkbladen_inrichten() -> Collection:
    """Worksheets are documents only the manual's readers may download."""
    root = Collection.get_first_root_node()
    collectie = root.get_children().filter(name=WERKBLADEN).first()
    if collectie is None:
        collectie = root.add_child(name=WERKBLADEN)
    restriction, _created = CollectionViewRestriction.objects.get_or_create(
        collection=collectie, defaults={"restriction_type": CollectionViewRestriction.GROUPS}
    )
    restriction.groups.set(Group.objects.filter(name__in=[GROUP_NAMES[r] for r in LEZERS]))
    return collectie
