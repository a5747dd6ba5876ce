"""Settings for the test suite: fast hashing, local memory, tasks run at once.

DATABASE_URL chooses the database; CI runs the suite on SQLite and again on
PostgreSQL. Tests marked `postgres` are skipped on SQLite.
"""

import dj_database_url

from portal.settings.base import *  # noqa: F403
from portal.settings.base import BASE_DIR, DEMO_IDENTITEIT_SLEUTEL, sqlite_ingebed
from portal.settings.environment import env

SECRET_KEY = "test-only-not-secret-3c5e7a9b1d2f4a6c8e0b2d4f6a8c0e2b"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
DATABASES = {"default": sqlite_ingebed(dj_database_url.parse(env("DATABASE_URL", "sqlite:///:memory:")))}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
WAGTAILADMIN_BASE_URL = "http://testserver"
REFIT_IDENTITEIT_SLEUTELS = [DEMO_IDENTITEIT_SLEUTEL]
# Tests connect as a superuser; the tests of the audit roles switch this on
# (tests/trajecten/test_auditspoor_rechten.py).
REFIT_AUDITRECHTEN_CONTROLEREN = False
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}  # noqa: F405

# Serve static files straight from the apps; no collectstatic needed here.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
