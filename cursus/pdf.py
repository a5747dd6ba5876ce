"""The werkagenda on paper."""

from django.utils import timezone

from cursus.models import Werkagenda
from portal.pdf import render_pdf


def werkagenda_pdf(werkagenda: Werkagenda) -> tuple[str, str, bytes]:
    """(filename, mimetype, bytes). The filename carries the application's id, never a name."""
    pdf = render_pdf(
        "cursus/pdf/werkagenda.html",
        {
            "werkagenda": werkagenda,
            "aanmelding": werkagenda.aanmelding,
            "ronde": werkagenda.aanmelding.cursusronde,
            "afgedrukt_op": timezone.now(),
        },
    )
    return f"werkagenda-{werkagenda.aanmelding_id}.pdf", "application/pdf", pdf
