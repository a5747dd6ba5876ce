"""The calendar files of the three kinds of appointment stay byte for byte what they were.

A course session, a professionalisation day and an intervisie meeting share their date,
times, place, UID and SEQUENCE through one appointment model; the .ics a calendar app
receives for each (alone, and together in a personal feed) is compared with a file
written before they shared it.
"""

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from cursus.agenda import bijeenkomst_ics
from cursus.choices import RondeStatus, Soort
from cursus.models import Bijeenkomst, Cursusronde
from intervisie.agenda import bijeenkomst_ics as intervisie_ics
from intervisie.choices import BijeenkomstStatus
from licenties.agenda import dag_ics
from licenties.models import DagAanmelding, DagStatus, Professionaliseringsdag
from portal.agenda import agenda_items_for
from portal.agenda.ical import calendar_from_items
from tests.cursus.factories import AanmeldingFactory
from tests.intervisie.factories import BijeenkomstFactory, IntervisiegroepFactory, lid, trainer

pytestmark = pytest.mark.django_db

VERWACHT = Path(__file__).parent / "ical"
# Calendar files carry the moment they were made (DTSTAMP): made at a fixed moment here.
NU = datetime(2030, 1, 15, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


@pytest.fixture(autouse=True)
def vaste_klok():
    with time_machine.travel(NU, tick=False):
        yield


def cursusbijeenkomst() -> Bijeenkomst:
    ronde = Cursusronde.objects.create(
        pk=701,
        naam="Voorjaar 2030",
        status=RondeStatus.OPEN,
        capaciteit=12,
        aanmelden_tot=date(2030, 2, 20),
        afmelden_tot=date(2030, 2, 25),
    )
    dagen = [
        (711, Soort.LESDAG, date(2030, 3, 5), "Vergadercentrum, Utrecht", ""),
        (712, Soort.LESDAG, date(2030, 3, 12), "Vergadercentrum, Utrecht", ""),
        (713, Soort.INTERVISIEMOMENT, date(2030, 4, 16), "", "https://meet.example/cursus"),
        (714, Soort.INTERVISIEMOMENT, date(2030, 5, 21), "", "https://meet.example/cursus"),
    ]
    for pk, soort, datum, locatie, link in dagen:
        Bijeenkomst.objects.create(
            pk=pk,
            cursusronde=ronde,
            soort=soort,
            datum=datum,
            begintijd=time(9, 30),
            eindtijd=time(16, 30),
            locatie=locatie,
            online_link=link,
        )
    Bijeenkomst.objects.filter(pk=713).update(sequence=2)
    return Bijeenkomst.objects.get(pk=713)


def professionaliseringsdag(**velden) -> Professionaliseringsdag:
    dag = Professionaliseringsdag.objects.create(
        **{
            "pk": 801,
            "datum": date(2030, 3, 29),
            "begintijd": time(9, 30),
            "eindtijd": time(16, 0),
            "thema": "Schoolverzuim en lichamelijke klachten",
            "locatie": "Utrecht, Jaarbeurs vergadercentrum",
            "online_link": "https://meet.example/dag",
            "capaciteit": 40,
            "aanmelden_tot": date(2030, 3, 15),
            "status": DagStatus.OPEN,
        }
        | velden
    )
    Professionaliseringsdag.objects.filter(pk=dag.pk).update(sequence=3)
    return Professionaliseringsdag.objects.get(pk=dag.pk)


def intervisiebijeenkomst(**velden):
    groep = IntervisiegroepFactory(pk=901, naam="Landelijk 7")
    bijeenkomst = BijeenkomstFactory(
        **{
            "pk": 911,
            "groep": groep,
            "datum": date(2030, 3, 26),  # the week DST begins: still 15:30 in Amsterdam
            "begintijd": time(15, 30),
            "eindtijd": time(17, 30),
            "locatie": "Zwolle, Regiokantoor",
            "agenda": "1. Opening\n2. Casusbespreking",
        }
        | velden
    )
    bijeenkomst.sequence = 1
    bijeenkomst.save(update_fields=["sequence"])
    return bijeenkomst


def assert_zelfde(ics: bytes, bestand: str) -> None:
    assert ics == (VERWACHT / bestand).read_bytes()


def test_a_course_session_as_ics_is_unchanged():
    assert_zelfde(bijeenkomst_ics(cursusbijeenkomst()), "cursusbijeenkomst.ics")


def test_a_professionalisation_day_as_ics_is_unchanged():
    assert_zelfde(dag_ics(professionaliseringsdag()), "professionaliseringsdag.ics")


def test_a_cancelled_professionalisation_day_as_ics_is_unchanged():
    dag = professionaliseringsdag(status=DagStatus.GEANNULEERD, online_link="")
    assert_zelfde(dag_ics(dag), "professionaliseringsdag_geannuleerd.ics")


def test_an_intervisie_meeting_as_ics_is_unchanged():
    bijeenkomst = intervisiebijeenkomst(status=BijeenkomstStatus.GEANNULEERD)
    assert_zelfde(intervisie_ics(bijeenkomst), "intervisiebijeenkomst.ics")


def test_a_personal_feed_with_all_three_kinds_is_unchanged():
    sessie = cursusbijeenkomst()
    dag = professionaliseringsdag()
    bijeenkomst = intervisiebijeenkomst()
    user = trainer()
    AanmeldingFactory(cursusronde=sessie.cursusronde, user=user)
    DagAanmelding.objects.create(dag=dag, user=user, status="geplaatst", geplaatst_op=NU)
    lid(bijeenkomst.groep, user, begin_op=date(2029, 8, 1))

    feed = calendar_from_items(agenda_items_for(user), name="Re-Fit", uid="agenda-1@re-fit-portaal")

    assert_zelfde(feed.to_ical(), "persoonlijke_feed.ics")
