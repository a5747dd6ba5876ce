"""The kerngroep's licence overview in the admin: filters, counts, export, speed, one licence, decisions."""

import csv
import io
from datetime import date, timedelta

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import ModelLogEntry

from licenties.models import Besluit, BesluitSoort, Licentie, LicentieStatus, Programma
from portal.models.organisaties import Regio
from tests.licenties.factories import LicentieFactory, bijgewoond
from tests.portal.factories import LidmaatschapFactory, OrganisatieFactory, UserFactory

pytestmark = pytest.mark.django_db

OVERZICHT = "/admin/licenties/"


def licentie(*, status, organisatie, programma=Programma.RE_FIT, behaald_op=None, nummer=None):
    """A licence whose stored status is `status` (the overview lists the stored status)."""
    houder = UserFactory(roles=["trainer"])
    LidmaatschapFactory(user=houder, organisatie=organisatie)
    velden = {"houder": houder, "programma": programma, "behaald_op": behaald_op or date(2025, 3, 1)}
    if nummer:
        velden["nummer"] = nummer
    lic = LicentieFactory(**velden)
    Licentie.objects.filter(pk=lic.pk).update(status=status)
    lic.refresh_from_db()
    return lic


@pytest.fixture
def licenties():
    noord = OrganisatieFactory(naam="Noorderlicht College", regio=Regio.NOORD)
    zuid = OrganisatieFactory(naam="Zuiderzon Lyceum", regio=Regio.ZUID)
    return {
        "noord_actief": licentie(status=LicentieStatus.ACTIEF, organisatie=noord, nummer="RF-2025-0001"),
        "noord_verlopen": licentie(
            status=LicentieStatus.VERLOPEN,
            organisatie=noord,
            behaald_op=date(2023, 5, 1),
            nummer="RF-2023-0001",
        ),
        "zuid_respijt": licentie(status=LicentieStatus.IN_RESPIJT, organisatie=zuid, nummer="RF-2025-0002"),
        "zuid_doit": licentie(
            status=LicentieStatus.VERLOOPT_BINNENKORT,
            organisatie=zuid,
            programma=Programma.RE_FIT_DO_IT,
            nummer="RFD-2025-0001",
        ),
        "noord": noord,
        "zuid": zuid,
    }


def nummers(response) -> set[str]:
    return {lic.nummer for lic in response.context["object_list"]}


def test_the_overview_lists_every_licence_with_holder_organisation_and_status(
    kerngroep, ingelogd_als, licenties
):
    response = ingelogd_als(kerngroep).get(OVERZICHT)

    assert response.status_code == 200
    assert nummers(response) == {"RF-2025-0001", "RF-2023-0001", "RF-2025-0002", "RFD-2025-0001"}
    houder = licenties["zuid_doit"].houder
    assert escape(houder.get_full_name()) in response.text
    assert "Zuiderzon Lyceum" in response.text and "Verloopt binnenkort" in response.text


@pytest.mark.parametrize(
    ("filter", "verwacht"),
    [
        ({"status": "verlopen"}, {"RF-2023-0001"}),
        ({"regio": "zuid"}, {"RF-2025-0002", "RFD-2025-0001"}),
        ({"programma": "re_fit_do_it"}, {"RFD-2025-0001"}),
        ({"jaar": "2023"}, {"RF-2023-0001"}),
        ({"regio": "noord", "status": "actief"}, {"RF-2025-0001"}),
    ],
)
def test_the_filters_narrow_the_list(kerngroep, ingelogd_als, licenties, filter, verwacht):
    assert nummers(ingelogd_als(kerngroep).get(OVERZICHT, filter)) == verwacht


def test_filtering_by_organisation_finds_the_holders_who_work_there(kerngroep, ingelogd_als, licenties):
    response = ingelogd_als(kerngroep).get(OVERZICHT, {"organisatie": licenties["noord"].pk})

    assert nummers(response) == {"RF-2025-0001", "RF-2023-0001"}


def test_the_counts_per_status_follow_the_other_filters_but_not_the_status_itself(
    kerngroep, ingelogd_als, licenties
):
    response = ingelogd_als(kerngroep).get(OVERZICHT, {"regio": "noord", "status": "actief"})

    tellingen = {regel["label"]: regel["aantal"] for regel in response.context["status_tellingen"]["regels"]}
    assert tellingen == {
        "Actief": 1,
        "Verloopt binnenkort": 0,
        "In respijt": 0,
        "Verlopen": 1,
        "Geschorst": 0,
        "Ingetrokken": 0,
    }
    assert response.context["status_tellingen"]["totaal"] == 2
    assert "Verlopen: <strong>1</strong>" in response.text
    assert 'aria-current="true">Actief' in response.text


