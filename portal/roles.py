"""Roles: who someone is in Re-Fit, and what that means for access.

A role is a Django group. Feature apps ask `has_role`; they never look at group
names themselves. 'Ervaren trainer' is not a role here: it follows from the
licence history (see the `licenties` app).
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    CURSIST = "cursist", _("Cursist")
    TRAINER = "trainer", _("Trainer")
    OPLEIDER = "opleider", _("Opleider")
    KERNGROEP = "kerngroep", _("Kerngroep")
    SCHOOLCONTACT = "schoolcontact", _("Schoolcontact")


# Group names are data in the database: fixed Dutch words, not translated labels.
GROUP_NAMES = {
    Role.CURSIST: "Cursist",
    Role.TRAINER: "Trainer",
    Role.OPLEIDER: "Opleider",
    Role.KERNGROEP: "Kerngroep",
    Role.SCHOOLCONTACT: "Schoolcontact",
}
ROLE_BY_GROUP_NAME = {name: role for role, name in GROUP_NAMES.items()}

# Permissions per role, as "app_label.codename". Feature apps add theirs through
# ROLE_PERMISSIONS_HOOK (a function returning {Role: [codes]}) in their wagtail_hooks.py.
ROLE_PERMISSIONS_HOOK = "refit_role_permissions"
ROLE_PERMISSIONS = {
    Role.KERNGROEP: [
        "wagtailadmin.access_admin",
        "portal.add_organisatie",
        "portal.change_organisatie",
        "portal.view_organisatie",
        "portal.add_uitnodiging",
        "portal.change_uitnodiging",
        "portal.view_uitnodiging",
        "portal.add_user",
        "portal.change_user",
        "portal.view_user",
        "portal.add_schoolvakantie",
        "portal.change_schoolvakantie",
        "portal.delete_schoolvakantie",
        "portal.view_schoolvakantie",
        # Mislukte taken: retrying a task that failed for good (portal.mislukte_taken).
        "django_tasks_database.change_dbtaskresult",
    ],
}

# Roles that can reach case records or manage other people's data.
ROLES_REQUIRING_MFA = frozenset({Role.KERNGROEP, Role.OPLEIDER, Role.TRAINER})


def roles_of(user) -> frozenset[Role]:
    """The roles of a user, read once per request object."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    cached = getattr(user, "_refit_roles", None)
    if cached is None:
        names = user.groups.values_list("name", flat=True)
        cached = frozenset(ROLE_BY_GROUP_NAME[n] for n in names if n in ROLE_BY_GROUP_NAME)
        user._refit_roles = cached
    return cached


def has_role(user, *roles: Role) -> bool:
    return bool(roles_of(user) & set(roles))


def role_q(*roles: Role) -> models.Q:
    """A filter on users for "has one of these roles", e.g. to offer only opleiders in a form."""
    return models.Q(groups__name__in=[GROUP_NAMES[role] for role in roles])


def grant_role(user, role: Role) -> None:
    """Give `user` a role (idempotent)."""
    from django.contrib.auth.models import Group

    user.groups.add(Group.objects.get(name=GROUP_NAMES[role]))
    user.__dict__.pop("_refit_roles", None)


def requires_mfa(user) -> bool:
    """Rule: kerngroep, opleiders and anyone who can open case records use two-step login.

    Superusers can do everything, so they are held to the same rule.
    """
    return user.is_authenticated and (user.is_superuser or has_role(user, *ROLES_REQUIRING_MFA))


def role_required(*roles: Role):
    """View decorator: anonymous visitors go to the login page, other roles get 403."""

    from django.contrib.auth.views import redirect_to_login

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not has_role(request.user, *roles):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def ensure_role_groups(**kwargs):
    """Create the role groups and give them exactly the permissions the code declares."""
    from django.contrib.auth.models import Group, Permission
    from wagtail import hooks

    declared = {role: list(codes) for role, codes in ROLE_PERMISSIONS.items()}
    for hook in hooks.get_hooks(ROLE_PERMISSIONS_HOOK):
        for role, codes in hook().items():
            declared.setdefault(role, []).extend(codes)
    for role, name in GROUP_NAMES.items():
        group, _created = Group.objects.get_or_create(name=name)
        wanted = [code.split(".", 1) for code in declared.get(role, [])]
        permissions = [
            p
            for app_label, codename in wanted
            for p in Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        ]
        group.permissions.set(permissions)
