"""Set up the load test's database: migrate, demo data, 1,000 trainers with TOTP, a plan file.

Run by `benchmarks/load/run.py` with the production settings, in one process (starting Django
and Wagtail once costs less than four `manage.py` calls; collectstatic runs beside it). Writes a JSON plan for the
locustfile: the accounts with their TOTP secrets and the URLs worth visiting. Never on a real
database: the accounts have a password and TOTP secrets that are written to a file.

    python benchmarks/load/zaaien.py PLAN.json      (environment as run.py sets it)
"""

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

TRAINERS = 1000  # the national number the target is derived from (docs: benchmarks/README.md)
KERNGROEP = 10
ONBEKENDE_NUMMERS = ["RF-2020-99999", "RF-2031-00001", "RF-1999-00042"]  # typos on a certificate
ZOEKTERMEN = ["emmer", "energie", "grenzen", "lef", "ouders", "rust", "vertrouwen", "trots", "balans"]


def stap(naam: str, functie, *args, **kwargs):
    start = time.monotonic()
    uitkomst = functie(*args, **kwargs)
    print(f"    {naam}: {time.monotonic() - start:.1f} s", flush=True)
    return uitkomst


def accounts_inrichten(*, wachtwoord: str) -> dict:
    """1,000 licensed trainers and ten kerngroep members, each with an authenticator app.

    The trainers and their licence history come from benchmarks/licenties.py (the same data
    set the licence benchmark measures); here they get what logging in needs: the trainer role,
    a verified address, one shared password (hashed once) and a TOTP secret each.
    """
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import generate_totp_secret
    from allauth.mfa.utils import encrypt
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group

    from benchmarks.licenties import zaaien
    from licenties.status import statussen_bijwerken
    from portal.models import User
    from portal.roles import GROUP_NAMES, Role

    zaaien(TRAINERS)
    kerngroep = User.objects.bulk_create(
        [
            User(email=f"kerngroep{n:02d}@load.example", first_name="Kerngroep", last_name=f"{n:02d}")
            for n in range(KERNGROEP)
        ]
    )
    trainers = list(User.objects.filter(email__endswith="@bench.example").order_by("email"))
    wachtwoord_hash = make_password(wachtwoord)
    for user in [*trainers, *kerngroep]:
        user.password = wachtwoord_hash
    User.objects.bulk_update([*trainers, *kerngroep], ["password"], batch_size=1000)
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in [*trainers, *kerngroep]]
    )
    GroepLid = User.groups.through
    groep = {role: Group.objects.get(name=GROUP_NAMES[role]) for role in (Role.TRAINER, Role.KERNGROEP)}
    GroepLid.objects.bulk_create(
        [GroepLid(user=u, group=groep[Role.TRAINER]) for u in trainers]
        + [GroepLid(user=u, group=groep[Role.KERNGROEP]) for u in kerngroep]
    )
    geheimen = {u.pk: generate_totp_secret() for u in [*trainers, *kerngroep]}
    Authenticator.objects.bulk_create(
        [
            Authenticator(user_id=pk, type=Authenticator.Type.TOTP, data={"secret": encrypt(secret)})
            for pk, secret in geheimen.items()
        ]
    )
    statussen_bijwerken()
    return {
        "trainers": [{"email": u.email, "totp": geheimen[u.pk]} for u in trainers],
        "kerngroep": [{"email": u.email, "totp": geheimen[u.pk]} for u in kerngroep],
    }


def adressen() -> dict:
    """The URLs the simulated visitors follow, read from the page tree the demo data built."""
    from content.models import ActiviteitPage, BibliotheekPage, FasePage, Onderdeel, ThemaPage
    from licenties.models import Licentie, LicentieStatus

    bibliotheek = BibliotheekPage.objects.live().get()
    return {
        "fasen": [p.url for p in FasePage.objects.live().order_by("path")],
        "themas": [p.url for p in ThemaPage.objects.live().order_by("path")],
        "activiteiten": [p.url for p in ActiviteitPage.objects.live().order_by("path")],
        "bibliotheek": bibliotheek.url,
        "filters": {
            "fase": [p.nummer for p in FasePage.objects.live()],
            "thema": [p.pk for p in ThemaPage.objects.live()],
            "onderdeel": list(Onderdeel.objects.values_list("code", flat=True)),
            "aanpak": [
                "psycho-educatie",
                "cgt",
                "act",
                "coping",
                "oplossingsgericht",
                "positieve-psychologie",
            ],
            "setting": ["individueel", "groep"],
            "duur": ["tot-10", "11-20", "21-30", "meer-dan-30"],
        },
        "zoektermen": ZOEKTERMEN,
        "licentienummers": list(Licentie.objects.order_by("?").values_list("nummer", flat=True)[:500]),
        "onbekende_nummers": ONBEKENDE_NUMMERS,
        "licentie_statussen": list(LicentieStatus.values),
    }


def main():
    plan_pad = Path(sys.argv[1])
    wachtwoord = os.environ["LOAD_WACHTWOORD"]

    import django
    from django.conf import settings
    from django.core.management import call_command

    # Search-index and reference-index updates run inline, as in the tests: otherwise the worker
    # would still be working off ~300 of them while the load test measures. No mail leaves.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    django.setup()
    stap("migrate", call_command, "migrate", interactive=False, verbosity=0)
    stap("demo_data", call_command, "demo_data", force=True, verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    plan = stap(f"{TRAINERS} trainers, {KERNGROEP} kerngroep", accounts_inrichten, wachtwoord=wachtwoord)
    plan |= {"wachtwoord": wachtwoord, **adressen()}
    plan_pad.write_text(json.dumps(plan, indent=1))
    print(
        f"    plan: {len(plan['trainers'])} trainers, {len(plan['themas'])} thema's, "
        f"{len(plan['activiteiten'])} activiteiten",
        flush=True,
    )


if __name__ == "__main__":
    main()
