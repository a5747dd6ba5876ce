"""'Download mijn gegevens': everything the portal keeps about one person, as JSON, for that person.

`portal` collects the account itself (name, e-mail address, roles, organisations); each feature
app adds its own sections in its `wagtail_hooks.py`:

    @hooks.register(EIGEN_GEGEVENS_HOOK)
    def licenties_eigen_gegevens(user):
        return {"licenties": [...]}

so `portal` never imports a feature app. A section holds only what is about the person
themselves: never pupil data (trajectories are about pupils, not the trainer) and never other
people (who assessed, admitted or recorded something is left out; only the date stays).
"""

import logging
from typing import Any

from django.db import models
from django.utils import timezone
from wagtail import hooks
from wagtail.log_actions import log

from portal.roles import roles_of

EIGEN_GEGEVENS_HOOK = "refit_eigen_gegevens"
ACTIE_GEDOWNLOAD = "portal.account.gegevens_gedownload"

logger = logging.getLogger(__name__)


def velden(instance: models.Model, namen: list[str]) -> dict[str, Any]:
    """The named fields of `instance`, choices as their label, ready for JSON."""
    waarden = {}
    for naam in namen:
        veld = instance._meta.get_field(naam)
        waarde = getattr(instance, naam)
        if getattr(veld, "choices", None) and waarde not in (None, ""):
            waarde = str(getattr(instance, f"get_{naam}_display")())
        elif isinstance(veld, models.FileField):
            waarde = bool(waarde)
        waarden[naam] = waarde
    return waarden


def account_gegevens(user) -> dict[str, Any]:
    """The account section, kept by `portal` itself."""
    return {
        "account": {
            **velden(user, ["email", "first_name", "last_name", "is_active", "date_joined", "last_login"]),
            "rollen": sorted(str(role.label) for role in roles_of(user)),
        },
        "organisaties": [
            {
                "organisatie": lid.organisatie.naam,
                "soort": lid.organisatie.get_soort_display(),
                "regio": lid.organisatie.get_regio_display(),
                "is_coordinator": lid.is_coordinator,
            }
            for lid in user.lidmaatschappen.select_related("organisatie").order_by("organisatie__naam")
        ],
    }


def eigen_gegevens(user) -> dict[str, Any]:
    """Everything about `user`: the account, then each app's sections in hook order."""
    gegevens = {"gemaakt_op": timezone.now(), **account_gegevens(user)}
    for hook in hooks.get_hooks(EIGEN_GEGEVENS_HOOK):
        gegevens.update(hook(user))
    return gegevens


def eigen_gegevens_downloaden(*, user) -> dict[str, Any]:
    """The export for `user`, with an audit entry (by id only) that they downloaded it."""
    gegevens = eigen_gegevens(user)
    log(user, ACTIE_GEDOWNLOAD, user=user, title=f"gebruiker {user.pk}")
    logger.info("Eigen gegevens gedownload door gebruiker %s", user.pk)
    return gegevens
