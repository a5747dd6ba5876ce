"""Private files: never under a public URL, on local disk or in a private S3-compatible bucket.

Certificates and case attachments are only handed out by views that check who asks. Each app
keeps its files in its own folder (`PriveOpslag("licenties")`); where the folders live is the
storage `STORAGES["prive"]`: by default a folder below PRIVATE_MEDIA_ROOT, with
`MEDIA_STORAGE=s3` a private bucket (portal/settings/base.py). Model fields name only the app's
folder, so migrations hold no machine path or bucket, and tests can move the folder.
"""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.utils.deconstruct import deconstructible

PRIVATE_STORAGE_ALIAS = "prive"


class PriveBestandssysteem(FileSystemStorage):
    """The private folder on disk; its location is read from the settings on each use."""

    @property
    def base_location(self):
        return Path(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return str(self.base_location.resolve())

    def url(self, name):
        raise ValueError("Private files have no public address; serve them through a checked view.")


@deconstructible(path="portal.storage.PriveOpslag")
class PriveOpslag(Storage):
    """One app's folder in the private storage."""

    def __init__(self, map: str = ""):
        self.map = map.strip("/")

    @property
    def achter(self) -> Storage:
        return storages[PRIVATE_STORAGE_ALIAS]

    def _volledig(self, name: str) -> str:
        return f"{self.map}/{name}" if self.map else name

    def _relatief(self, name: str) -> str:
        return name.removeprefix(f"{self.map}/") if self.map else name

    def _open(self, name, mode="rb"):
        return self.achter.open(self._volledig(name), mode)

    def _save(self, name, content):
        return self._relatief(self.achter.save(self._volledig(name), content))

    def get_available_name(self, name, max_length=None):
        return self._relatief(self.achter.get_available_name(self._volledig(name), max_length=max_length))

    def delete(self, name):
        self.achter.delete(self._volledig(name))

    def exists(self, name):
        return self.achter.exists(self._volledig(name))

    def size(self, name):
        return self.achter.size(self._volledig(name))

    def listdir(self, path):
        return self.achter.listdir(self._volledig(path))

    def get_modified_time(self, name):
        return self.achter.get_modified_time(self._volledig(name))

    def path(self, name):
        return self.achter.path(self._volledig(name))

    def url(self, name):
        raise ValueError("Private files have no public address; serve them through a checked view.")
