"""Rule 'afronding': eligible for the licence once attended, werkagenda submitted and signed off."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format

from cursus.choices import Beoordeling, Competentie, Oordeel
from cursus.models import Aanwezigheid, Werkagenda
from cursus.rules import geschiktheid_voor_licentie
from cursus.services.deelname import competenties_aftekenen
from portal.plaatsing import PlaatsStatus
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, bijeenkomsten, over

pytestmark = pytest.mark.django_db

ALLES_BEHAALD = {c: (Oordeel.BEHAALD, "") for c in Competentie.values}


@pytest.fixture
def afgeronde_ronde():
    return CursusrondeFactory(dagen=(-120, -113, -60, -30), aanmelden_tot=over(-140), afmelden_tot=over(-130))


def volledig(aanmelding, opleider, *, behalve=()):
    for bijeenkomst in bijeenkomsten(aanmelding.cursusronde):
        if bijeenkomst.pk not in behalve:
            Aanwezigheid.objects.create(aanmelding=aanmelding, bijeenkomst=bijeenkomst, aanwezig=True)
    Werkagenda.objects.create(
        aanmelding=aanmelding,
        huidige_situatie="a",
        doel="b",
        stappen="c",
        betrokkenen="d",
        tijdpad="e",
        ingediend_op=timezone.now(),
    )
    competenties_aftekenen(aanmelding=aanmelding, oordelen=ALLES_BEHAALD, door=opleider)


def test_a_participant_who_did_everything_is_eligible(afgeronde_ronde, opleider):
    aanmelding = AanmeldingFactory(cursusronde=afgeronde_ronde)
    volledig(aanmelding, opleider)

    geschiktheid = geschiktheid_voor_licentie(aanmelding)

    assert geschiktheid.komt_in_aanmerking and geschiktheid.ontbreekt == ()


def test_each_missing_requirement_is_listed_in_dutch(afgeronde_ronde):
    aanmelding = AanmeldingFactory(cursusronde=afgeronde_ronde)
    lesdag_1, lesdag_2, intervisie_1, intervisie_2 = bijeenkomsten(afgeronde_ronde)
    Aanwezigheid.objects.create(aanmelding=aanmelding, bijeenkomst=lesdag_1, aanwezig=True)
    Aanwezigheid.objects.create(
        aanmelding=aanmelding, bijeenkomst=lesdag_2, aanwezig=False, reden_afwezig="Ziek"
    )
    Aanwezigheid.objects.create(aanmelding=aanmelding, bijeenkomst=intervisie_1, aanwezig=True)
    Werkagenda.objects.create(aanmelding=aanmelding, doel="Alleen een doel")

    geschiktheid = geschiktheid_voor_licentie(aanmelding)

    assert not geschiktheid.komt_in_aanmerking
    assert geschiktheid.ontbreekt == (
        f"Lesdag 2 ({date_format(lesdag_2.datum, 'j F Y')}) gemist en niet ingehaald.",
        f"Aanwezigheid op intervisiemoment 2 ({date_format(intervisie_2.datum, 'j F Y')}) "
        "is nog niet vastgelegd.",
        "De werkagenda is nog niet ingediend.",
        "De opleider heeft de competenties nog niet afgetekend.",
    )


def test_a_made_up_session_counts(afgeronde_ronde, opleider):
    aanmelding = AanmeldingFactory(cursusronde=afgeronde_ronde)
    gemist = bijeenkomsten(afgeronde_ronde)[1]
    volledig(aanmelding, opleider, behalve={gemist.pk})
    inhaal = bijeenkomsten(
        CursusrondeFactory(dagen=(-50, -40, -20, -10), aanmelden_tot=over(-60), afmelden_tot=over(-55))
    )[1]
    aanwezigheid = Aanwezigheid.objects.create(
        aanmelding=aanmelding,
        bijeenkomst=gemist,
        aanwezig=False,
        reden_afwezig="Ziek",
        inhaal_bijeenkomst=inhaal,
    )
    assert (
        "gemist; de inhaalbijeenkomst is nog niet bijgewoond"
        in geschiktheid_voor_licentie(aanmelding).ontbreekt[0]
    )

    aanwezigheid.ingehaald = True
    aanwezigheid.save()

    assert geschiktheid_voor_licentie(aanmelding).komt_in_aanmerking


def test_an_aandachtspunt_does_not_block_the_licence(afgeronde_ronde, opleider):
    aanmelding = AanmeldingFactory(cursusronde=afgeronde_ronde)
    volledig(aanmelding, opleider)
    competenties_aftekenen(
        aanmelding=aanmelding,
        oordelen={
            **ALLES_BEHAALD,
            Competentie.SAMENWERKING: (Oordeel.AANDACHTSPUNT, "Ouders eerder betrekken."),
        },
        door=opleider,
    )

    assert geschiktheid_voor_licentie(aanmelding).komt_in_aanmerking


def test_someone_who_is_not_a_participant_is_not_eligible(afgeronde_ronde, opleider):
    aanmelding = AanmeldingFactory(cursusronde=afgeronde_ronde)
    volledig(aanmelding, opleider)
    aanmelding.status = PlaatsStatus.AFGEMELD
    aanmelding.beoordeling = Beoordeling.TOEGELATEN

    assert geschiktheid_voor_licentie(aanmelding).ontbreekt == (
        "Geen deelnemer van deze cursusronde: toegelaten én geplaatst zijn beide nodig.",
    )


def test_sign_off_needs_every_competence_and_a_remark_with_an_aandachtspunt(
    afgeronde_ronde, opleider, ongewijzigd
):
    aanmelding = AanmeldingFactory(cursusronde=afgeronde_ronde)
    zonder_een = {c: v for c, v in ALLES_BEHAALD.items() if c != Competentie.EMPATHIE}

    with ongewijzigd():
        with pytest.raises(ValidationError, match=r"Nog open: Handelt vanuit empathie."):
            competenties_aftekenen(aanmelding=aanmelding, oordelen=zonder_een, door=opleider)
        with pytest.raises(ValidationError, match="Licht bij een aandachtspunt toe"):
            competenties_aftekenen(
                aanmelding=aanmelding,
                oordelen={**ALLES_BEHAALD, Competentie.EMPATHIE: (Oordeel.AANDACHTSPUNT, "")},
                door=opleider,
            )


def test_the_opleider_signs_off_on_one_screen(afgeronde_ronde, opleider, ingelogd_als):
    afgeronde_ronde.opleiders.set([opleider])
    afgeronde_ronde.save()
    aanmelding = AanmeldingFactory(cursusronde=afgeronde_ronde)
    client = ingelogd_als(opleider)
    data = {
        "competentie-TOTAL_FORMS": len(Competentie),
        "competentie-INITIAL_FORMS": len(Competentie),
        "competentie-MIN_NUM_FORMS": 0,
        "competentie-MAX_NUM_FORMS": 1000,
    }
    for i, competentie in enumerate(Competentie.values):
        data |= {
            f"competentie-{i}-competentie": competentie,
            f"competentie-{i}-oordeel": "behaald",
            f"competentie-{i}-opmerking": "",
        }

    response = client.post(f"/cursus/aanmeldingen/{aanmelding.pk}/aftekenen/", data)

    assert response.status_code == 302
    assert aanmelding.aftekening.oordelen.count() == len(Competentie)
