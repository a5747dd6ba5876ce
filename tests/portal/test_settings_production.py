"""Production settings refuse to start without a real secret and pass `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k3Y-" + "x7Qp9LmZ2vRt8WnB4sJd6HfC1gKa5YeU0oIiPqRsTuVwXyZ"


def run_with_production_settings(*args, **env_overrides):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres",
            "ALLOWED_HOSTS": "portaal.re-fit.example",
            "WAGTAILADMIN_BASE_URL": "https://portaal.re-fit.example",
            "DEFAULT_FROM_EMAIL": "Re-Fit <noreply@re-fit.example>",
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
        timeout=120,
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
