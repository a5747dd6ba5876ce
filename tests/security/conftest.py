"""Shared by the security tests: the hypothesis profile, small by default so the suite stays fast.

(Restored by the permission-matrix helper after it overwrote this file by mistake; the matrix
itself keeps its fixtures in tests/security/test_url_matrix.py.)
"""

import os

from hypothesis import HealthCheck, settings

_ONDERDRUKT = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("ci", max_examples=25, deadline=None, suppress_health_check=_ONDERDRUKT)
settings.register_profile("grondig", max_examples=500, deadline=None, suppress_health_check=_ONDERDRUKT)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
