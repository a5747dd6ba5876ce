"""A small fixed-window rate limit, for pages anyone can call without an account.

Per client address (licence verification, every public form) or per any other key, such as
the e-mail address a public form mails to (`portal.openbare_formulieren`). Login and MFA have
allauth's own limits. Keys are hashed before they become cache keys: no address in the cache.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache


def client_ip(request) -> str:
    """The client's address: behind N trusted proxies, the N-th address from the right in X-Forwarded-For."""
    proxies = settings.ALLAUTH_TRUSTED_PROXY_COUNT
    if proxies:
        doorgestuurd = [
            ip.strip() for ip in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if ip.strip()
        ]
        if len(doorgestuurd) >= proxies:
            return doorgestuurd[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def limiet_bereikt(request, *, actie: str, aantal: int, seconden: int) -> bool:
    """Count this request; True when the client address made more than `aantal` in the current window."""
    return limiet_bereikt_voor(client_ip(request), actie=actie, aantal=aantal, seconden=seconden)


def limiet_bereikt_voor(wie: str, *, actie: str, aantal: int, seconden: int) -> bool:
    """Count one attempt by `wie` (an address, an e-mail address); True past `aantal` in the window."""
    venster = int(time.time()) // seconden
    adres = hashlib.sha256(wie.encode()).hexdigest()[:32]
    sleutel = f"ratelimit:{actie}:{adres}:{venster}"
    cache.add(sleutel, 0, timeout=seconden)
    try:
        return cache.incr(sleutel) > aantal
    except ValueError:  # expired between add and incr: this is the first in a new window
        cache.set(sleutel, 1, timeout=seconden)
        return False
