"""The dashboard: one page per person, built from panels the apps contribute.

A feature app registers panels in its `wagtail_hooks.py`:

    @hooks.register(DASHBOARD_PANELS_HOOK)
    def licence_panels():
        return [DashboardPanel(...)]

so `portal` never imports a feature app, and a role sees only its panels.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.http import HttpRequest
from django.template.loader import render_to_string
from wagtail import hooks

from portal.roles import Role, roles_of

DASHBOARD_PANELS_HOOK = "refit_dashboard_panels"


@dataclass(frozen=True)
class DashboardPanel:
    key: str
    title: str
    template_name: str
    roles: frozenset[Role]
    order: int = 100
    get_context: Callable[[HttpRequest], dict] = field(default=lambda request: {})

    def is_shown_to(self, user) -> bool:
        return bool(self.roles & roles_of(user))


@dataclass(frozen=True)
class RenderedPanel:
    panel: DashboardPanel
    html: str


def panels_for(request: HttpRequest) -> list[RenderedPanel]:
    """The panels this user's roles may see, in order, rendered with their own context."""
    panels = [
        panel
        for hook in hooks.get_hooks(DASHBOARD_PANELS_HOOK)
        for panel in hook()
        if panel.is_shown_to(request.user)
    ]
    panels.sort(key=lambda panel: (panel.order, panel.key))
    return [
        RenderedPanel(
            panel,
            render_to_string(
                panel.template_name, {"panel": panel, **panel.get_context(request)}, request=request
            ),
        )
        for panel in panels
    ]
