"""Background jobs of the portal itself. Feature apps keep theirs in their own tasks.py."""

from django.core.management import call_command
from django_tasks import task


@task()
def publish_scheduled_pages() -> None:
    """Publish (and unpublish) pages whose scheduled time has come."""
    call_command("publish_scheduled")
