"""Setting up a fresh portal: what must exist before anyone can use it.

Each app registers idempotent steps under `SETUP_HOOK` (e.g. the home page and the
manual's root with its privacy and approval workflow). `manage.py inrichten` runs
them on a new installation; `manage.py demo_data` runs them before the demo data.
"""

from wagtail import hooks

SETUP_HOOK = "refit_inrichting"


def setup_steps() -> list[tuple[str, callable]]:
    return [step for hook in hooks.get_hooks(SETUP_HOOK) for step in hook()]
