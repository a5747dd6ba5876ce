"""The quickstart: SQLite in var/, mail on the console, debug pages on.

Used by `make demo` and by default for `manage.py`. Never for real data.
"""

import dj_database_url

from portal.settings.base import *  # noqa: F403
from portal.settings.base import DEMO_IDENTITEIT_SLEUTEL, VAR_DIR, sqlite_ingebed
from portal.settings.environment import env, env_list

VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = True
SECRET_KEY = env("SECRET_KEY", "demo-only-not-secret-7d1f9c0b2a4e4f6b8c3d5e7f9a1b3c5d")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
DATABASES = {
    "default": sqlite_ingebed(
        dj_database_url.parse(
            env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'refit-demo.sqlite3'}"), conn_max_age=0
        )
    )
}
# Mail is printed where the server runs, so invitation links are easy to follow.
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
REFIT_DEMO = True
REFIT_IDENTITEIT_SLEUTELS = env_list("REFIT_IDENTITEIT_SLEUTELS", DEMO_IDENTITEIT_SLEUTEL)

# Serve static files straight from the apps; no collectstatic needed here.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
