"""Promise 'versleutelde dossiertekst': every free text of a case record is encrypted at rest, under
the identity's keys, and stays readable through a key rotation.

The dump itself is read in `test_dossiertekst_in_dump.py` (PostgreSQL).
"""

import re
import sys
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.core.exceptions import FieldError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.trajecten import factories as f
from tests.trajecten.dossiertekst import NIET_PERSOONLIJK, tekstvelden, vrije_tekst
from trajecten.models import Aanmelding, Eindverslag, Identiteit, Traject
from trajecten.models.versleutelde_tekst import VersleuteldeTekst
from trajecten.versleuteling import OntsleutelenMislukt

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)


def test_every_text_field_of_a_case_record_is_encrypted_or_not_personal():
    onversleuteld = [
        f"{m.__name__}.{v.name}" for m, v in vrije_tekst() if not isinstance(v, VersleuteldeTekst)
    ]

    assert onversleuteld == [], "free text stored readable; use VersleuteldeTekst or declare it non-personal"
    # The declaration names real fields, and none of them is encrypted text after all.
    velden = {(m.__name__, v.name): v for m, v in tekstvelden()}
    assert set(NIET_PERSOONLIJK) <= set(velden), set(NIET_PERSOONLIJK) - set(velden)
    assert not [k for k in NIET_PERSOONLIJK if isinstance(velden[k], VersleuteldeTekst)]
    assert len(vrije_tekst()) >= 25


def _opgeslagen(model, veld: str, pk) -> str:
    """The value as the database holds it, past the ORM."""
    with connection.cursor() as cursor:
        kolom = connection.ops.quote_name(model._meta.get_field(veld).column)
        cursor.execute(f"SELECT {kolom} FROM {model._meta.db_table} WHERE id = %s", [pk])  # noqa: S608
        return cursor.fetchone()[0]


def test_free_text_is_a_token_in_the_database_and_text_in_python():
    traject = f.TrajectFactory()
    aanmelding = traject.aanmelding

    opgeslagen = _opgeslagen(Aanmelding, "reden", aanmelding.pk)

    assert "buikpijn" not in opgeslagen and opgeslagen.startswith("gAAAAA")  # a Fernet token
    assert Aanmelding.objects.get(pk=aanmelding.pk).reden == f.AANMELDING["reden"]
    assert _opgeslagen(Aanmelding, "klachten_anders", aanmelding.pk) == ""  # empty stays empty


def test_the_database_neither_searches_nor_sorts_in_encrypted_text():
    f.TrajectFactory()

    with pytest.raises(FieldError):
        list(Aanmelding.objects.filter(reden=f.AANMELDING["reden"]))
    with pytest.raises(FieldError):
        list(Aanmelding.objects.filter(reden__icontains="buikpijn"))
    assert Aanmelding.objects.filter(reden__isnull=False).count() == 1


def test_searching_the_list_of_trajecten_goes_by_code_not_by_text(school, ingelogd_als):
    coordinator = f.trainer(organisatie=school, coordinator=True)
    traject = f.TrajectFactory(school=school)
    client = ingelogd_als(coordinator)

    op_code = client.get("/trajecten/", {"q": traject.code[2:5]})
    op_tekst = client.get("/trajecten/", {"q": "buikpijn"})

    assert traject.code in op_code.text
    assert op_tekst.status_code == 200 and traject.code not in op_tekst.text


def _versleutelde_namen() -> set[str]:
    return {v.name for _m, v in vrije_tekst()}


def _eindveld(model, pad: str):
    """The field an ordering like '-traject__aanmelding__reden' ends on, or None."""
    for deel in pad.lstrip("-").split("__"):
        try:
            veld = model._meta.get_field(deel)
        except Exception:
            return None
        model = veld.related_model or model
    return veld


def test_nothing_sorts_or_filters_in_the_database_on_encrypted_text():
    """A token cannot be ordered or compared: no model's ordering, and no query in the code, uses one."""
    from django.apps import apps

    for model in apps.get_models():
        for pad in model._meta.ordering:
            if isinstance(pad, str):
                assert not isinstance(_eindveld(model, pad), VersleuteldeTekst), (model, pad)

    namen = "|".join(sorted(_versleutelde_namen()))
    vergelijken = r"(i?exact|i?contains|i?startswith|i?endswith|in|gte?|lte?|i?regex|search|range)"
    patronen = [
        # order_by("…notities"), ordering = ["-reden"], search_fields = ("toelichting",) …
        re.compile(
            rf"(order_by|ordering|search_fields|list_filter|sort_by)\b[^\n]*['\"]-?(\w+__)*({namen})['\"]"
        ),
        # filter(reden=…), exclude(traject__aanmelding__reden__icontains=…), Q(huiswerk=…) …
        re.compile(rf"\b(filter|exclude|get|Q)\((?:[^()]*,\s*)?(\w+__)*({namen})(__{vergelijken})?\s*="),
        re.compile(rf"\b({namen})__{vergelijken}\b"),
    ]
    fout = ['qs.order_by("-notities")', 'x.exclude(status=1, reden__icontains="a")', "Q(huiswerk='')"]
    assert all(any(p.search(regel) for p in patronen) for regel in fout), "the grep must bite"
    gevonden = []
    for pad in ROOT.rglob("*.py"):
        delen = pad.relative_to(ROOT).parts
        if delen[0] in {".venv", "tests", "node_modules", "var"} or "migrations" in delen:
            continue
        for nummer, regel in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1):
            if any(p.search(regel) for p in patronen):
                gevonden.append(f"{pad.relative_to(ROOT)}:{nummer}: {regel.strip()}")
    assert gevonden == []


