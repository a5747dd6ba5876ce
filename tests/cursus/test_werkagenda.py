"""The werkagenda: the cursist writes and submits it, exports it as PDF; the opleider reads and comments."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from cursus.choices import Beoordeling
from cursus.models import Werkagenda
from cursus.pdf import werkagenda_pdf
from cursus.services.deelname import werkagenda_opslaan
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory

pytestmark = pytest.mark.django_db

VOLLEDIG = {
    "huidige_situatie": "Verzuim wordt per leerling besproken.",
    "doel": "Vier trajecten per jaar.",
    "stappen": "Voorstel in het zorgteam; eerste traject samen met een ervaren trainer.",
    "betrokkenen": "Zorgcoördinator, mentoren, jeugdarts.",
    "tijdpad": "Start na de kerstvakantie.",
}


def test_the_cursist_writes_and_submits_the_werkagenda_in_the_portal(client):
    aanmelding = AanmeldingFactory()
    client.force_login(aanmelding.user)

    concept = client.post(
        f"/cursus/mijn-cursus/{aanmelding.pk}/werkagenda/", {**VOLLEDIG, "doel": "", "opslaan": ""}
    )
    assert concept.status_code == 302
    assert Werkagenda.objects.get().ingediend_op is None

    ingediend = client.post(f"/cursus/mijn-cursus/{aanmelding.pk}/werkagenda/", {**VOLLEDIG, "indienen": ""})

    assert ingediend.status_code == 302
    werkagenda = Werkagenda.objects.get()
    assert werkagenda.ingediend_op is not None and werkagenda.doel == VOLLEDIG["doel"]


def test_submitting_needs_every_part_and_changes_nothing_without(ongewijzigd):
    aanmelding = AanmeldingFactory()

    with ongewijzigd(), pytest.raises(ValidationError, match=r"Nog leeg: tijdpad."):
        werkagenda_opslaan(
            aanmelding=aanmelding, teksten={**VOLLEDIG, "tijdpad": " "}, indienen=True, door=aanmelding.user
        )


def test_only_participants_write_a_werkagenda(ongewijzigd):
    aanmelding = AanmeldingFactory(beoordeling=Beoordeling.OPEN)

    with ongewijzigd(), pytest.raises(ValidationError, match="Alleen deelnemers"):
        werkagenda_opslaan(aanmelding=aanmelding, teksten=VOLLEDIG, indienen=False, door=aanmelding.user)


def test_the_pdf_has_the_plan_and_no_name_in_its_filename():
    aanmelding = AanmeldingFactory()
    werkagenda = werkagenda_opslaan(
        aanmelding=aanmelding, teksten=VOLLEDIG, indienen=True, door=aanmelding.user
    )

    filename, mimetype, content = werkagenda_pdf(werkagenda)

    assert filename == f"werkagenda-{aanmelding.pk}.pdf"
    assert aanmelding.user.last_name.lower() not in filename
    assert mimetype == "application/pdf"
    tekst = "".join(page.extract_text() for page in PdfReader(BytesIO(content)).pages)
    assert "Werkagenda" in tekst and "Vier trajecten per jaar." in tekst
    pagina = PdfReader(BytesIO(content)).pages[0]
    fonts = {str(font.get_object()["/BaseFont"]) for font in pagina["/Resources"]["/Font"].values()}
    assert all("Source-Sans-3" in font for font in fonts)  # the project's own font, embedded


def test_the_pdf_download_is_for_the_writer_and_their_opleider_only(client, opleider, ingelogd_als):
    ronde = CursusrondeFactory(opleiders=[opleider])
    aanmelding = AanmeldingFactory(cursusronde=ronde)
    werkagenda_opslaan(aanmelding=aanmelding, teksten=VOLLEDIG, indienen=True, door=aanmelding.user)
    pad = f"/cursus/werkagenda/{aanmelding.pk}.pdf"

    client.force_login(aanmelding.user)
    response = client.get(pad)
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="werkagenda-{aanmelding.pk}.pdf"'

    client.force_login(AanmeldingFactory(cursusronde=ronde).user)
    assert client.get(pad).status_code == 404

    client.logout()
    assert ingelogd_als(opleider).get(pad).status_code == 200


def test_the_opleider_reads_and_comments_and_the_cursist_sees_it(client, opleider, ingelogd_als):
    aanmelding = AanmeldingFactory(cursusronde=CursusrondeFactory(opleiders=[opleider]))
    werkagenda_opslaan(aanmelding=aanmelding, teksten=VOLLEDIG, indienen=True, door=aanmelding.user)
    begeleider = ingelogd_als(opleider)

    pagina = begeleider.get(f"/cursus/aanmeldingen/{aanmelding.pk}/werkagenda/")
    assert VOLLEDIG["stappen"] in pagina.text
    begeleider.post(
        f"/cursus/aanmeldingen/{aanmelding.pk}/werkagenda/", {"tekst": "Betrek ook de schoolleiding."}
    )
    begeleider.logout()

    client.force_login(aanmelding.user)
    assert (
        "Betrek ook de schoolleiding." in client.get(f"/cursus/mijn-cursus/{aanmelding.pk}/werkagenda/").text
    )
