"""Who reads what: cases and minutes only for the group (non-members get 404), cases hidden again
after the configured period; bringing in a case with the personal-data warning and the trajectory code."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError

from intervisie.models import Casusinbreng, IntervisieInstellingen
from intervisie.services.casussen import Casus, casus_inbrengen
from tests.intervisie.factories import BijeenkomstFactory, IntervisiegroepFactory, lid, over, trainer
from tests.trajecten.factories import TrajectFactory

pytestmark = pytest.mark.django_db

CASUS = {
    "vraag": "Hoe houd ik de leerling betrokken in fase 2?",
    "context": "Havo, vierde leerjaar. Het schema wordt twee weken niet ingevuld.",
    "geprobeerd": "Het schema kleiner gemaakt.",
    "leerdoel": "Meer manieren om eigen regie te stimuleren.",
}


@pytest.fixture
def groep():
    groep = IntervisiegroepFactory()
    leden = [trainer(), trainer()]
    for user in leden:
        lid(groep, user)
    groep.leden = leden
    return groep


@pytest.fixture
def bijeenkomst(groep):
    return BijeenkomstFactory(groep=groep, datum=over(10), verslag="Besproken: de ijkmomenten.")


def test_a_member_brings_in_a_case_through_the_form(ingelogd_als, groep, bijeenkomst):
    traject = TrajectFactory(trainers=[groep.leden[0]])
    client = ingelogd_als(groep.leden[0])
    response = client.post(
        f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/casus/", {**CASUS, "trajectcode": traject.code.lower()}
    )
    assert response.status_code == 302
    casus = Casusinbreng.objects.get()
    assert casus.inbrenger == groep.leden[0] and casus.trajectcode == traject.code


def test_the_form_warns_about_personal_data_and_saves_nothing_until_confirmed(
    ingelogd_als, groep, bijeenkomst
):
    client = ingelogd_als(groep.leden[0])
    met_naam = {**CASUS, "context": "Het gaat om Sanne, bereikbaar op 06-12345678."}
    pad = f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/casus/"

    response = client.post(pad, met_naam)

    assert response.status_code == 400
    tekst = response.content.decode()
    assert "Let op: je tekst lijkt persoonsgegevens te bevatten" in tekst
    assert "mogelijke naam ‘Sanne’" in tekst and "telefoonnummer ‘06-12345678’" in tekst
    assert Casusinbreng.objects.count() == 0

    response = client.post(pad, {**met_naam, "persoonsgegevens_gecontroleerd": "on"})
    assert response.status_code == 302
    assert Casusinbreng.objects.count() == 1


def test_a_badly_formed_trajectory_code_is_refused(ingelogd_als, groep, bijeenkomst):
    response = ingelogd_als(groep.leden[0]).post(
        f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/casus/", {**CASUS, "trajectcode": "Jan de Vries"}
    )
    assert response.status_code == 400
    assert "Een trajectcode ziet eruit als T-4KX9M" in response.content.decode()
    assert Casusinbreng.objects.count() == 0


def test_a_case_for_another_trainers_trajectory_is_refused(groep, bijeenkomst, ongewijzigd):
    eigen = TrajectFactory(trainers=[groep.leden[0]])
    van_een_ander = TrajectFactory(trainers=[groep.leden[1]])

    with (
        ongewijzigd(),
        pytest.raises(ValidationError, match=f"{van_een_ander.code} is niet een van jouw trajecten"),
    ):
        casus_inbrengen(
            bijeenkomst=bijeenkomst, casus=Casus(**CASUS, trajectcode=van_een_ander.code), door=groep.leden[0]
        )
    casus_inbrengen(
        bijeenkomst=bijeenkomst, casus=Casus(**CASUS, trajectcode=eigen.code), door=groep.leden[0]
    )
    assert Casusinbreng.objects.count() == 1


def test_a_non_member_cannot_bring_in_a_case(bijeenkomst, ongewijzigd):
    with ongewijzigd(), pytest.raises(ValidationError, match="Alleen leden van de groep"):
        casus_inbrengen(bijeenkomst=bijeenkomst, casus=Casus(**CASUS), door=trainer())


def test_a_case_for_a_past_meeting_is_refused(groep, ongewijzigd):
    voorbij = BijeenkomstFactory(groep=groep, datum=over(-3))
    with ongewijzigd(), pytest.raises(ValidationError, match="is geweest of geannuleerd"):
        casus_inbrengen(bijeenkomst=voorbij, casus=Casus(**CASUS), door=groep.leden[0])


def test_members_read_cases_and_minutes_non_members_get_404(ingelogd_als, groep, bijeenkomst):
    casus = casus_inbrengen(bijeenkomst=bijeenkomst, casus=Casus(**CASUS), door=groep.leden[0])

    lid_client = ingelogd_als(groep.leden[1])
    pagina = lid_client.get(f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/")
    assert pagina.status_code == 200
    assert "Besproken: de ijkmomenten." in pagina.content.decode()
    assert lid_client.get(f"/intervisie/casussen/{casus.pk}/").status_code == 200

    buiten = ingelogd_als(trainer())
    assert buiten.get(f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/").status_code == 404
    assert buiten.get(f"/intervisie/casussen/{casus.pk}/").status_code == 404
    assert buiten.get(f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/casus/").status_code == 404


def test_the_kerngroep_forms_groups_but_does_not_read_them(ingelogd_als, kerngroep, groep, bijeenkomst):
    casus = casus_inbrengen(bijeenkomst=bijeenkomst, casus=Casus(**CASUS), door=groep.leden[0])
    client = ingelogd_als(kerngroep)
    assert client.get(f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/").status_code == 404
    assert client.get(f"/intervisie/casussen/{casus.pk}/").status_code == 404


def test_a_case_is_hidden_from_the_group_after_the_configured_period(groep, bijeenkomst):
    instellingen = IntervisieInstellingen.load()
    instellingen.casus_zichtbaar_dagen = 7
    instellingen.save()
    casus = casus_inbrengen(bijeenkomst=bijeenkomst, casus=Casus(**CASUS), door=groep.leden[0])
    andere = groep.leden[1]

    def zichtbaar(user, dagen_na):
        moment = datetime.combine(bijeenkomst.datum + timedelta(days=dagen_na), datetime.min.time())
        with time_machine.travel(moment.replace(hour=12, tzinfo=ZoneInfo("Europe/Amsterdam")), tick=False):
            return Casusinbreng.objects.zichtbaar_voor(user, zichtbaar_dagen=7).filter(pk=casus.pk).exists()

    assert zichtbaar(andere, 0) and zichtbaar(andere, 7)
    assert not zichtbaar(andere, 8)
    assert zichtbaar(groep.leden[0], 400)  # the author keeps their own case


def test_a_member_who_joins_later_does_not_read_earlier_minutes(ingelogd_als, groep):
    eerder = BijeenkomstFactory(groep=groep, datum=over(-60), verslag="Oud verslag")
    nieuw = trainer()
    lid(groep, nieuw, begin_op=over(-1))
    assert ingelogd_als(nieuw).get(f"/intervisie/bijeenkomsten/{eerder.pk}/").status_code == 404