def _alle_tekst(traject) -> dict:
    traject = Traject.objects.get(pk=traject.pk)
    return {
        "identiteit": traject.identiteit.gegevens,
        "aanmelding": {v: getattr(traject.aanmelding, v) for v in ("reden", "plan_school", "klas")},
        "eindverslag": [(e.startsituatie, e.advies) for e in traject.eindverslagen.all()],
        "vervolgadvies": traject.vervolgadvies,
    }


def _met_tekst():
    traject = f.TrajectFactory(vervolgadvies="Naar de POH-GGZ.")
    Eindverslag.objects.create(
        traject=traject,
        versie=1,
        eindgesprek_op=date(2027, 3, 1),
        startsituatie="Vaak thuis.",
        ontwikkeling="Meer regie.",
        aandachtspunten_jongere="Pauzes.",
        aandachtspunten_ouders="Ritme.",
        aandachtspunten_school="Rustplek.",
        advies="Verder met de mentor.",
    )
    return traject


def test_key_change_encrypt_everything_again_old_key_gone_everything_readable(settings):
    oude = settings.REFIT_IDENTITEIT_SLEUTELS[0]
    trajecten = [_met_tekst() for _ in range(3)]
    voor = [_alle_tekst(t) for t in trajecten]
    nieuwe = Fernet.generate_key().decode()

    settings.REFIT_IDENTITEIT_SLEUTELS = [nieuwe, oude]  # 1. the new key first
    with pytest.raises(CommandError, match="oude sleutel"):
        call_command("opnieuw_versleutelen", "--controleren", stdout=StringIO())
    uitvoer = StringIO()
    call_command("opnieuw_versleutelen", "--partij", "2", stdout=uitvoer)  # 2. re-encrypt, 2 rows a batch
    call_command("opnieuw_versleutelen", "--controleren", stdout=StringIO())  # 3. nothing left under the old
    settings.REFIT_IDENTITEIT_SLEUTELS = [nieuwe]  # 4. the old key removed

    assert [_alle_tekst(t) for t in trajecten] == voor
    assert "Identiteit: 3 opnieuw versleuteld" in uitvoer.getvalue()
    assert "Eindverslag: 3 opnieuw versleuteld" in uitvoer.getvalue()
    settings.REFIT_IDENTITEIT_SLEUTELS = [oude]
    with pytest.raises(OntsleutelenMislukt):  # and the old key alone opens nothing any more
        Aanmelding.objects.get(traject=trajecten[0]).reden  # noqa: B018


def test_a_row_not_encrypted_again_fails_loudly_without_the_old_key(settings):
    oude = settings.REFIT_IDENTITEIT_SLEUTELS[0]
    nieuwe = Fernet.generate_key().decode()
    traject = _met_tekst()  # written under the old key, and never re-encrypted

    settings.REFIT_IDENTITEIT_SLEUTELS = [nieuwe, oude]
    with pytest.raises(CommandError, match=r"Aanmelding\.reden: 1"):
        call_command("opnieuw_versleutelen", "--controleren", stdout=StringIO())
    settings.REFIT_IDENTITEIT_SLEUTELS = [nieuwe]

    with pytest.raises(OntsleutelenMislukt, match=r"trajecten\.Aanmelding\.\w+ kan niet worden gelezen"):
        Aanmelding.objects.get(traject=traject)
    with pytest.raises(OntsleutelenMislukt):
        Eindverslag.objects.get(traject=traject)
    with pytest.raises(InvalidToken):
        Identiteit.objects.get(traject=traject).gegevens  # noqa: B018


def _migratie_versleutelen():
    """This branch's data migration, found by what it does (its name may be renumbered at merge)."""
    executor = MigrationExecutor(connection)
    (sleutel,) = [
        sleutel
        for sleutel, migratie in executor.loader.disk_migrations.items()
        if sleutel[0] == "trajecten" and hasattr(sys.modules[migratie.__module__], "versleutelen")
    ]
    (vorige,) = [d for d in executor.loader.graph.node_map[sleutel].parents if d.key[0] == "trajecten"]
    return sleutel, vorige.key


@pytest.mark.django_db(transaction=True)
def test_the_migration_encrypts_existing_rows_in_place_and_back():
    migratie, vorige = _migratie_versleutelen()
    executor = MigrationExecutor(connection)
    executor.migrate([vorige])
    try:
        oud = executor.loader.project_state([vorige]).apps
        school = f.school()
        traject = oud.get_model("trajecten", "Traject").objects.create(
            code="T-MIGRA", school_id=school.pk, uitvoerder_id=school.pk, vervolgadvies="Naar de POH-GGZ."
        )
        oud.get_model("trajecten", "Aanmelding").objects.create(
            traject_id=traject.pk,
            **{k: v for k, v in f.AANMELDING.items()},
        )

        executor = MigrationExecutor(connection)
        executor.migrate([migratie])
        # The models as this migration left them: later migrations add columns the current ones read.
        na = executor.loader.project_state([migratie]).apps
        Traject, Aanmelding = na.get_model("trajecten", "Traject"), na.get_model("trajecten", "Aanmelding")

        assert _opgeslagen(Traject, "vervolgadvies", traject.pk).startswith("gAAAAA")
        reden = _opgeslagen(Aanmelding, "reden", Aanmelding.objects.get(traject_id=traject.pk).pk)
        assert reden.startswith("gAAAAA") and "buikpijn" not in reden
        assert Aanmelding.objects.get(traject_id=traject.pk).reden == f.AANMELDING["reden"]
        assert Traject.objects.get(pk=traject.pk).vervolgadvies == "Naar de POH-GGZ."

        executor = MigrationExecutor(connection)
        executor.migrate([vorige])
        assert _opgeslagen(Traject, "vervolgadvies", traject.pk) == "Naar de POH-GGZ."
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
