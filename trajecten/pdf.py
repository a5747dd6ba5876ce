"""The eindverslag as PDF: (filename, mimetype, bytes); the file name carries the code, never a name."""

from portal.pdf import render_pdf


def eindverslag_pdf(verslag, *, identiteit) -> tuple[str, str, bytes]:
    inhoud = render_pdf(
        "trajecten/pdf/eindverslag.html",
        {"verslag": verslag, "traject": verslag.traject, "identiteit": identiteit},
    )
    return f"eindverslag-{verslag.traject.code}-v{verslag.versie}.pdf", "application/pdf", inhoud
