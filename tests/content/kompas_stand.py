"""The content of the manual as plain values, to compare two databases (or two versions of the code).

Only what a reader or editor sees counts: the page tree (type, slug, title, live) and every content
field, with references written as the title of what they point to. Block ids, primary keys and dates
differ between runs and are left out.
"""

import hashlib
import json

from django.db import models
from wagtail.fields import StreamField
from wagtail.models import Page

from content.models import LotVerhaal, Materiaal

PAGE_FIELDS = {f.name for f in Page._meta.get_fields()}


def _zonder_ids(value, documenten):
    if isinstance(value, dict):
        if "type" in value and "value" in value and "id" in value:
            blok = value["value"]
            if value["type"] in {"werkblad", "document"} and isinstance(blok, dict):
                blok = {**blok, "document": documenten.get(blok.get("document"))}
            return {"type": value["type"], "value": _zonder_ids(blok, documenten)}
        return {k: _zonder_ids(v, documenten) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_zonder_ids(v, documenten) for v in value]
    return value


def kompas_stand() -> list:
    from wagtail.documents import get_document_model

    documenten = dict(get_document_model().objects.values_list("pk", "title"))
    stand = []
    for page in Page.objects.filter(depth__gt=1).order_by("path").specific():
        velden = {}
        for field in type(page)._meta.get_fields():
            if field.name in PAGE_FIELDS or field.auto_created or field.name.endswith("_ptr"):
                continue
            if isinstance(field, StreamField):
                velden[field.name] = _zonder_ids(list(getattr(page, field.name).raw_data), documenten)
            elif field.many_to_many:
                velden[field.name] = sorted(str(o) for o in getattr(page, field.name).all())
            elif isinstance(field, models.ForeignKey):
                velden[field.name] = str(getattr(page, field.name) or "")
            elif field.concrete:
                velden[field.name] = getattr(page, field.attname)
        stand.append([page.depth, type(page).__name__, page.slug, page.title, page.live, velden])
    lot = sorted([v.titel, v.tekst] for v in LotVerhaal.objects.all())
    materialen = sorted([m.slug, m.naam] for m in Materiaal.objects.all())
    return [stand, lot, materialen]


def vingerafdruk(stand) -> str:
    return hashlib.sha256(json.dumps(stand, sort_keys=True, default=str).encode()).hexdigest()


def aantallen() -> dict[str, int]:
    tellingen = {}
    for page in Page.objects.filter(depth__gt=1).specific():
        tellingen[type(page).__name__] = tellingen.get(type(page).__name__, 0) + 1
    tellingen["LotVerhaal"] = LotVerhaal.objects.count()
    tellingen["Materiaal"] = Materiaal.objects.count()
    return dict(sorted(tellingen.items()))
