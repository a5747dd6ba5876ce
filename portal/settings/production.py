"""Production: PostgreSQL, SMTP, secure cookies, hashed static files.

Refuses to start without a real SECRET_KEY, identity keys and DATABASE_URL. `manage.py check
--deploy --settings=portal.settings.production` passes without warnings.
"""

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from portal.settings.base import *  # noqa: F403
from portal.settings.base import DEMO_IDENTITEIT_SLEUTEL, LOGGING, STORAGES
from portal.settings.environment import env, env_bool, env_list

INSECURE_KEY_MARKERS = ("demo-only", "test-only", "django-insecure", "changeme")


def real_secret_key(value: str) -> str:
    """A secret key long and random enough for signing sessions and tokens."""
    if len(value) < 50 or len(set(value)) < 5 or any(m in value for m in INSECURE_KEY_MARKERS):
        raise ImproperlyConfigured(
            "SECRET_KEY is missing or too weak: use at least 50 random characters, e.g. from "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
        )
    return value


def real_identity_keys(keys: list[str]) -> list[str]:
    """Fernet keys for the pupil identity: at least one, each valid, none the development key."""
    from cryptography.fernet import Fernet

    def valid(key: str) -> bool:
        try:
            Fernet(key)
        except ValueError:
            return False
        return key != DEMO_IDENTITEIT_SLEUTEL and key != SECRET_KEY

    if not keys or not all(valid(key) for key in keys):
        raise ImproperlyConfigured(
            "REFIT_IDENTITEIT_SLEUTELS is missing or invalid: give one or more Fernet keys, comma-separated "
            "(the first encrypts), e.g. from `python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'`. Keep them apart from SECRET_KEY."
        )
    return keys


SECRET_KEY = real_secret_key(env("SECRET_KEY", ""))
REFIT_IDENTITEIT_SLEUTELS = real_identity_keys(env_list("REFIT_IDENTITEIT_SLEUTELS", ""))
# No silent defaults in production: a wrong host or sender breaks every mail link.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set the environment variable ALLOWED_HOSTS.")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")
DEFAULT_FROM_EMAIL = SERVER_EMAIL = env("DEFAULT_FROM_EMAIL")
ALLAUTH_TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "1"))  # nginx in front
# Each gunicorn thread keeps its connection for 10 minutes instead of opening one per request;
# the health check replaces a connection that died meanwhile (e.g. after a PostgreSQL restart).
# DATABASE_CONN_MAX_AGE=0 behind PgBouncer in transaction mode, which pools by itself.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
if not DATABASES["default"]["ENGINE"].endswith("postgresql"):
    raise ImproperlyConfigured("Production runs on PostgreSQL: set DATABASE_URL=postgres://…")

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers probe the app servers over plain http; a redirect would read as "down".
SECURE_REDIRECT_EXEMPT = [r"^gezondheid/$", r"^gereed/$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# JSON lines for the journal and log shippers; LOG_FORMAT=plain for reading by eye.
LOG_FORMAT = env("LOG_FORMAT", "json")
LOGGING = {**LOGGING, "handlers": {"console": {**LOGGING["handlers"]["console"], "formatter": LOG_FORMAT}}}

# Without Redis the rate limits of logins must still be shared between workers.
if not env("REDIS_URL", ""):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_cache",
        }
    }
