"""Settings shared by every environment.

Everything that differs between machines comes from the environment (see
`portal.settings.environment`); the files `demo`, `test` and `production` only
choose defaults for their situation.
"""

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from portal.settings.environment import env, env_bool, env_list

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env("REFIT_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    # The feature apps come first so that their templates override library ones.
    "portal",
    "content",
    "cursus",
    "licenties",
    "intervisie",
    "trajecten",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "portal.accounts.apps.UsersAppConfig",  # wagtail.users: only a superuser makes a superuser
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Background work
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.postgres",  # Wagtail's search index uses it on PostgreSQL
]

MIDDLEWARE = [
    # First, so the logged duration covers everything and every log line has the request id.
    "portal.logging.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "portal.nultekens.NulTekenMiddleware",
    "portal.querystring.QueryStringMiddleware",
    "portal.onvolledig.OnvolledigFormulierMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "portal.sessions.IdleSessionMiddleware",
    "portal.cache_headers.PrivateCacheMiddleware",
    "portal.middleware.MfaRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.navigation",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
# DATABASE_URL selects the database; each settings module supplies its default.
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# SQLite as a real embedded database (the demo and the tests; issue 18, finding 6): `make demo`
# runs a threaded web server and a task worker on one file, and SQLite has one writer at a time.
# - WAL: readers and the writer no longer block each other;
# - a busy timeout: a writer waits up to 20 s for the other instead of failing;
# - IMMEDIATE transactions: a transaction takes the write lock when it begins. A transaction
#   that read first and writes later cannot wait for it (SQLite would deadlock), so it fails at
#   once with "database is locked", whatever the timeout — Wagtail's page writes do exactly that;
# - synchronous=NORMAL: safe with WAL (a power cut may lose the last commit, never the file).
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
}


def sqlite_ingebed(database: dict) -> dict:
    """`database` (a DATABASES entry) with `SQLITE_OPTIONS` when it is SQLite; others unchanged."""
    if database["ENGINE"] == "django.db.backends.sqlite3":
        return {**database, "OPTIONS": {**SQLITE_OPTIONS, **database.get("OPTIONS", {})}}
    return database


# --- Accounts -------------------------------------------------------------
AUTH_USER_MODEL = "portal.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "/"

# allauth: e-mail is the login; nobody signs up on their own (see
# portal.accounts.adapter), accounts come from an invitation.
ACCOUNT_ADAPTER = "portal.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False  # a confirmed address is no login: password and code follow
# A code by mail would be a login without the authenticator app: off, whatever allauth's default.
ACCOUNT_LOGIN_BY_CODE_ENABLED = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Re-Fit] "
# Five wrong passwords for one address within five minutes lock that address
# for the rest of the window (allauth's "login_failed" rate limit).
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
# Behind a reverse proxy the client address comes from X-Forwarded-For; without this
# every visitor would share the proxy's address and one another's rate limits.
ALLAUTH_TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))

MFA_ADAPTER = "portal.accounts.adapter.MfaAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Re-Fit portaal"
MFA_RECOVERY_CODE_COUNT = 10

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 8  # a working day
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Whoever can open case records is logged out after this many minutes without a request
# (portal.sessions); the session above still ends after a working day at the latest.
REFIT_SESSIE_INACTIEF_MINUTEN = int(env("REFIT_SESSIE_INACTIEF_MINUTEN", "30"))

# --- Language and time ----------------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands"))]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["portal.formats"]

# --- Static files and media -----------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / "media")))
# Files that only a permission-checked view serves (certificates, case attachments): never under MEDIA_URL.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "prive": {"BACKEND": "portal.storage.PriveBestandssysteem"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# MEDIA_STORAGE=s3: uploads in an S3-compatible bucket (AWS, MinIO, a Dutch cloud's object store),
# private files in a second bucket that must not be public (portal/storage.py).
MEDIA_STORAGE = env("MEDIA_STORAGE", "disk")
if MEDIA_STORAGE == "s3":
    S3_OPTIONS = {
        "endpoint_url": env("S3_ENDPOINT_URL", "") or None,
        "region_name": env("S3_REGION", "") or None,
        "access_key": env("S3_ACCESS_KEY_ID"),
        "secret_key": env("S3_SECRET_ACCESS_KEY"),
        "file_overwrite": False,
        "default_acl": None,  # the bucket's own policy decides
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **S3_OPTIONS,
            "bucket_name": env("S3_MEDIA_BUCKET"),
            "custom_domain": env("S3_MEDIA_DOMAIN", "") or None,
            "querystring_auth": False,  # public media: documents still go through serve_view
        },
    }
    STORAGES["prive"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {**S3_OPTIONS, "bucket_name": env("S3_PRIVATE_BUCKET"), "querystring_auth": True},
    }
elif MEDIA_STORAGE != "disk":
    raise ImproperlyConfigured(f"MEDIA_STORAGE must be 'disk' or 's3', not {MEDIA_STORAGE!r}.")

