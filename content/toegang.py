"""Who may read the trainerskompas: one home for the rule and for the page restriction."""

from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from portal.roles import GROUP_NAMES, Role, has_role

LEZERS = (Role.CURSIST, Role.TRAINER, Role.OPLEIDER, Role.KERNGROEP)


def mag_kompas_lezen(user) -> bool:
    """Rule: the manual is for cursisten, trainers, opleiders and the kerngroep, logged in."""
    return user.is_authenticated and (user.is_superuser or has_role(user, *LEZERS))


def kompas_afschermen(kompas) -> PageViewRestriction:
    """Put the manual (and with it every page below) behind Wagtail's group privacy."""
    restriction, _created = PageViewRestriction.objects.get_or_create(
        page=kompas, defaults={"restriction_type": PageViewRestriction.GROUPS}
    )
    if restriction.restriction_type != PageViewRestriction.GROUPS:
        restriction.restriction_type = PageViewRestriction.GROUPS
        restriction.save()
    restriction.groups.set(Group.objects.filter(name__in=[GROUP_NAMES[r] for r in LEZERS]))
    return restriction
