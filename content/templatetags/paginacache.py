from django import template

from content.paginacache import FRAGMENT_SECONDEN, inhoudsversie

register = template.Library()


@register.simple_tag
def inhoud_cache_sleutel(page):
    """Everything the cached `inhoud` fragment depends on besides its name (see content.paginacache)."""
    return f"{page.pk}:{inhoudsversie()}"


@register.simple_tag
def inhoud_cache_seconden():
    return FRAGMENT_SECONDEN