def test_an_unknown_filter_value_gives_a_page_not_an_error(kerngroep, ingelogd_als, licenties):
    response = ingelogd_als(kerngroep).get(
        OVERZICHT, {"status": "onzin", "jaar": "abc", "organisatie": "999999"}
    )

    assert response.status_code == 200


def test_the_filtered_list_exports_as_csv(kerngroep, ingelogd_als, licenties):
    response = ingelogd_als(kerngroep).get(OVERZICHT, {"regio": "noord", "export": "csv"})

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="licenties.csv"'
    rijen = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [rij["Licentienummer"] for rij in rijen] == ["RF-2023-0001", "RF-2025-0001"]
    verlopen = rijen[0]
    assert verlopen["Houder"] == licenties["noord_verlopen"].houder.get_full_name()
    assert verlopen["Organisatie"] == "Noorderlicht College"
    assert verlopen["Regio"] == "Noord"
    assert verlopen["Status"] == "Verlopen"
    assert verlopen["Programma"] == "Re-Fit"
    assert verlopen["Behaald op"] == "2023-05-01"


def test_the_filtered_list_exports_as_xlsx(kerngroep, ingelogd_als, licenties):
    response = ingelogd_als(kerngroep).get(OVERZICHT, {"programma": "re_fit_do_it", "export": "xlsx"})

    assert response.status_code == 200
    blad = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    kop, *rijen = [[cel.value for cel in rij] for rij in blad.iter_rows()]
    assert kop == [
        "Licentienummer",
        "Houder",
        "Organisatie",
        "Regio",
        "Programma",
        "Status",
        "Geldig tot en met",
        "Behaald op",
    ]
    assert len(rijen) == 1
    assert (
        rijen[0][0] == "RFD-2025-0001"
        and rijen[0][4] == "Re-Fit Do-It"
        and rijen[0][5] == "Verloopt binnenkort"
    )
    assert str(rijen[0][7])[:10] == "2025-03-01"


def aantal_queries(client, **params) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(OVERZICHT, params)
        assert response.status_code == 200
        if response.streaming:
            b"".join(response.streaming_content)
    return len(queries)


def test_the_overview_uses_the_same_number_of_queries_for_3_or_30_licences(
    kerngroep, ingelogd_als, django_assert_max_num_queries
):
    client = ingelogd_als(kerngroep)
    organisatie = OrganisatieFactory(regio=Regio.MIDDEN)
    for _ in range(3):
        licentie(status=LicentieStatus.ACTIEF, organisatie=organisatie)
    gefilterd = {"regio": "midden", "jaar": "2025", "status": "actief"}
    weinig, weinig_gefilterd = aantal_queries(client), aantal_queries(client, **gefilterd)
    for _ in range(27):
        licentie(status=LicentieStatus.ACTIEF, organisatie=OrganisatieFactory(regio=Regio.MIDDEN))

    assert aantal_queries(client) == weinig
    assert aantal_queries(client, **gefilterd) == weinig_gefilterd
    with django_assert_max_num_queries(25):
        response = client.get(OVERZICHT, gefilterd)
    assert response.context["paginator"].count == 30
    assert len(response.context["object_list"]) == 25  # one page


def test_the_export_also_uses_a_constant_number_of_queries(kerngroep, ingelogd_als):
    client = ingelogd_als(kerngroep)
    for _ in range(3):
        licentie(status=LicentieStatus.ACTIEF, organisatie=OrganisatieFactory())
    weinig = aantal_queries(client, export="xlsx"), aantal_queries(client, export="csv")
    for _ in range(10):
        licentie(status=LicentieStatus.ACTIEF, organisatie=OrganisatieFactory())

    assert (aantal_queries(client, export="xlsx"), aantal_queries(client, export="csv")) == weinig


# --- One licence -------------------------------------------------------------------------------


def test_the_licence_page_shows_facts_explanation_days_and_history(kerngroep, ingelogd_als):
    vandaag = timezone.localdate()
    lic = LicentieFactory(behaald_op=vandaag - timedelta(days=400))
    bijgewoond(lic.houder, vandaag - timedelta(days=10))

    response = ingelogd_als(kerngroep).get(f"/admin/licenties/inspect/{lic.pk}/")

    assert response.status_code == 200
    assert lic.nummer in response.text
    assert "Je voldoet aan de eis voor" in response.text
    assert f"/licentie/{lic.pk}/certificaat.pdf" in response.text
    assert '<label class="w-field__label" for="id_reden"' in response.text
    assert response.context["jaren"][0] == (vandaag.year, True)
    assert len(response.context["dagen"]) == 1


