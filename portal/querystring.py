"""Query parameters are read through a form: the one home for `request.GET` in a view.

A link can carry anything (a week 20, a date in the year 0, a text of a megabyte), so a view never
trusts `request.GET` itself. `lees` binds it to a form; a value the form refuses is answered with a
400 page in Dutch that says which parameter is wrong — never a traceback and never a guess. A view
that would rather show its own page (a search form with the message at the field) passes
`bij_fout`; the status stays 400. `tests/security/test_queryparameters_via_formulier.py` finds every
reader of `.GET` in the apps and feeds each form's parameters values just outside their range.
"""

from collections.abc import Callable

from django import forms
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class OngeldigeQueryString(Exception):
    """A query parameter the form refused; `QueryStringMiddleware` answers it with a 400."""

    def __init__(self, form: forms.Form, response: HttpResponse | None = None):
        super().__init__(form.errors.as_text())
        self.form = form
        self.response = response


def lees[F: forms.Form](
    request,
    form_class: type[F],
    *,
    bij_fout: Callable[[F], HttpResponse] | None = None,
    fouten_negeren: bool = False,
    **form_kwargs,
) -> F:
    """`request.GET` bound to `form_class`, valid; unbound when the link carries none of its fields.

    Invalid: raises `OngeldigeQueryString` (a 400 page, or `bij_fout(form)` with status 400).
    `fouten_negeren` is for a shared filter link that may outlive what it filters on: the bound
    form comes back unvalidated, and the page itself drops and reports the invalid fields.
    """
    if not any(naam in request.GET for naam in form_class.base_fields):
        return form_class(**form_kwargs)
    form = form_class(request.GET, **form_kwargs)
    if fouten_negeren or form.is_valid():
        return form
    raise OngeldigeQueryString(form, bij_fout(form) if bij_fout else None)


def lees_of_leeg[F: forms.Form](request, form_class: type[F], **kwargs) -> dict:
    """The cleaned values of `lees`, or an empty dict when the link carries none of the fields."""
    form = lees(request, form_class, **kwargs)
    return form.cleaned_data if form.is_bound else {}


class PaginaForm(forms.Form):
    """`?pagina=` of a paginated list."""

    pagina = forms.IntegerField(label=gettext_lazy("Pagina"), min_value=1, max_value=100_000, required=False)


def ongeldige_querystring(request, fout: OngeldigeQueryString) -> HttpResponse:
    response = fout.response or render(
        request,
        "portal/ongeldige_querystring.html",
        {"title": _("Dit adres klopt niet"), "form": fout.form, "zonder_parameters": request.path},
    )
    response.status_code = 400
    return response


class QueryStringMiddleware:
    """A refused query parameter becomes its 400 page (in DEBUG too, where Django shows a traceback)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OngeldigeQueryString):
            return ongeldige_querystring(request, exception)
        return None
