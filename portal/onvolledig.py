"""A form posted without the fields its own page always sends is refused with a 400, not a 500.

Wagtail's page editor reads the row counts of a StreamField straight from the POST
(`data["theorie-count"]`): a request made by hand without them raised MultiValueDictKeyError, a
server error. Only a hand-made request lacks them; it gets a plain Dutch 400 and nothing is saved.
"""

from django.http import HttpResponseBadRequest
from django.utils.datastructures import MultiValueDictKeyError
from django.utils.translation import gettext as _


class OnvolledigFormulierMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method == "POST" and isinstance(exception, MultiValueDictKeyError):
            return HttpResponseBadRequest(
                _("Dit formulier is onvolledig verstuurd. Open de pagina opnieuw en probeer het nog eens."),
                content_type="text/plain; charset=utf-8",
            )
        return None
