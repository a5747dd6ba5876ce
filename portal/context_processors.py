from django.urls import resolve
from django.urls.exceptions import Resolver404

from portal.navigation import menu_for
from portal.roles import requires_mfa, roles_of


def navigation(request):
    """The menu and roles of the person looking, for the base layout.

    Worked out once per request: the dashboard renders each of its panels with the request's
    context too.
    """
    if not hasattr(request, "_navigatie"):
        request._navigatie = _navigatie(request)
    return request._navigatie


def _navigatie(request):
    try:
        # view_name includes the namespace ("cursus:mijn_cursus"), as menu items name their URL.
        current = resolve(request.path_info).view_name
    except Resolver404:
        current = None
    user = getattr(request, "user", None)
    if user is None:
        return {}
    return {
        "menu_items": menu_for(user),
        "current_url_name": current,
        "user_roles": sorted(roles_of(user), key=lambda role: role.label),
        "requires_mfa": requires_mfa(user),
    }