def test_a_decision_with_a_reason_suspends_the_licence_and_is_logged(kerngroep, ingelogd_als):
    lic = LicentieFactory()
    client = ingelogd_als(kerngroep)

    response = client.post(
        f"/admin/licenties/inspect/{lic.pk}/",
        {
            "soort": BesluitSoort.SCHORSING,
            "ingangsdatum": timezone.localdate().isoformat(),
            "reden": "Klacht.",
        },
    )

    assert response.status_code == 302
    besluit = Besluit.objects.get()
    assert (besluit.soort, besluit.reden, besluit.genomen_door) == (
        BesluitSoort.SCHORSING,
        "Klacht.",
        kerngroep,
    )
    lic.refresh_from_db()
    assert lic.status == LicentieStatus.GESCHORST
    assert ModelLogEntry.objects.filter(action="licenties.licentie.geschorst", user=kerngroep).exists()
    pagina = client.get(response.url)
    assert "Klacht." in pagina.text and "Licentie geschorst" in pagina.text


def test_a_decision_without_a_reason_is_refused_in_dutch_and_saves_nothing(
    kerngroep, ingelogd_als, ongewijzigd
):
    lic = LicentieFactory()
    client = ingelogd_als(kerngroep)

    with ongewijzigd():
        response = client.post(
            f"/admin/licenties/inspect/{lic.pk}/",
            {
                "soort": BesluitSoort.SCHORSING,
                "ingangsdatum": timezone.localdate().isoformat(),
                "reden": "  ",
            },
        )

    assert response.status_code == 200
    assert "Geef de reden van het besluit" in response.text


@pytest.mark.parametrize(
    ("data", "melding"),
    [
        (
            {"soort": BesluitSoort.OPHEFFING, "reden": "Toch niet."},
            "Er is geen schorsing of intrekking om op te heffen.",
        ),
        (
            {"soort": BesluitSoort.HERSTEL, "reden": "Herstel."},
            "Alleen een verlopen licentie kan worden hersteld",
        ),
        ({"soort": "onzin", "reden": "x"}, "Selecteer een geldige keuze"),
        (
            {"soort": BesluitSoort.SCHORSING, "reden": "x", "ingangsdatum": "31-02-2026"},
            "Voer een geldige datum in",
        ),
        (
            {"soort": BesluitSoort.SCHORSING, "reden": "x", "ingangsdatum": "2001-01-01"},
            "vóór de datum waarop",
        ),
    ],
)
def test_a_decision_that_does_not_fit_is_refused_with_the_reason(
    kerngroep, ingelogd_als, ongewijzigd, data, melding
):
    lic = LicentieFactory()
    client = ingelogd_als(kerngroep)

    with ongewijzigd():
        response = client.post(
            f"/admin/licenties/inspect/{lic.pk}/",
            {"ingangsdatum": timezone.localdate().isoformat(), **data},
        )

    assert response.status_code == 200
    assert melding in response.text


# --- Registering a licence from before the portal ------------------------------------------------


def test_the_kerngroep_registers_a_licence_obtained_before_the_portal(kerngroep, ingelogd_als):
    houder = UserFactory()
    client = ingelogd_als(kerngroep)
    assert client.get("/admin/licenties/new/").status_code == 200

    response = client.post(
        "/admin/licenties/new/",
        {"houder": houder.pk, "programma": Programma.RE_FIT, "behaald_op": "2019-05-14"},
    )

    assert response.status_code == 302
    lic = Licentie.objects.get(houder=houder)
    assert lic.nummer == "RF-2019-0001" and lic.behaald_op == date(2019, 5, 14)
    assert response.url == f"/admin/licenties/inspect/{lic.pk}/"


def test_registering_a_future_date_or_a_second_licence_is_refused(kerngroep, ingelogd_als, ongewijzigd):
    houder = UserFactory()
    LicentieFactory(houder=houder, programma=Programma.RE_FIT)
    client = ingelogd_als(kerngroep)
    morgen = (timezone.localdate() + timedelta(days=1)).isoformat()

    with ongewijzigd():
        toekomst = client.post(
            "/admin/licenties/new/",
            {"houder": UserFactory().pk, "programma": Programma.RE_FIT, "behaald_op": morgen},
        )
        dubbel = client.post(
            "/admin/licenties/new/",
            {"houder": houder.pk, "programma": Programma.RE_FIT, "behaald_op": "2019-05-14"},
        )

    assert toekomst.status_code == 200 and "ligt niet in de toekomst" in toekomst.text
    assert dubbel.status_code == 200 and "heeft al een licentie voor dit programma" in dubbel.text


