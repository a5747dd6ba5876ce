"""Key rotation: everything encrypted put under the newest key, and the check that it is.

Rotating (docs/deployment.md, 'Sleutels wisselen'): the new key goes first in
REFIT_IDENTITEIT_SLEUTELS, `manage.py opnieuw_versleutelen` runs this, `--controleren` says
nothing is left under an old key, and only then the old key is removed.
"""

from django.apps import apps
from django.db import models, transaction
from django.db.models.functions import Cast

from trajecten.models import Identiteit
from trajecten.models.versleutelde_tekst import VersleuteldeTekst
from trajecten.versleuteling import onder_nieuwste_sleutel, opnieuw_versleutelen

PARTIJ = 500


def versleutelde_velden() -> list[tuple[type[models.Model], list[str]]]:
    """Every model of the app with encrypted text, and those fields: found by their type."""
    gevonden = []
    for model in apps.get_app_config("trajecten").get_models():
        velden = [v.name for v in model._meta.concrete_fields if isinstance(v, VersleuteldeTekst)]
        if velden:
            gevonden.append((model, velden))
    return gevonden


def _in_partijen(queryset, partij: int):
    """The rows by increasing pk, `partij` at a time, each batch read fresh (keyset, no offsets)."""
    laatste = None
    while True:
        rijen = queryset.order_by("pk")
        if laatste is not None:
            rijen = rijen.filter(pk__gt=laatste)
        rijen = list(rijen[:partij])
        if not rijen:
            return
        yield rijen
        laatste = rijen[-1].pk


def alles_opnieuw_versleutelen(*, partij: int = PARTIJ) -> dict[str, int]:
    """Every identity and every encrypted text again, under the first key; rows per model.

    A batch is one transaction: an interruption leaves every row readable (with both keys still
    configured), and running again finishes the job.
    """
    aantallen = {}
    for rijen in _in_partijen(Identiteit.objects.only("pk", "versleuteld"), partij):
        for rij in rijen:
            rij.versleuteld = opnieuw_versleutelen(rij.versleuteld)
        with transaction.atomic():
            Identiteit.objects.bulk_update(rijen, ["versleuteld"])
        aantallen["Identiteit"] = aantallen.get("Identiteit", 0) + len(rijen)
    for model, velden in versleutelde_velden():
        # Read: decrypted with whichever key fits. Written: encrypted with the first key.
        for rijen in _in_partijen(model.objects.only("pk", *velden), partij):
            with transaction.atomic():
                model.objects.bulk_update(rijen, velden)
            aantallen[model.__name__] = aantallen.get(model.__name__, 0) + len(rijen)
    return aantallen


def niet_onder_nieuwste_sleutel() -> dict[str, int]:
    """Per field, how many stored values the first key alone cannot open: must be none before an
    old key is removed. Reads the tokens as stored, without decrypting them into objects."""
    velden = [(Identiteit, ["versleuteld"]), *versleutelde_velden()]
    oud = {}
    for model, namen in velden:
        for naam in namen:
            opgeslagen = model.objects.annotate(token=Cast(naam, output_field=models.TextField()))
            tokens = opgeslagen.values_list("token", flat=True).iterator()
            aantal = sum(1 for token in tokens if token and not onder_nieuwste_sleutel(token))
            if aantal:
                oud[f"{model.__name__}.{naam}"] = aantal
    return oud
