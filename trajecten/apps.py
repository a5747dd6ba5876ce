from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrajectenConfig(AppConfig):
    name = "trajecten"
    verbose_name = _("Trajecten")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        import trajecten.checks  # noqa: F401  (registers the deploy check of the database roles)
        from trajecten.bereik import trajecten_gewijzigd
        from trajecten.models import Traject

        # The reach counts are kept until a trajectory changes (trajecten.bereik.tellen).
        post_save.connect(trajecten_gewijzigd, sender=Traject, dispatch_uid="trajecten.bereik.save")
        post_delete.connect(trajecten_gewijzigd, sender=Traject, dispatch_uid="trajecten.bereik.delete")
