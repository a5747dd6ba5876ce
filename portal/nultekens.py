"""Addresses with a NUL character are refused before any view sees them.

No address or query string of the portal ever needs NUL (`%00`), and PostgreSQL refuses text
containing it: a code, token or search term with NUL would turn a lookup into a server error.
Forms refuse NUL in their fields themselves, with a message at the field.
"""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _


def bevat_nulteken(request) -> bool:
    if "\x00" in request.path:
        return True
    return any("\x00" in naam or any("\x00" in w for w in waarden) for naam, waarden in request.GET.lists())


class NulTekenMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if bevat_nulteken(request):
            return HttpResponseBadRequest(
                _("Dit adres bevat een ongeldig teken. Controleer de link of de zoekterm."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
