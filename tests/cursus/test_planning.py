"""Planning an edition in the Wagtail admin: the rules of its structure, and what a moved date sets off."""

from datetime import time, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from icalendar import Calendar

from cursus.choices import Soort
from cursus.models import Aanwezigheid, Bijeenkomst, Cursusronde
from cursus.services.rondes import cursusronde_opslaan
from portal.plaatsing import PlaatsStatus
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, bijeenkomsten, over

pytestmark = pytest.mark.django_db


def formulier(ronde=None, *, capaciteit=None, dagen=(30, 37, 80, 110), soorten=None, opleiders=()):
    """POST data for the admin's edition form, with its four inline sessions."""
    bestaand = bijeenkomsten(ronde) if ronde else []
    soorten = soorten or [Soort.LESDAG, Soort.LESDAG, Soort.INTERVISIEMOMENT, Soort.INTERVISIEMOMENT]
    data = {
        "naam": ronde.naam if ronde else "Voorjaar 2027",
        "status": "open",
        "capaciteit": capaciteit or (ronde.capaciteit if ronde else 12),
        "prijs": "750.00",
        "aanmelden_tot": over(dagen[0] - 10).isoformat(),
        "afmelden_tot": over(dagen[0] - 5).isoformat(),
        "opleiders": [o.pk for o in opleiders],
        "toelichting": "",
        "bijeenkomsten-TOTAL_FORMS": 4,
        "bijeenkomsten-INITIAL_FORMS": len(bestaand),
        "bijeenkomsten-MIN_NUM_FORMS": 4,
        "bijeenkomsten-MAX_NUM_FORMS": 4,
    }
    for i, (soort, dag) in enumerate(zip(soorten, dagen, strict=True)):
        data.update(
            {
                f"bijeenkomsten-{i}-id": bestaand[i].pk if bestaand else "",
                f"bijeenkomsten-{i}-soort": soort,
                f"bijeenkomsten-{i}-datum": over(dag).isoformat(),
                f"bijeenkomsten-{i}-begintijd": "09:30",
                f"bijeenkomsten-{i}-eindtijd": "16:30",
                f"bijeenkomsten-{i}-locatie": "Vergadercentrum, Utrecht",
                f"bijeenkomsten-{i}-online_link": "",
                f"bijeenkomsten-{i}-DELETE": "",
            }
        )
    return data


def test_kerngroep_creates_an_edition_with_its_sessions_in_the_admin(kerngroep, opleider, ingelogd_als):
    client = ingelogd_als(kerngroep)

    response = client.post("/admin/cursusrondes/new/", formulier(opleiders=[opleider]))

    assert response.status_code == 302, response.text
    ronde = Cursusronde.objects.get()
    assert [b.label for b in ronde.gesorteerde_bijeenkomsten()] == [
        "Lesdag 1",
        "Lesdag 2",
        "Intervisiemoment 1",
        "Intervisiemoment 2",
    ]
    assert list(ronde.opleiders.all()) == [opleider]
    assert str(ronde.prijs) == "750.00"


def test_an_intervisiemoment_before_a_lesdag_is_refused_and_changes_nothing(
    kerngroep, ingelogd_als, ongewijzigd
):
    client = ingelogd_als(kerngroep)
    verkeerd = formulier(dagen=(30, 37, 20, 110))

    with ongewijzigd():
        response = client.post("/admin/cursusrondes/new/", verkeerd)

    assert response.status_code == 200
    assert "De intervisiemomenten komen na de lesdagen" in response.text


def test_dates_in_the_wrong_order_are_refused_by_the_service(kerngroep, ongewijzigd):
    ronde = CursusrondeFactory()
    intervisie = next(b for b in bijeenkomsten(ronde) if b.soort == Soort.INTERVISIEMOMENT)

    with ongewijzigd(), pytest.raises(ValidationError, match="De intervisiemomenten komen na de lesdagen"):
        intervisie.datum = over(1)
        ronde.bijeenkomsten.add(intervisie)  # a change in memory, as the admin form makes it
        cursusronde_opslaan(ronde=ronde, door=kerngroep)


def test_negative_capacity_is_refused_and_changes_nothing(kerngroep, ingelogd_als, ongewijzigd):
    client = ingelogd_als(kerngroep)

    with ongewijzigd():
        response = client.post("/admin/cursusrondes/new/", formulier(capaciteit=-3))

    assert response.status_code == 200
    assert "Het aantal plaatsen moet minstens 1 zijn; een negatief aantal kan niet." in response.text


def test_negative_capacity_is_refused_by_the_service(kerngroep, ongewijzigd):
    ronde = CursusrondeFactory()
    ronde.capaciteit = -1

    with ongewijzigd(), pytest.raises(ValidationError, match="Het aantal plaatsen moet minstens 1 zijn"):
        cursusronde_opslaan(ronde=ronde, door=kerngroep)


