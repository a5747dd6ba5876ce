from django.conf import settings


def absolute_url(path: str) -> str:
    """A full link for mails and feeds, which have no request to take the host from."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
