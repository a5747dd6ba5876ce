from django.contrib.auth import get_user_model
from django_tasks import task

from content.toegang import LEZERS
from portal.roles import GROUP_NAMES


@task()
def kompas_updates_versturen() -> int:
    """Daily: every reader of the manual gets one mail with what changed (unless they opted out)."""
    from content.services import updates_mailen

    lezers = (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=[GROUP_NAMES[r] for r in LEZERS])
        .distinct()
        .order_by("pk")
    )
    return sum(updates_mailen(user=user) for user in lezers)
