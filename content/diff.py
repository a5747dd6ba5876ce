"""A readable comparison of two versions of a manual page, for trainers (not editors)."""

import difflib
import re

from django.db import models
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import expand_db_html

SKIPPED_FIELDS = {"wijzigingsnotitie", "seo_title", "search_description", "slug"}


def leestekst(page) -> list[tuple[str, str]]:
    """The readable text of a page as (field label, plain text) pairs, in field order."""
    parts = [("Titel", page.title)]
    for field in type(page)._meta.concrete_fields:
        if field.model is not type(page) or field.name in SKIPPED_FIELDS:
            continue
        value = getattr(page, field.name)
        if isinstance(field, StreamField):
            text = strip_tags(value.render_as_block()) if value else ""
        elif isinstance(field, RichTextField):
            text = strip_tags(expand_db_html(value or ""))
        elif isinstance(field, models.CharField | models.TextField) and not field.choices:
            text = value or ""
        else:
            continue
        text = re.sub(r"\s+", " ", text).strip()
        if text:
            parts.append((str(field.verbose_name).capitalize(), text))
    return parts


def woordverschil(oud: str, nieuw: str) -> str:
    """HTML with removed words in <del> and added words in <ins>; everything escaped."""
    oude, nieuwe = oud.split(), nieuw.split()
    out = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=oude, b=nieuwe, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(escape(" ".join(oude[a1:a2])))
            continue
        if a2 > a1:
            out.append(f"<del>{escape(' '.join(oude[a1:a2]))}</del>")
        if b2 > b1:
            out.append(f"<ins>{escape(' '.join(nieuwe[b1:b2]))}</ins>")
    return mark_safe(" ".join(out))  # noqa: S308 - every piece is escaped above


def vergelijking(oud_page, nieuw_page) -> list[dict]:
    """Per field: unchanged, changed (with a word diff), added or removed."""
    oud = dict(leestekst(oud_page)) if oud_page is not None else {}
    nieuw = dict(leestekst(nieuw_page))
    rows = []
    for label in list(nieuw) + [k for k in oud if k not in nieuw]:
        before, after = oud.get(label, ""), nieuw.get(label, "")
        if before == after:
            continue
        rows.append({"label": label, "html": woordverschil(before, after)})
    return rows
