"""Private files: stored under PRIVATE_MEDIA_ROOT, never under a public URL.

Certificates and case attachments are only handed out by views that check who asks.
"""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible(path="portal.storage.PriveOpslag")
class PriveOpslag(FileSystemStorage):
    """A folder below PRIVATE_MEDIA_ROOT; the location is read from the settings on each use
    (so migrations hold no machine path and tests can move it)."""

    def __init__(self, map: str = ""):
        self.map = map
        super().__init__()

    @property
    def base_location(self):
        return Path(settings.PRIVATE_MEDIA_ROOT) / self.map

    @property
    def location(self):
        return str(self.base_location.resolve())

    def url(self, name):
        raise ValueError("Private files have no public address; serve them through a checked view.")
