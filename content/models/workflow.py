from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


class VierOgenTask(AbstractGroupApprovalTask):
    """Rule 'vier ogen': a change to the manual is approved by another kerngroep member than its author."""

    def _is_author(self, obj, user) -> bool:
        state = getattr(obj, "current_workflow_state", None)
        return state is not None and state.requested_by_id == user.pk

    def get_actions(self, obj, user):
        if self._is_author(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
        )

    @classmethod
    def get_description(cls):
        return _("Een ander lid van de gekozen groepen dan de indiener keurt de wijziging goed.")

    class Meta:
        verbose_name = _("goedkeuring door een tweede kerngroeplid")
        verbose_name_plural = _("goedkeuringen door een tweede kerngroeplid")
