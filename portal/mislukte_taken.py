"""The kerngroep's list of background tasks that failed for good (e.g. a mail after its last attempt).

A failed task keeps its name, time, the exception's type and its arguments (ids only, never
names: see `docs/principles.md`), for 30 days (`portal.tasks.prune_task_results`). Nothing is
lost silently: a mail that could not be sent is here, and its `…Melding` record stays unsent.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from portal.roles import Role, has_role


class FoutColumn(Column):
    """Only the exception's type: messages can hold addresses or paths."""

    def get_value(self, instance):
        return instance.exception_class_path.rsplit(".", 1)[-1]


class MisluktetakenView(ReportView):
    page_title = _("Mislukte taken")
    header_icon = "warning"
    index_url_name = "mislukte_taken"
    index_results_url_name = "mislukte_taken_results"
    columns = [
        Column("task_name", label=_("Taak")),
        DateColumn("finished_at", label=_("Mislukt op")),
        FoutColumn("exception_class_path", label=_("Fout")),
        Column("args_kwargs", label=_("Kenmerken")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not has_role(request.user, Role.KERNGROEP):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return DBTaskResult.objects.failed().order_by("-finished_at")


class MisluktetakenMenuItem(MenuItem):
    def is_shown(self, request):
        return has_role(request.user, Role.KERNGROEP)


def admin_urls():
    return [
        path("rapporten/mislukte-taken/", MisluktetakenView.as_view(), name="mislukte_taken"),
        path(
            "rapporten/mislukte-taken/resultaten/",
            MisluktetakenView.as_view(results_only=True),
            name="mislukte_taken_results",
        ),
    ]


def menu_item():
    return MisluktetakenMenuItem(
        _("Mislukte taken"), reverse("mislukte_taken"), name="mislukte-taken", icon_name="warning", order=1200
    )
