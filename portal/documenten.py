"""Documents editors upload in the Wagtail admin: PDF, office files and video, judged by their content.

Wagtail checks the extension (`WAGTAILDOCS_EXTENSIONS`); this form also reads the first bytes,
so an HTML page, SVG or script renamed to `.pdf` or `.mp4` is refused before anyone downloads it.
"""

from pathlib import Path

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

MB = 1024 * 1024
ZIP = b"PK\x03\x04"  # docx, xlsx, pptx and the OpenDocument formats are zip files


def _begint_met(*tekens: bytes):
    return lambda begin: begin.startswith(tekens)


# Per allowed extension: how its content starts, and the largest size.
TOEGESTAAN = {
    "pdf": (_begint_met(b"%PDF-"), 20 * MB),
    "docx": (_begint_met(ZIP), 20 * MB),
    "xlsx": (_begint_met(ZIP), 20 * MB),
    "pptx": (_begint_met(ZIP), 50 * MB),
    "odt": (_begint_met(ZIP), 20 * MB),
    "ods": (_begint_met(ZIP), 20 * MB),
    "odp": (_begint_met(ZIP), 50 * MB),
    "mp4": (lambda begin: begin[4:8] == b"ftyp", 500 * MB),
    "webm": (_begint_met(b"\x1a\x45\xdf\xa3"), 500 * MB),
}


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        bestand = self.cleaned_data.get("file")
        if not bestand or not hasattr(bestand, "content_type"):  # no new upload: the stored file stays
            return bestand
        herkend, maximum = TOEGESTAAN.get(Path(bestand.name).suffix.lower().lstrip("."), (None, 0))
        begin = bestand.read(12)
        bestand.seek(0)
        if herkend is None or not herkend(begin):
            raise forms.ValidationError(
                _("Alleen PDF, Office-documenten (docx, xlsx, pptx, odt, ods, odp) en video (mp4, webm).")
            )
        if bestand.size > maximum:
            raise forms.ValidationError(_("Dit bestand is groter dan %(mb)s MB.") % {"mb": maximum // MB})
        return bestand
