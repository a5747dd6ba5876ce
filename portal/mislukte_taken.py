"""The kerngroep's list of background tasks that failed for good (e.g. a mail after its last attempt).

A failed task keeps its name, time, the exception's type and its arguments (ids only, never
names: see `docs/principles.md`), for 30 days (`portal.tasks.prune_task_results`). Nothing is
lost silently: a mail that could not be sent is here, and its outbox row
(`portal.UitgaandeMail`) stays unsent.
Once the cause is fixed, 'Opnieuw proberen' queues the task again
(`portal.taken.mislukte_taak_opnieuw_inplannen`); the mail tasks then send what is still unsent.

Who may retry a failed task (`RECHT`, the kerngroep's) sees the menu item and opens the screen,
like every other admin screen (`portal.admin_menu`).
"""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_tasks_db.models import DBTaskResult
from wagtail.admin.ui.tables import BaseColumn, Column, DateColumn
from wagtail.admin.views.reports import ReportView

from portal.admin_menu import RechtMenuItem
from portal.taken import mislukte_taak_opnieuw_inplannen

# Retrying changes a task result; seeing the list is part of that work.
RECHT = "django_tasks_database.change_dbtaskresult"


class FoutColumn(Column):
    """Only the exception's type: messages can hold addresses or paths."""

    def get_value(self, instance):
        return instance.exception_class_path.rsplit(".", 1)[-1]


class OpnieuwProberenColumn(BaseColumn):
    """A plain form per row: the admin's CSP allows no inline script."""

    cell_template_name = "portal/admin/opnieuw_proberen_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        # The cell is rendered without the request's context processors: hand it the token.
        context["csrf_token"] = get_token(parent_context["request"])
        return context


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
        OpnieuwProberenColumn("opnieuw", label=_("Actie")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(RECHT):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return DBTaskResult.objects.failed().order_by("-finished_at")


@permission_required(RECHT, raise_exception=True)
@require_POST
def opnieuw_proberen(request, pk):
    """Queue one failed task again; it leaves the list."""
    resultaat = get_object_or_404(DBTaskResult.objects.failed(), pk=pk)
    try:
        mislukte_taak_opnieuw_inplannen(resultaat=resultaat, door=request.user)
    except ValidationError as fout:
        messages.error(request, " ".join(fout.messages))
    else:
        messages.success(
            request, _("Taak %(taak)s staat opnieuw in de wachtrij.") % {"taak": resultaat.task_name}
        )
    return redirect("mislukte_taken")


def admin_urls():
    return [
        path("rapporten/mislukte-taken/", MisluktetakenView.as_view(), name="mislukte_taken"),
        path(
            "rapporten/mislukte-taken/resultaten/",
            MisluktetakenView.as_view(results_only=True),
            name="mislukte_taken_results",
        ),
        path(
            "rapporten/mislukte-taken/<uuid:pk>/opnieuw/",
            opnieuw_proberen,
            name="mislukte_taak_opnieuw",
        ),
    ]


def menu_item():
    return RechtMenuItem(
        _("Mislukte taken"),
        reverse("mislukte_taken"),
        name="mislukte-taken",
        icon_name="warning",
        order=1200,
        permission=RECHT,
    )
