"""Spreadsheet exports (CSV and XLSX): the one place that keeps a cell from being read as a formula.

A name, organisation or theme typed into the portal ends up in a spreadsheet the kerngroep opens
in Excel or LibreOffice. A cell starting with `=`, `+`, `-` or `@` (or a tab or carriage return
before one) would be run as a formula there: `=HYPERLINK(…)` sends data away. Every export passes
its values through `celwaarde`; Wagtail's export views get it from `VeiligeExportMixin`.
"""

import re
from collections.abc import Iterable

FORMULE_BEGIN = ("=", "+", "-", "@", "\t", "\r")
# Control characters a spreadsheet cannot hold (openpyxl refuses them: the XLSX would not be made).
STUURTEKENS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def celwaarde(waarde):
    """Rule 'geen formule-injectie': text that a spreadsheet would read as a formula gets a leading `'`.

    Numbers and dates stay what they are; the apostrophe makes the spreadsheet show the text as
    typed (OWASP's advice for CSV injection). Control characters no spreadsheet can hold are dropped.
    """
    if not isinstance(waarde, str):
        return waarde
    waarde = STUURTEKENS.sub("", waarde)
    return f"'{waarde}" if waarde.startswith(FORMULE_BEGIN) else waarde


def csv_rij(waarden: Iterable) -> list:
    return [celwaarde(waarde) for waarde in waarden]


class VeiligeExportMixin:
    """For views with Wagtail's `SpreadsheetExportMixin`: every CSV and XLSX cell through `celwaarde`."""

    def preprocess_field_value(self, field, value, export_format):
        return celwaarde(super().preprocess_field_value(field, value, export_format))
