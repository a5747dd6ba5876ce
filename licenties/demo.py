"""Demo licences: the demo trainer has held a licence long enough to be 'ervaren'."""

from datetime import date

from django.contrib.auth import get_user_model

from licenties.models import Licentie, Programma


def load_licenties() -> None:
    trainer = get_user_model().objects.get(email="trainer@demo.re-fit.example")
    Licentie.objects.update_or_create(
        nummer="RF-2021-0007",
        defaults={
            "houder": trainer,
            "programma": Programma.RE_FIT,
            "behaald_op": date(2021, 6, 18),
        },
    )
