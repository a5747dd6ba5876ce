"""Which fields of the case record hold text: found by walking the models, not by a list.

A field counts as text unless it is a number, date, time, boolean, uuid or relation: so a
new CharField, TextField, JSONField, FileField or anything stranger is text until someone
declares it. A text field is free text (which must be encrypted) unless it has choices (a
code from a fixed list) or is named below as not personal, with the reason.
"""

from django.apps import apps
from django.db import models

GEEN_TEKST = (
    models.BooleanField,
    models.IntegerField,
    models.DecimalField,
    models.FloatField,
    models.DateField,  # DateTimeField too
    models.TimeField,
    models.DurationField,
    models.UUIDField,
)

NIET_PERSOONLIJK = {
    ("Traject", "code"): "the pseudonymous code, what URLs, audit and search use",
    ("Traject", "gestart_in_schooljaar"): "a school year like 2024-2025: what the reach figures count",
    ("Groepstraining", "code"): "the pseudonymous code of a group",
    ("Identiteit", "versleuteld"): "already one Fernet token: the identity (trajecten.versleuteling)",
    ("Aanmelding", "klachten"): "codes from the fixed list Klacht (a JSON list of choice values)",
    ("Bijeenkomst", "thema"): "the programme's theme of the week, set by the planner (content.programma)",
    ("Bijlage", "bestand"): "a random file name (bijlage_pad); the uploaded name is never kept",
    ("Bijlage", "content_type"): "the file type the form found in the content",
    ("AuditRegel", "rol"): "a role name",
    ("AuditRegel", "actie"): "an action code",
    ("AuditRegel", "code"): "the trajectory's pseudonymous code",
    ("AuditRegel", "velden"): "field names, never values",
    ("AuditRegel", "vorige_hash"): "a SHA-256 of the previous audit row (trajecten.auditketen)",
    ("AuditRegel", "hash"): "a SHA-256 of this row and the previous hash (trajecten.auditketen)",
}


def tekstvelden():
    """Every text field of every model of `trajecten`, as (model, field)."""
    for model in apps.get_app_config("trajecten").get_models():
        for veld in model._meta.concrete_fields:
            if veld.is_relation or veld.primary_key or isinstance(veld, GEEN_TEKST):
                continue
            yield model, veld


def vrije_tekst():
    """The text fields that are free text: what a person types about a pupil."""
    return [
        (model, veld)
        for model, veld in tekstvelden()
        if not veld.choices and (model.__name__, veld.name) not in NIET_PERSOONLIJK
    ]
