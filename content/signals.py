from content.services import wijziging_vastleggen


def leg_wijziging_vast(sender, instance, revision, **kwargs):
    """Every publication of a manual page becomes news for its readers."""
    wijziging_vastleggen(page=instance, revision=revision, door=getattr(revision, "user", None))
