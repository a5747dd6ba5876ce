"""Rule 'geen formule-injectie': text typed into the portal never becomes a formula in an export.

Names, organisations and themes that start like a formula (`=`, `+`, `-`, `@`, tab, CR) are
prefixed with `'` in every CSV and XLSX (portal/exports.py), and the text itself stays readable.
"""

import csv
import io
from datetime import date

import openpyxl
import pytest
from django.db import transaction
from hypothesis import given, settings
from hypothesis import strategies as st

from licenties.models import DagAanmelding
from portal.exports import FORMULE_BEGIN, STUURTEKENS, celwaarde
from portal.models import Lidmaatschap
from tests.licenties.factories import LicentieFactory, ProfessionaliseringsdagFactory
from tests.portal.factories import OrganisatieFactory, UserFactory
from tests.security.hostile import strategies as s
from tests.security.hostile.telling import tel
from tests.security.world import client_voor
from tests.trajecten import factories as f

pytestmark = pytest.mark.django_db


def opgeslagen(tekst: str, lengte: int) -> str:
    """What a form would let through to the database: no NUL (forms refuse it), at most `lengte`."""
    return tekst.replace("\x00", "")[:lengte] or "x"


FORMULE = st.one_of(
    st.sampled_from(s.FORMULES),
    st.tuples(st.sampled_from(FORMULE_BEGIN), s.tekst(30)).map("".join),
    s.tekst(40),
)


def cellen_van_csv(tekst: str, delimiter: str = ",") -> list[str]:
    # newline="": a CR LF inside a quoted cell is part of the cell, not a line end.
    return [cel for rij in csv.reader(io.StringIO(tekst, newline=""), delimiter=delimiter) for cel in rij]


def regeleinden_gelijk(tekst: str) -> str:
    return tekst.replace("\r\n", "\n").replace("\r", "\n")


def cellen_van_xlsx(inhoud: bytes) -> list:
    blad = openpyxl.load_workbook(io.BytesIO(inhoud)).active
    return [cel.value for rij in blad.iter_rows() for cel in rij]


def geen_formules(cellen, naam: str) -> None:
    for cel in cellen:
        if isinstance(cel, str):
            assert not cel.startswith(FORMULE_BEGIN), f"{naam}: cel {cel!r} begint als een formule"


def streaming(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@given(st.one_of(FORMULE, s.tekst(), st.integers(), st.dates(), st.none()))
def test_a_cell_value_turns_no_text_into_a_formula_and_keeps_the_text_readable(waarde):
    uit = celwaarde(waarde)
    if isinstance(waarde, str):
        leesbaar = STUURTEKENS.sub("", waarde)
        assert not uit.startswith(FORMULE_BEGIN)
        assert not STUURTEKENS.search(uit)
        assert uit in (leesbaar, f"'{leesbaar}")
    else:
        assert uit is waarde


def test_the_licence_overview_in_csv_and_xlsx_holds_no_formulas():
    kerngroep = client_voor(UserFactory(roles=["kerngroep"]))

    @settings(max_examples=5)
    @given(voornaam=FORMULE, organisatie=FORMULE)
    def export(voornaam, organisatie):
        with transaction.atomic():
            houder = UserFactory(roles=["trainer"], first_name=opgeslagen(voornaam, 150), last_name="-1")
            org = OrganisatieFactory(naam=opgeslagen(organisatie, 200))
            Lidmaatschap.objects.create(user=houder, organisatie=org)
            LicentieFactory(houder=houder)
            for formaat, lezen in (("csv", lambda b: cellen_van_csv(b.decode())), ("xlsx", cellen_van_xlsx)):
                response = kerngroep.get("/admin/licenties/", {"export": formaat})
                assert response.status_code == 200
                cellen = lezen(streaming(response))
                geen_formules(cellen, f"licenties.{formaat}")
                # XML (XLSX) stores a CR LF inside a cell as LF: compare with line ends made alike.
                naam = regeleinden_gelijk(celwaarde(houder.get_full_name()))
                assert naam in [regeleinden_gelijk(cel) for cel in cellen if isinstance(cel, str)]
                tel(f"export: licentieoverzicht ({formaat})", geweigerd=False)
            transaction.set_rollback(True)

    export()


def test_the_attendance_list_of_a_day_in_csv_and_xlsx_holds_no_formulas():
    kerngroep = client_voor(UserFactory(roles=["kerngroep"]))
    dag = ProfessionaliseringsdagFactory(datum=date(2026, 3, 1))

    @settings(max_examples=5)
    @given(voornaam=FORMULE, achternaam=FORMULE)
    def export(voornaam, achternaam):
        with transaction.atomic():
            user = UserFactory(first_name=opgeslagen(voornaam, 150), last_name=opgeslagen(achternaam, 150))
            DagAanmelding.objects.create(dag=dag, user=user, status="geplaatst")
            url = f"/admin/professionaliseringsdagen/aanwezigheid/{dag.pk}/"
            for formaat, lezen in (("csv", lambda b: cellen_van_csv(b.decode())), ("xlsx", cellen_van_xlsx)):
                response = kerngroep.get(url, {"export": formaat})
                assert response.status_code == 200
                geen_formules(lezen(streaming(response)), f"aanwezigheid.{formaat}")
                tel(f"export: aanwezigheid dag ({formaat})", geweigerd=False)
            transaction.set_rollback(True)

    export()


def test_the_bereik_csv_holds_no_formulas_from_organisation_names():
    kerngroep = client_voor(UserFactory(roles=["kerngroep"]))

    @settings(max_examples=5)
    @given(naam=FORMULE)
    def export(naam):
        with transaction.atomic():
            school = f.school(naam=opgeslagen(naam, 200))
            f.TrajectFactory(school=school, gestart_in_schooljaar="2024-2025", met_identiteit=False)
            response = kerngroep.get("/trajecten/bereik.csv")
            assert response.status_code == 200
            cellen = cellen_van_csv(response.content.decode(), delimiter=";")
            geen_formules(cellen, "bereik.csv")
            assert any(celwaarde(school.naam) in cel for cel in cellen)
            tel("export: bereik.csv", geweigerd=False)
            transaction.set_rollback(True)

    export()
