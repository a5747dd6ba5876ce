"""What every case page shares: no caching, one way to fetch a trajectory, and logged refusals."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.utils.cache import add_never_cache_headers

from trajecten.audit import Actie, audit_loggen
from trajecten.models import Inzage, Traject


def geen_opslag(view):
    """Case pages send `Cache-Control: no-store` (and must log in): no copy in a browser or proxy cache."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    return login_required(wrapped)


def traject_of_404(request, code: str, *, inzage: Inzage = Inzage.DOSSIER, queryset=None) -> Traject:
    """The trajectory if it is within the user's scope; otherwise a logged refusal and 404.

    A trajectory outside your scope looks exactly like one that does not exist.
    """
    zichtbaar = (queryset if queryset is not None else Traject.objects.all()).zichtbaar_voor(
        request.user, inzage=inzage
    )
    try:
        return zichtbaar.select_related("school", "uitvoerder").get(code=code)
    except Traject.DoesNotExist:
        bestaat = Traject.objects.filter(code=code).exists()
        audit_loggen(user=request.user, actie=Actie.GEWEIGERD, code=code if bestaat else "")
        raise Http404 from None
