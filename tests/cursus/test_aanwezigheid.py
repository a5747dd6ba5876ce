"""Rule 'aanwezigheid': per session the opleider marks every participant present or absent (with reason)."""

import pytest
from django.core.exceptions import ValidationError
from django.utils.html import escape

from cursus.choices import Beoordeling
from cursus.models import Aanwezigheid
from cursus.rules import telt_als_bijgewoond
from cursus.services.deelname import Registratie, aanwezigheid_vastleggen, inhaalbijeenkomst_vastleggen
from portal.plaatsing import PlaatsStatus
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, bijeenkomsten, over

pytestmark = pytest.mark.django_db


@pytest.fixture
def lopende_ronde(opleider):
    """Lesdagen behind us, intervisie ahead; two participants."""
    ronde = CursusrondeFactory(
        dagen=(-14, -7, 30, 60), aanmelden_tot=over(-30), afmelden_tot=over(-20), opleiders=[opleider]
    )
    return ronde, AanmeldingFactory(cursusronde=ronde), AanmeldingFactory(cursusronde=ronde)


def formset_data(regels):
    data = {
        "aanwezigheid-TOTAL_FORMS": len(regels),
        "aanwezigheid-INITIAL_FORMS": len(regels),
        "aanwezigheid-MIN_NUM_FORMS": 0,
        "aanwezigheid-MAX_NUM_FORMS": 1000,
    }
    for i, (aanmelding, aanwezig, reden) in enumerate(regels):
        data.update(
            {
                f"aanwezigheid-{i}-aanmelding": aanmelding.pk,
                f"aanwezigheid-{i}-aanwezig": aanwezig,
                f"aanwezigheid-{i}-reden_afwezig": reden,
            }
        )
    return data


def test_the_opleider_records_a_whole_session_on_one_screen(lopende_ronde, opleider, ingelogd_als):
    ronde, a, b = lopende_ronde
    lesdag = bijeenkomsten(ronde)[0]
    client = ingelogd_als(opleider)
    scherm = client.get(f"/cursus/bijeenkomsten/{lesdag.pk}/aanwezigheid/")
    assert scherm.status_code == 200
    # Escaped as the page writes it: a generated name can hold an apostrophe ("van 't Erve").
    assert f"<legend>{escape(a.user.get_full_name())}</legend>" in scherm.text

    response = client.post(
        f"/cursus/bijeenkomsten/{lesdag.pk}/aanwezigheid/", formset_data([(a, "ja", ""), (b, "nee", "Ziek")])
    )

    assert response.status_code == 302
    assert {(x.aanmelding_id, x.aanwezig, x.reden_afwezig) for x in Aanwezigheid.objects.all()} == {
        (a.pk, True, ""),
        (b.pk, False, "Ziek"),
    }


def test_an_absence_needs_a_reason_and_nothing_is_saved_without_it(lopende_ronde, opleider, ongewijzigd):
    ronde, a, b = lopende_ronde

    with ongewijzigd(), pytest.raises(ValidationError, match="een reden van afwezigheid op"):
        aanwezigheid_vastleggen(
            bijeenkomst=bijeenkomsten(ronde)[0],
            registraties=[Registratie(a, True), Registratie(b, False, "")],
            door=opleider,
        )


@pytest.mark.parametrize(
    "niet_ingeschreven",
    [
        {"status": PlaatsStatus.WACHTLIJST},
        {"beoordeling": Beoordeling.OPEN},
        {"status": PlaatsStatus.AFGEMELD},
    ],
)
def test_attendance_for_someone_not_enrolled_is_refused_and_changes_nothing(
    lopende_ronde, opleider, ongewijzigd, niet_ingeschreven
):
    ronde, a, _b = lopende_ronde
    buitenstaander = AanmeldingFactory(cursusronde=ronde, **niet_ingeschreven)

    with ongewijzigd(), pytest.raises(ValidationError, match="is geen deelnemer van deze cursusronde"):
        aanwezigheid_vastleggen(
            bijeenkomst=bijeenkomsten(ronde)[0],
            registraties=[Registratie(a, True), Registratie(buitenstaander, True)],
            door=opleider,
        )


