from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portaal")

    def ready(self):
        from portal.roles import ensure_role_groups

        # Groups and their permissions follow the code, on every migrate. Not limited
        # to this app's signal: the permissions of later apps must exist first.
        post_migrate.connect(ensure_role_groups, dispatch_uid="portal.ensure_role_groups")
