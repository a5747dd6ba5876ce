"""Menu items in the Wagtail admin that show only to whom may open the screen behind them.

Wagtail's model viewsets hide their menu item from users without a permission on the model; a
screen without a model of its own (a `ViewSet`) does not, so it uses `RechtViewSet`: one
permission decides both whether the menu item shows and whether its views open.
"""

from django.contrib.auth.decorators import permission_required
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet


class RechtMenuItem(MenuItem):
    """A menu item shown only to whom holds `permission`."""

    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class RechtViewSet(ViewSet):
    """A screen without a model: its menu item needs `permission`, and so do views wrapped in
    `met_recht` (a request without it gets 403)."""

    permission: str = ""

    def get_menu_item(self, order=None):
        return RechtMenuItem(
            label=self.menu_label,
            url=self.menu_url,
            name=self.menu_name,
            icon_name=self.menu_icon,
            order=self.get_menu_item_order(order),
            permission=self.permission,
        )

    def met_recht(self, view):
        return permission_required(self.permission, raise_exception=True)(view)
