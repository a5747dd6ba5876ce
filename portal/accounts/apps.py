from wagtail.users.apps import WagtailUsersAppConfig


class UsersAppConfig(WagtailUsersAppConfig):
    """`wagtail.users` with the portal's user screens (`portal.accounts.beheer`): only a superuser
    makes a superuser. Replaces `wagtail.users` in INSTALLED_APPS."""

    user_viewset = "portal.accounts.beheer.UserViewSet"
