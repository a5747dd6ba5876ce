"""Fixtures for the licence tests (the kerngroep's admin screens use them; see admin_fixtures.py)."""

from tests.licenties.admin_fixtures import kerngroep, ongewijzigd  # noqa: F401
