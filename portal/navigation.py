"""The main menu: each app contributes its items, each item names the roles that see it."""

from dataclasses import dataclass

from django.urls import reverse
from wagtail import hooks

from portal.roles import Role, roles_of

MENU_ITEMS_HOOK = "refit_menu_items"


@dataclass(frozen=True)
class MenuItem:
    label: str
    url_name: str
    roles: frozenset[Role] | None = None  # None: everybody who is logged in
    order: int = 100

    @property
    def url(self) -> str:
        return reverse(self.url_name)

    def is_shown_to(self, user) -> bool:
        if user.is_superuser and self.roles and Role.KERNGROEP in self.roles:
            return True
        return self.roles is None or bool(self.roles & roles_of(user))


def menu_for(user) -> list[MenuItem]:
    if not user.is_authenticated:
        return []
    items = [item for hook in hooks.get_hooks(MENU_ITEMS_HOOK) for item in hook()]
    return sorted((i for i in items if i.is_shown_to(user)), key=lambda i: (i.order, i.label))
