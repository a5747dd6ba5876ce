"""Rule 'vier ogen': what readers see of the portal's pages — the trainerskompas, the activity
library and the home page — changes only when a second kerngroep member approves it.

Wagtail lets anyone with the 'publish' page permission, and every superuser, change what is live
directly: publish from the editor, schedule, bulk publish/unpublish/delete/move, copy and publish,
alias, revert and publish, privacy, the admin API. The setup (`content.inrichting`) gives no group
'publish'; this module closes the rest, for superusers too:

- `content.models.workflow.VierOgenPermissionTester` answers Wagtail's permission questions for
  every page of the portal (`permissions_for_user` on the page models). Every admin path asks it,
  and so do Wagtail's publish, unpublish, move, copy and alias actions themselves.
- `mag_goedkeuren` says who may approve; `content.models.workflow.VierOgenTask` asks it.
- `goedgekeurd_publiceren` is the workflow's last step (`WAGTAIL_FINISH_WORKFLOW_ACTION`): the only
  code that publishes on a person's behalf, and only what a second member approved.

Going offline is a change too: it goes through the same workflow, as an expiry date
(`expire_at`) in the approved version; `offline_halen_controleren` keeps live pages from being left
under a page that goes offline.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from portal.roles import Role, has_role

# No import of wagtail.models here: Wagtail imports `goedgekeurd_publiceren` (a setting) while it
# defines its own models.


def auteurs_sinds_publicatie(page) -> set[int]:
    """Who wrote the versions of `page` that are not live yet (all of them for a new page)."""
    revisions = page.revisions.exclude(user=None)
    if page.live_revision_id:
        revisions = revisions.filter(pk__gt=page.live_revision_id)
    return set(revisions.values_list("user_id", flat=True))


def mag_goedkeuren(user, workflow_state) -> bool:
    """Rule 'vier ogen': a change is approved by a kerngroep member who neither asked for it nor
    wrote any part of what would go live. Superusers are held to it too."""
    if not has_role(user, Role.KERNGROEP) or workflow_state.requested_by_id == user.pk:
        return False
    return user.pk not in auteurs_sinds_publicatie(workflow_state.content_object)


def goedgekeurd_publiceren(workflow_state, user=None) -> None:
    """The last step of an approved workflow (`WAGTAIL_FINISH_WORKFLOW_ACTION`): publish the version
    the second member approved.

    Checked again here, because this is the only code that publishes for a person: the approval
    must come from the 'vier ogen' task and meet its rule, and be of the latest version (with
    `WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT` a later edit starts the task again).
    """
    from content.models.workflow import VierOgenTask  # the task is a model; this module is not

    task_state = workflow_state.current_task_state
    revision = workflow_state.content_object.get_latest_revision()
    if (
        task_state is None
        or task_state.status != task_state.STATUS_APPROVED
        or not isinstance(task_state.task.specific, VierOgenTask)
        or task_state.finished_by is None
        or not mag_goedkeuren(task_state.finished_by, workflow_state)
        or revision is None
        or revision.pk != task_state.revision_id
    ):
        raise PermissionDenied(_("Alleen een goedkeuring door een tweede kerngroeplid publiceert."))
    revision.publish(user=user, skip_permission_checks=True)


def offline_halen_controleren(page, expire_at) -> None:
    """Going offline: a page goes offline only after the pages below it.

    Wagtail keeps serving live pages below a page that is no longer live, so the manual would
    keep pages readers cannot find from the contents.
    """
    if expire_at and page.pk and page.get_descendants().live().exists():
        raise ValidationError(
            _("Haal eerst de onderliggende pagina's offline; daarna kan deze pagina offline.")
        )