def test_attendance_for_a_participant_of_another_edition_is_refused(lopende_ronde, opleider, ongewijzigd):
    ronde, _a, _b = lopende_ronde
    elders = AanmeldingFactory()

    with ongewijzigd(), pytest.raises(ValidationError, match="is geen deelnemer van deze cursusronde"):
        aanwezigheid_vastleggen(
            bijeenkomst=bijeenkomsten(ronde)[0], registraties=[Registratie(elders, True)], door=opleider
        )


def test_attendance_cannot_be_recorded_before_the_day(lopende_ronde, opleider, ongewijzigd):
    ronde, a, _b = lopende_ronde
    intervisie = bijeenkomsten(ronde)[2]

    with ongewijzigd(), pytest.raises(ValidationError, match="op of na de dag van de bijeenkomst"):
        aanwezigheid_vastleggen(bijeenkomst=intervisie, registraties=[Registratie(a, True)], door=opleider)


def test_an_opleider_cannot_open_another_editions_attendance(opleider, ingelogd_als):
    vreemd = CursusrondeFactory(dagen=(-14, -7, 30, 60), aanmelden_tot=over(-30), afmelden_tot=over(-20))

    response = ingelogd_als(opleider).get(
        f"/cursus/bijeenkomsten/{bijeenkomsten(vreemd)[0].pk}/aanwezigheid/"
    )

    assert response.status_code == 404


def test_a_missed_lesdag_counts_once_made_up_in_another_edition(lopende_ronde, opleider):
    ronde, a, _b = lopende_ronde
    gemist = bijeenkomsten(ronde)[1]
    aanwezigheid = Aanwezigheid.objects.create(
        aanmelding=a, bijeenkomst=gemist, aanwezig=False, reden_afwezig="Ziek"
    )
    andere = CursusrondeFactory(dagen=(-3, -1, 40, 70), aanmelden_tot=over(-20), afmelden_tot=over(-10))
    inhaal = bijeenkomsten(andere)[1]

    inhaalbijeenkomst_vastleggen(
        aanwezigheid=aanwezigheid, inhaal_bijeenkomst=inhaal, ingehaald=True, door=opleider
    )

    aanwezigheid.refresh_from_db()
    assert aanwezigheid.inhaal_bijeenkomst == inhaal and telt_als_bijgewoond(aanwezigheid)


def test_a_make_up_must_be_the_same_kind_in_another_edition_and_not_in_the_future(
    lopende_ronde, opleider, ongewijzigd
):
    ronde, a, _b = lopende_ronde
    eigen = bijeenkomsten(ronde)
    aanwezigheid = Aanwezigheid.objects.create(
        aanmelding=a, bijeenkomst=eigen[0], aanwezig=False, reden_afwezig="Ziek"
    )
    andere = bijeenkomsten(CursusrondeFactory())

    with ongewijzigd():
        with pytest.raises(ValidationError, match=r"Een lesdag haal je in op een lesdag."):
            inhaalbijeenkomst_vastleggen(
                aanwezigheid=aanwezigheid, inhaal_bijeenkomst=andere[2], ingehaald=False, door=opleider
            )
        with pytest.raises(ValidationError, match=r"Inhalen gebeurt in een andere cursusronde."):
            inhaalbijeenkomst_vastleggen(
                aanwezigheid=aanwezigheid, inhaal_bijeenkomst=eigen[1], ingehaald=False, door=opleider
            )
        with pytest.raises(ValidationError, match="is nog niet geweest"):
            inhaalbijeenkomst_vastleggen(
                aanwezigheid=aanwezigheid, inhaal_bijeenkomst=andere[0], ingehaald=True, door=opleider
            )
