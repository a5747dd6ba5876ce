"""Production settings refuse to start without a real secret and pass `check --deploy`."""

import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k3Y-" + "x7Qp9LmZ2vRt8WnB4sJd6HfC1gKa5YeU0oIiPqRsTuVwXyZ"
# A valid Fernet key made for this test only (32 bytes, url-safe base64).
GOOD_IDENTITY_KEY = "cHJvZHVjdGllLXRlc3Qtc2xldXRlbC0xMjM0NTY3ODk="


def run_with_production_settings(*args, **env_overrides):
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "SECRET_KEY",
            "DATABASE_URL",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "REFIT_IDENTITEIT_SLEUTELS",
            "REDIS_URL",
            "REDIS_SESSIONS",
            "LOG_FORMAT",
            "WEB_CONCURRENCY",
            "GUNICORN_THREADS",
            "FORWARDED_ALLOW_IPS",
        }
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres",
            "ALLOWED_HOSTS": "portaal.re-fit.example",
            "WAGTAILADMIN_BASE_URL": "https://portaal.re-fit.example",
            "DEFAULT_FROM_EMAIL": "Re-Fit <noreply@re-fit.example>",
            "REFIT_IDENTITEIT_SLEUTELS": GOOD_IDENTITY_KEY,
            **env_overrides,
        }
    )
    env = {k: v for k, v in env.items() if v is not None}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,  # a loaded CI machine runs two suites at once
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_with_production_settings("check")

    assert result.returncode != 0
    assert "SECRET_KEY is missing or too weak" in result.stderr


@pytest.mark.parametrize("weak", ["kort", "demo-only-not-secret-7d1f9c0b2a4e4f6b8c3d5e7f9a1b3c5d", "a" * 60])
def test_production_refuses_a_weak_or_demo_secret_key(weak):
    result = run_with_production_settings("check", SECRET_KEY=weak)

    assert result.returncode != 0
    assert "SECRET_KEY is missing or too weak" in result.stderr


def test_production_refuses_sqlite():
    result = run_with_production_settings("check", SECRET_KEY=GOOD_KEY, DATABASE_URL="sqlite:///x.db")

    assert result.returncode != 0
    assert "Production runs on PostgreSQL" in result.stderr


def test_production_settings_pass_check_deploy_without_warnings():
    result = run_with_production_settings("check", "--deploy", "--fail-level", "WARNING", SECRET_KEY=GOOD_KEY)

    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL", "DEFAULT_FROM_EMAIL"])
def test_production_refuses_to_guess_hosts_and_senders(missing):
    result = run_with_production_settings("check", SECRET_KEY=GOOD_KEY, **{missing: None})

    assert result.returncode != 0
    assert f"Set the environment variable {missing}" in result.stderr


def test_production_refuses_to_start_without_identity_keys():
    result = run_with_production_settings("check", SECRET_KEY=GOOD_KEY, REFIT_IDENTITEIT_SLEUTELS=None)

    assert result.returncode != 0
    assert "REFIT_IDENTITEIT_SLEUTELS is missing or invalid" in result.stderr


@pytest.mark.parametrize(
    "weak",
    [
        "geen-fernet-sleutel",
        "ZGVtby1lbi10ZXN0LW5pZXQtZ2VoZWltLTAwMDAwMDA=",  # the development key of demo and test
        f"{GOOD_IDENTITY_KEY},kapot",
    ],
)
def test_production_refuses_invalid_or_development_identity_keys(weak):
    result = run_with_production_settings("check", SECRET_KEY=GOOD_KEY, REFIT_IDENTITEIT_SLEUTELS=weak)

    assert result.returncode != 0
    assert "REFIT_IDENTITEIT_SLEUTELS is missing or invalid" in result.stderr


def test_production_accepts_several_identity_keys_for_rotation():
    other = "dHdlZWRlLXNsZXV0ZWwtdm9vci1yb3RhdGllLTEyMzQ="
    result = run_with_production_settings(
        "check", SECRET_KEY=GOOD_KEY, REFIT_IDENTITEIT_SLEUTELS=f"{GOOD_IDENTITY_KEY},{other}"
    )

    assert result.returncode == 0, result.stderr + result.stdout


def production_settings(*names, **env_overrides) -> dict:
    """The named settings as production computes them from the given environment."""
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {list(names)!r}}}, default=str))"
    )
    result = run_with_production_settings("shell", "-c", code, SECRET_KEY=GOOD_KEY, **env_overrides)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_reuses_database_connections_and_checks_them_first():
    [database] = production_settings("DATABASES").values()

    assert database["default"]["CONN_MAX_AGE"] == 600
    assert database["default"]["CONN_HEALTH_CHECKS"] is True


