"""Settings for the real subprocesses of the fault tests (`db_worker`, `shell` on a restored database).

The test settings, except what must be shared across processes: tasks wait in the database,
mail goes to files (countable by the test), media in the test's own directories.
"""

from portal.settings.base import DEMO_IDENTITEIT_SLEUTEL
from portal.settings.environment import env, env_list
from portal.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "OPTIONS": {"file_path": env("REFIT_TEST_MAILMAP")},
    }
}
MEDIA_ROOT = env("MEDIA_ROOT")
PRIVATE_MEDIA_ROOT = env("PRIVATE_MEDIA_ROOT")
# The key a restore is started with; by default the test key the data was written with.
REFIT_IDENTITEIT_SLEUTELS = env_list("REFIT_IDENTITEIT_SLEUTELS", DEMO_IDENTITEIT_SLEUTEL)
