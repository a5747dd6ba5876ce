"""Background jobs of the portal itself. Feature apps keep theirs in their own tasks.py."""

from django.core.management import call_command
from django_tasks import task


@task()
def prune_task_results() -> None:
    """Forget finished background tasks after 14 days; failed ones are kept for 30 to investigate."""
    call_command("prune_db_task_results", "--min-age-days", "14", "--failed-min-age-days", "30", verbosity=0)


@task()
def publish_scheduled_pages() -> None:
    """Publish (and unpublish) pages whose scheduled time has come."""
    call_command("publish_scheduled")


@task()
def adresbevestigingen_opruimen() -> None:
    """Forget what public forms stored for unconfirmed addresses (rule 'Openbare formulieren')."""
    from portal.accounts.bevestigen import verlopen_bevestigingen_wissen

    verlopen_bevestigingen_wissen()
