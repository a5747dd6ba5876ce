"""Public forms that send mail: the one rule they all follow (docs/security.md, 'Openbare formulieren').

A form anyone can submit without an account, and that makes the portal send mail to an address
typed into it, is a tool for spam and for finding out who has an account. Every such form:

1. gives the same answer (page, status, text) whatever the address: whether an account exists is
   told only in the mail, to the owner of the mailbox;
2. is rate limited per e-mail address and per client address (`openbaar_formulier` below, with
   `portal.ratelimit`): past the limit it answers 429 with a Dutch message and sends nothing;
3. mails nothing the visitor typed, and creates no account and no application, before the owner
   of the address clicked a signed, expiring confirmation link (double opt-in,
   `portal.accounts.bevestigen`).

Mark the view with `@openbaar_formulier(...)`; tests/security/test_openbare_formulieren.py walks
the URLconf and fails on a public POST view that is neither marked nor declared free of mail.
"""

import functools
from dataclasses import dataclass

from django.shortcuts import render
from django.utils.translation import gettext as _

from portal.ratelimit import client_ip, limiet_bereikt_voor


@dataclass(frozen=True)
class Limiet:
    """At most `aantal` submissions per `seconden` (a fixed window)."""

    aantal: int
    seconden: int


@dataclass(frozen=True)
class OpenbaarFormulier:
    """What a public mail form declares: its name, the field with the address, and its limits."""

    actie: str
    adresveld: str
    per_adres: Limiet
    per_ip: Limiet

    def te_vaak(self, request) -> Limiet | None:
        """Count this submission; the limit it broke, or None. Both counters always count."""
        adres = request.POST.get(self.adresveld, "").strip().lower()
        per_ip = limiet_bereikt_voor(
            client_ip(request),
            actie=f"{self.actie}:ip",
            aantal=self.per_ip.aantal,
            seconden=self.per_ip.seconden,
        )
        per_adres = bool(adres) and limiet_bereikt_voor(
            adres, actie=f"{self.actie}:adres", aantal=self.per_adres.aantal, seconden=self.per_adres.seconden
        )
        if per_adres:
            return self.per_adres
        return self.per_ip if per_ip else None


# An hour of at most 5 submissions for one address and 10 from one client address: enough for a
# typo or two, far too few for spam (the finding: 12 in 5 seconds).
PER_ADRES = Limiet(5, 60 * 60)
PER_IP = Limiet(10, 60 * 60)


def openbaar_formulier(*, actie: str, adresveld: str = "email", per_adres=PER_ADRES, per_ip=PER_IP):
    """Decorate a public view whose POST sends mail: rate limits per address and per client.

    The view itself keeps the rest of the rule: one answer for every address, no free text in a
    mail and nothing created before the address is confirmed (`portal.accounts.bevestigen`).
    """
    formulier = OpenbaarFormulier(actie=actie, adresveld=adresveld, per_adres=per_adres, per_ip=per_ip)

    def decorator(view):
        @functools.wraps(view)
        def begrensd(request, *args, **kwargs):
            if request.method == "POST" and (limiet := formulier.te_vaak(request)):
                return te_vaak_antwoord(request, limiet)
            return view(request, *args, **kwargs)

        begrensd.openbaar_formulier = formulier
        return begrensd

    return decorator


def openbaar_formulier_van(view) -> OpenbaarFormulier | None:
    """The declaration of a view decorated with `openbaar_formulier`, through any other decorators."""
    seen = set()
    while view is not None and id(view) not in seen:
        seen.add(id(view))
        if formulier := getattr(view, "openbaar_formulier", None):
            return formulier
        view = getattr(view, "__wrapped__", None)
    return None


def te_vaak_antwoord(request, limiet: Limiet):
    minuten = max(1, limiet.seconden // 60)
    response = render(
        request,
        "portal/te_vaak.html",
        {
            "title": _("Te vaak verstuurd"),
            "uitleg": _(
                "Je hebt dit formulier te vaak verstuurd. Er is niets verstuurd of opgeslagen. "
                "Probeer het over %(minuten)s minuten opnieuw."
            )
            % {"minuten": minuten},
        },
        status=429,
    )
    response["Retry-After"] = str(limiet.seconden)
    return response