def test_production_without_redis_shares_cache_and_sessions_through_the_database():
    found = production_settings("CACHES", "SESSION_ENGINE")

    assert found["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert found["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"


def test_production_with_redis_caches_there_and_may_keep_sessions_there_too():
    found = production_settings(
        "CACHES", "SESSION_ENGINE", REDIS_URL="redis://127.0.0.1:6379/9", REDIS_SESSIONS="true"
    )

    assert found["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert found["CACHES"]["default"]["LOCATION"] == "redis://127.0.0.1:6379/9"
    # Read from Redis, written through to the database: losing Redis logs nobody out.
    assert found["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"


def test_production_refuses_redis_sessions_without_redis():
    result = run_with_production_settings("check", SECRET_KEY=GOOD_KEY, REDIS_SESSIONS="true")

    assert result.returncode != 0
    assert "REDIS_SESSIONS needs REDIS_URL" in result.stderr


def test_production_logs_json_lines_and_serves_hashed_compressed_static_files():
    found = production_settings("LOGGING", "STORAGES", "SECURE_REDIRECT_EXEMPT")

    assert found["LOGGING"]["handlers"]["console"]["formatter"] == "json"
    assert found["STORAGES"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    # Load balancers probe over plain http.
    assert found["SECURE_REDIRECT_EXEMPT"] == [r"^gezondheid/$", r"^gereed/$"]


def test_gunicorn_trusts_the_same_proxy_as_the_portal_and_writes_no_access_log():
    config = runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))
    [proxy_count] = production_settings("ALLAUTH_TRUSTED_PROXY_COUNT").values()

    assert (config["workers"], config["threads"]) == (3, 2)  # 2 cores; see the file
    # One proxy by default (nginx on this machine): gunicorn takes https only from there.
    assert proxy_count == 1 and config["forwarded_allow_ips"] == "127.0.0.1,::1"
    assert config["timeout"] < 60  # below nginx's proxy_read_timeout
    assert config["accesslog"] is None
    assert config["logconfig_dict"]["loggers"]["gunicorn.access"]["handlers"] == []


S3_ENV = {
    "MEDIA_STORAGE": "s3",
    "S3_ENDPOINT_URL": "https://s3.example.nl",
    "S3_REGION": "nl-ams",
    "S3_ACCESS_KEY_ID": "refit-app",
    "S3_SECRET_ACCESS_KEY": "geheim-voor-deze-test",
    "S3_MEDIA_BUCKET": "refit-media",
    "S3_PRIVATE_BUCKET": "refit-prive",
}


def test_production_keeps_media_on_local_disk_by_default():
    [storages] = production_settings("STORAGES").values()

    assert storages["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert storages["prive"]["BACKEND"] == "portal.storage.PriveBestandssysteem"


def test_production_with_media_storage_s3_puts_media_and_private_files_in_separate_buckets():
    [storages] = production_settings("STORAGES", **S3_ENV).values()

    media, prive = storages["default"], storages["prive"]
    assert media["BACKEND"] == prive["BACKEND"] == "storages.backends.s3.S3Storage"
    assert media["OPTIONS"]["bucket_name"] == "refit-media"
    assert prive["OPTIONS"]["bucket_name"] == "refit-prive"
    assert media["OPTIONS"]["endpoint_url"] == "https://s3.example.nl"
    # Private files are never given an unsigned address; the checked views stream them anyway.
    assert prive["OPTIONS"]["querystring_auth"] is True
    assert media["OPTIONS"]["file_overwrite"] is False


def test_private_files_in_s3_get_no_public_address_either():
    code = (
        "from portal.storage import PriveOpslag; "
        "opslag = PriveOpslag('licenties'); "
        "print(type(opslag.achter).__name__, opslag.achter.bucket_name, opslag._volledig('c.pdf')); "
        "opslag.url('c.pdf')"
    )
    result = run_with_production_settings("shell", "-c", code, SECRET_KEY=GOOD_KEY, **S3_ENV)

    assert "S3Storage refit-prive licenties/c.pdf" in result.stdout
    assert result.returncode != 0 and "Private files have no public address" in result.stderr


def test_production_refuses_an_unknown_media_storage():
    result = run_with_production_settings("check", SECRET_KEY=GOOD_KEY, MEDIA_STORAGE="ftp")

    assert result.returncode != 0
    assert "MEDIA_STORAGE must be 'disk' or 's3'" in result.stderr


def test_s3_storage_needs_its_buckets_and_keys():
    result = run_with_production_settings(
        "check", SECRET_KEY=GOOD_KEY, **{**S3_ENV, "S3_PRIVATE_BUCKET": None}
    )

    assert result.returncode != 0
    assert "Set the environment variable S3_PRIVATE_BUCKET." in result.stderr


def test_production_cookies_travel_only_over_https_and_browsers_are_told_to_stay_there():
    found = production_settings(
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "SESSION_COOKIE_SAMESITE",
        "SESSION_EXPIRE_AT_BROWSER_CLOSE",
        "SECURE_SSL_REDIRECT",
        "SECURE_PROXY_SSL_HEADER",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
    )

    assert found["SESSION_COOKIE_SECURE"] is True and found["CSRF_COOKIE_SECURE"] is True
    assert found["SESSION_COOKIE_HTTPONLY"] is True and found["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert found["SESSION_EXPIRE_AT_BROWSER_CLOSE"] is True
    assert found["SECURE_SSL_REDIRECT"] is True
    assert found["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert found["SECURE_HSTS_SECONDS"] >= 60 * 60 * 24 * 365
    assert found["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True and found["SECURE_HSTS_PRELOAD"] is True


def test_production_logs_out_idle_case_access_after_30_minutes_unless_configured():
    assert production_settings("REFIT_SESSIE_INACTIEF_MINUTEN") == {"REFIT_SESSIE_INACTIEF_MINUTEN": 30}
    assert production_settings("REFIT_SESSIE_INACTIEF_MINUTEN", REFIT_SESSIE_INACTIEF_MINUTEN="15") == {
        "REFIT_SESSIE_INACTIEF_MINUTEN": 15
    }


def test_production_allows_no_inline_script_anywhere_and_no_login_shortcuts():
    found = production_settings(
        "SECURE_CSP", "ACCOUNT_LOGIN_ON_PASSWORD_RESET", "ACCOUNT_LOGIN_BY_CODE_ENABLED", "MIDDLEWARE"
    )

    assert "'unsafe-inline'" not in found["SECURE_CSP"]["script-src"]
    assert found["ACCOUNT_LOGIN_ON_PASSWORD_RESET"] is False
    assert found["ACCOUNT_LOGIN_BY_CODE_ENABLED"] is False
    assert "portal.sessions.IdleSessionMiddleware" in found["MIDDLEWARE"]