def test_licences_cannot_be_edited_or_deleted_through_a_form(kerngroep, ingelogd_als):
    lic = LicentieFactory()
    client = ingelogd_als(kerngroep)

    assert client.get(f"/admin/licenties/edit/{lic.pk}/").status_code == 404
    assert client.get(f"/admin/licenties/delete/{lic.pk}/").status_code == 404
    assert client.get(f"/admin/licenties/history/{lic.pk}/").status_code == 200


def test_the_kerngroep_pages_run_no_inline_script(kerngroep, ingelogd_als):
    """The CSP forbids inline scripts: dates use the browser's own picker, progress uses meta refresh."""
    lic = LicentieFactory()
    client = ingelogd_als(kerngroep)

    for pad in (
        OVERZICHT,
        f"/admin/licenties/inspect/{lic.pk}/",
        "/admin/licenties/new/",
        "/admin/licentie-onderhoud/",
    ):
        html = client.get(pad).text
        hoofdinhoud = html[html.index("<main") : html.index("</main>")]
        assert "<script" not in hoofdinhoud, pad


# --- Who may ---------------------------------------------------------------------------------------


def test_a_trainer_cannot_open_or_use_the_kerngroep_screens(ingelogd_als, ongewijzigd):
    lic = LicentieFactory()
    client = ingelogd_als(lic.houder)

    with ongewijzigd():
        for pad in (
            OVERZICHT,
            f"{OVERZICHT}?export=csv",
            f"/admin/licenties/inspect/{lic.pk}/",
            "/admin/licenties/new/",
            "/admin/licentie-uitgifte/",
            "/admin/professionaliseringsdagen/",
            "/admin/licentie-onderhoud/",
        ):
            assert client.get(pad).status_code in (302, 403), pad
        response = client.post(
            f"/admin/licenties/inspect/{lic.pk}/",
            {
                "soort": BesluitSoort.SCHORSING,
                "ingangsdatum": timezone.localdate().isoformat(),
                "reden": "Zelf.",
            },
        )
        assert response.status_code in (302, 403)


def test_the_admin_menu_shows_the_licence_screens_to_the_kerngroep(kerngroep, ingelogd_als):
    html = ingelogd_als(kerngroep).get("/admin/").text

    for label in ("Licenties", "Alle licenties", "Licenties uitgeven", "Professionaliseringsdagen"):
        assert label in html


# --- The whole-table figures are kept until a licence changes (licenties.tellingen) ---------------


def status_aantallen(response) -> dict[str, int]:
    return {str(regel["label"]): regel["aantal"] for regel in response.context["status_tellingen"]["regels"]}


def test_the_kept_counts_and_years_include_a_licence_issued_after_they_were_computed(
    licenties, kerngroep, ingelogd_als
):
    client = ingelogd_als(kerngroep)
    eerst = client.get(OVERZICHT)
    assert eerst.context["paginator"].count == 4
    assert 2026 not in dict(eerst.context["filters"].form.fields["jaar"].choices)

    licentie(status=LicentieStatus.ACTIEF, organisatie=licenties["noord"], behaald_op=date(2026, 1, 5))

    daarna = client.get(OVERZICHT)
    assert daarna.context["paginator"].count == 5
    assert status_aantallen(daarna)[str(LicentieStatus.ACTIEF.label)] == 2
    assert 2026 in dict(daarna.context["filters"].form.fields["jaar"].choices)


def test_the_kept_counts_follow_the_nightly_status_recomputation(licenties, kerngroep, ingelogd_als):
    from django.db.models import Count

    from licenties.status import statussen_bijwerken

    client = ingelogd_als(kerngroep)
    voor = status_aantallen(client.get(OVERZICHT))

    statussen_bijwerken()  # a bulk update: no post_save, so it must renew the kept figures itself

    opgeslagen = dict(Licentie.objects.order_by().values_list("status").annotate(n=Count("pk")))
    werkelijk = {str(status.label): opgeslagen.get(status.value, 0) for status in LicentieStatus}
    assert status_aantallen(client.get(OVERZICHT)) == werkelijk != voor
