from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, PagePermissionTester

from content.vier_ogen import mag_goedkeuren
from portal.roles import Role, has_role


class VierOgenPermissionTester(PagePermissionTester):
    """Rule 'vier ogen' in the admin: drafts yes, anything that changes what is live no.

    Publishing, unpublishing, cancelling an approved schedule, privacy and the order of pages
    change what readers see at once, so nobody may do them here; the workflow publishes instead.
    Deleting and moving are allowed only where nothing is live (a draft, or a page taken offline
    through the workflow).
    """

    @cached_property
    def raakt_live(self) -> bool:
        return self.page.live or self.page.get_descendants().live().exists()

    def can_publish(self):
        return False

    def can_publish_subpage(self):
        return False

    def can_unpublish(self):
        return False

    def can_unschedule(self):
        return False

    def can_set_view_restrictions(self):
        return False

    def can_reorder_children(self):
        return False

    def can_delete(self, ignore_bulk=False):
        return not self.raakt_live and super().can_delete(ignore_bulk=ignore_bulk)

    def can_move_to(self, destination):
        return not self.raakt_live and super().can_move_to(destination)


class VierOgenPage:
    """Mixed into every page model of the portal: what is live changes only through the workflow."""

    def permissions_for_user(self, user):
        return VierOgenPermissionTester(user, self)

    def create_alias(self, *args, **kwargs):
        # An alias is a live copy that nobody approved. Wagtail makes one without asking anyone's
        # permission when it copies a page for translation (the admin API's copy_for_translation).
        raise PermissionDenied(
            gettext("Een alias zou live staan zonder goedkeuring; het portaal maakt er geen.")
        )


class VierOgenTask(AbstractGroupApprovalTask):
    """Rule 'vier ogen': a change to the portal's pages is approved by another kerngroep member than
    the one who asked for it or wrote it (see `content.vier_ogen`)."""

    def get_actions(self, obj, user):
        state = obj.current_workflow_state
        if state is None or not mag_goedkeuren(user, state):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and not mag_goedkeuren(user, task_state.workflow_state):
            # Only reached when a reviewer changes the page and presses 'Goedkeuren' in one go: the
            # editor saves the change before it acts. That change is new work, so the task starts
            # again on the new version, for another member to approve.
            task_state.cancel(user=user, resume=True)
            return
        super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not has_role(user, Role.KERNGROEP):
            return self.task_states.none()
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
        )

    @classmethod
    def get_description(cls):
        return _("Een ander kerngroeplid dan wie de wijziging indiende of eraan schreef, keurt haar goed.")

    class Meta:
        verbose_name = _("goedkeuring door een tweede kerngroeplid")
        verbose_name_plural = _("goedkeuringen door een tweede kerngroeplid")