# --- Mail -----------------------------------------------------------------
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Re-Fit portaal <noreply@re-fit.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Django 6.1's MAILERS; production sends through SMTP configured by EMAIL_* variables.
SMTP_MAILER = {
    "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "OPTIONS": {
        "host": env("EMAIL_HOST", "localhost"),
        "port": int(env("EMAIL_PORT", "25")),
        "username": env("EMAIL_HOST_USER", ""),
        "password": env("EMAIL_HOST_PASSWORD", ""),
        "use_tls": env_bool("EMAIL_USE_TLS", False),
        "use_ssl": env_bool("EMAIL_USE_SSL", False),
        "timeout": 20,
    },
}
MAILERS = {"default": SMTP_MAILER}

# --- Background work ------------------------------------------------------
# One queue for everything: mail, PDF batches, reminders. The worker is
# `manage.py db_worker`; periodic jobs are queued by `manage.py periodieke_taken`.
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

# --- Security -------------------------------------------------------------
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview view allows its own frame itself
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    # Inline styles stay allowed: Wagtail's admin scripts (jQuery UI, the date picker, Draftail,
    # the sidebar) insert markup with style attributes. A style cannot run code; scripts stay strict.
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    # allauth shows the TOTP QR code as a data: image.
    "img-src": [CSP.SELF, "data:", "blob:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-src": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
# One policy for the site and the Wagtail admin: no inline scripts anywhere. The few inline
# scripts Wagtail 8 writes itself are rendered as data and started by an external file
# instead (portal/admin_scripts.py).

# --- Wagtail --------------------------------------------------------------
WAGTAIL_SITE_NAME = "Re-Fit portaal"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "/account/login/"  # private pages send visitors to allauth too
# Pages and document collections are private by login and group only. A shared password would be
# a way in that allauth does not guard (no lockout, no second step); portal/urls.py refuses the
# routes that would check one, so a password restriction from before opens nothing either.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False  # passwords are allauth's business
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands")]
WAGTAIL_I18N_ENABLED = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no e-mail hashes to a third party
# No call from the admin to releases.wagtail.org (the CSP refuses it anyway); upgrades go through uv.lock.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Rule 'vier ogen' (content/vier_ogen.py): no one may publish pages directly; an approved workflow
# publishes through this step, and an approval counts only for the version it was given.
WAGTAIL_FINISH_WORKFLOW_ACTION = "content.vier_ogen.goedgekeurd_publiceren"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # documents go through permission checks
# Editors upload PDF, office files and video only, checked by content too (portal/documenten.py).
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "mp4", "webm"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.documenten.DocumentForm"

# --- Caches ---------------------------------------------------------------
if REDIS_URL := env("REDIS_URL", ""):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "refit",
            # A Redis that hangs must fail requests fast, not tie up every gunicorn thread.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Sessions are read on every request: with REDIS_SESSIONS they are read from Redis and written
# through to the database, so flushing or losing Redis logs nobody out.
if env_bool("REDIS_SESSIONS", False):
    if not REDIS_URL:
        raise ImproperlyConfigured("REDIS_SESSIONS needs REDIS_URL.")
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Logging --------------------------------------------------------------
# Logs name objects by id or pseudonymous code, never by a person's name or
# e-mail address; request logging leaves out query strings for that reason.
# Every line carries the request id; LOG_FORMAT=json writes JSON lines (production's default).
# The access log is portal.request (portal/logging.py): path without query string, user by id.
LOG_FORMAT = env("LOG_FORMAT", "plain")
if LOG_FORMAT not in {"plain", "json"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be plain or json, not {LOG_FORMAT!r}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_context": {"()": "portal.logging.RequestContextFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "portal.logging.JsonLinesFormatter"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["request_context"]}
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.server": {"level": "WARNING"},
        # The worker prints each task's progress itself; no second copy.
        "django.tasks": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# --- Portal ---------------------------------------------------------------
REFIT_DEMO = False
REFIT_INVITATION_DAYS = 14
# A freed seat offered from a waiting list (course, professionalisation day) waits this long.
REFIT_PLAATSAANBOD_UREN = 48
# A confirmation link from a public form (double opt-in, portal.openbare_formulieren) works this long.
REFIT_BEVESTIGING_UREN = 48
# Keys for the pupil identity in `trajecten` (Fernet, comma-separated; the first encrypts, the
# others still decrypt during a key rotation). Separate from SECRET_KEY on purpose: a leaked
# signing key must not open the identities, and each can be rotated on its own.
REFIT_IDENTITEIT_SLEUTELS = env_list("REFIT_IDENTITEIT_SLEUTELS", "")

# A fixed development key for the pupil identity: not secret, never for real data.
DEMO_IDENTITEIT_SLEUTEL = "ZGVtby1lbi10ZXN0LW5pZXQtZ2VoZWltLTAwMDAwMDA="