def test_an_edition_needs_two_lesdagen_and_two_intervisiemomenten(kerngroep, ingelogd_als, ongewijzigd):
    client = ingelogd_als(kerngroep)
    drie_lesdagen = formulier(soorten=[Soort.LESDAG, Soort.LESDAG, Soort.LESDAG, Soort.INTERVISIEMOMENT])

    with ongewijzigd():
        response = client.post("/admin/cursusrondes/new/", drie_lesdagen)

    assert "Een cursusronde heeft precies twee lesdagen en twee intervisiemomenten." in response.text


def test_a_session_must_end_after_it_starts(kerngroep):
    ronde = CursusrondeFactory()
    eerste = bijeenkomsten(ronde)[0]
    eerste.eindtijd = time(8, 0)
    ronde.bijeenkomsten.add(eerste)

    with pytest.raises(ValidationError, match="ligt de eindtijd niet na de begintijd"):
        cursusronde_opslaan(ronde=ronde, door=kerngroep)


def test_capacity_cannot_drop_below_the_seats_taken(kerngroep, ongewijzigd):
    ronde = CursusrondeFactory(capaciteit=3)
    AanmeldingFactory.create_batch(2, cursusronde=ronde)
    ronde.capaciteit = 1

    with ongewijzigd(), pytest.raises(ValidationError, match="Er zijn al 2 plaatsen bezet of aangeboden"):
        cursusronde_opslaan(ronde=ronde, door=kerngroep)


def test_a_moved_date_raises_the_sequence_and_mails_participants_the_new_ics(
    kerngroep, ingelogd_als, na_commit
):
    ronde = CursusrondeFactory(capaciteit=1)
    deelnemer = AanmeldingFactory(cursusronde=ronde)
    AanmeldingFactory(cursusronde=ronde, status=PlaatsStatus.WACHTLIJST)
    lesdag = bijeenkomsten(ronde)[0]
    client = ingelogd_als(kerngroep)

    with na_commit():
        response = client.post(
            f"/admin/cursusrondes/edit/{ronde.pk}/", formulier(ronde, dagen=(31, 37, 80, 110))
        )

    assert response.status_code == 302
    lesdag.refresh_from_db()
    assert lesdag.datum == over(31) and lesdag.sequence == 1
    assert [b.sequence for b in bijeenkomsten(ronde)[1:]] == [0, 0, 0]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [deelnemer.user.email]
    assert message.subject == "[Re-Fit] Gewijzigd: lesdag 1 van de trainerscursus"
    filename, content, mimetype = message.attachments[0]
    assert (filename, mimetype) == (f"bijeenkomst-{lesdag.pk}.ics", "text/calendar")
    event = Calendar.from_ical(content).events[0]
    assert event.uid == lesdag.uid and event.sequence == 1 and event.start.date() == over(31)


def test_saving_without_changes_keeps_the_sequence_and_sends_nothing(kerngroep, ingelogd_als, na_commit):
    ronde = CursusrondeFactory()
    AanmeldingFactory(cursusronde=ronde)
    client = ingelogd_als(kerngroep)

    with na_commit():
        client.post(f"/admin/cursusrondes/edit/{ronde.pk}/", formulier(ronde))

    assert [b.sequence for b in bijeenkomsten(ronde)] == [0, 0, 0, 0]
    assert mail.outbox == []


def test_a_session_with_recorded_attendance_cannot_be_deleted(kerngroep, ongewijzigd):
    ronde = CursusrondeFactory(dagen=(-10, -3, 80, 110), aanmelden_tot=over(-20), afmelden_tot=over(-15))
    aanmelding = AanmeldingFactory(cursusronde=ronde)
    lesdag = bijeenkomsten(ronde)[0]
    Aanwezigheid.objects.create(aanmelding=aanmelding, bijeenkomst=lesdag, aanwezig=True)
    vervanger = Bijeenkomst(
        cursusronde=ronde,
        soort=Soort.LESDAG,
        datum=over(-12),
        begintijd=time(9),
        eindtijd=time(16),
        locatie="X",
    )
    ronde.bijeenkomsten.remove(lesdag)
    ronde.bijeenkomsten.add(vervanger)

    with ongewijzigd(), pytest.raises(ValidationError, match="Verzet de datum in plaats daarvan"):
        cursusronde_opslaan(ronde=ronde, door=kerngroep)


def test_extra_capacity_goes_to_the_waiting_list_at_once(kerngroep, na_commit):
    ronde = CursusrondeFactory(capaciteit=1)
    AanmeldingFactory(cursusronde=ronde)
    wachtend = AanmeldingFactory(cursusronde=ronde, status=PlaatsStatus.WACHTLIJST)
    ronde.capaciteit = 2

    with na_commit():
        cursusronde_opslaan(ronde=ronde, door=kerngroep)

    wachtend.refresh_from_db()
    assert wachtend.status == PlaatsStatus.AANGEBODEN
    assert mail.outbox[-1].to == [wachtend.user.email]


def test_enrolment_must_close_before_the_first_lesdag(kerngroep):
    ronde = CursusrondeFactory()
    ronde.aanmelden_tot = ronde.eerste_datum + timedelta(days=1)

    with pytest.raises(ValidationError, match=r"Aanmelden moet sluiten vóór de eerste lesdag."):
        cursusronde_opslaan(ronde=ronde, door=kerngroep)
