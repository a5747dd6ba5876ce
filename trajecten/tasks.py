"""Background work of the trajectories. Arguments are ids, never names."""

from django_tasks import task

from trajecten.services.bewaren import vervallen_trajecten_vernietigen


@task()
def bewaartermijn_bewaken() -> int:
    """Daily: destroy every closed record past its destroy date (rule 'bewaartermijn'); safe to run twice."""
    return vervallen_trajecten_vernietigen()
