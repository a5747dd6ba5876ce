"""The licence mails that went out move to the portal's outbox (`portal.UitgaandeMail`), keyed by
(soort, onderwerp, ontvanger, gelegenheid) instead of (soort, ontvanger, kenmerk), so none goes twice."""

from django.db import migrations

# The old `kenmerk` of each kind, taken apart into what the mail is about and which occasion.
HERINNERINGEN = {"herinnering_september", "herinnering_november", "in_respijt", "verlopen"}


def sleutel(melding, licentie_pk):
    """(onderwerp, gelegenheid) for an old row; None if what it was about no longer exists."""
    soort, kenmerk = melding.soort, melding.kenmerk
    if soort == "maandoverzicht":  # "2026-11"
        return "", kenmerk
    if soort == "uitgegeven":  # the licence number
        pk = licentie_pk.get(kenmerk)
        return (f"licenties.licentie:{pk}", "") if pk else None
    if soort in HERINNERINGEN:  # "<nummer>:<year or date>"
        nummer, _sep, gelegenheid = kenmerk.rpartition(":")
        pk = licentie_pk.get(nummer)
        return (f"licenties.licentie:{pk}", gelegenheid) if pk else None
    if soort == "besluit":  # "besluit-<pk>"
        return f"licenties.besluit:{kenmerk.removeprefix('besluit-')}", ""
    if soort == "dag_aangemeld":  # "dag-<aanmelding pk>"
        return f"licenties.dagaanmelding:{kenmerk.removeprefix('dag-')}", ""
    if soort == "plaatsaanbod":  # "aanbod-<aanmelding pk>-<expiry %Y%m%d%H%M>"
        _aanbod, pk, verloopt = kenmerk.split("-")
        return f"licenties.dagaanmelding:{pk}", verloopt
    if soort == "dag_gewijzigd":  # "dag-<dag pk>-v<volgnummer>"
        _dag, pk, versie = kenmerk.split("-")
        return f"licenties.professionaliseringsdag:{pk}", versie
    raise ValueError(f"Onbekende soort licentiebericht: {soort}")


def naar_uitgaande_mail(apps, schema_editor):
    LicentieMelding = apps.get_model("licenties", "LicentieMelding")
    Licentie = apps.get_model("licenties", "Licentie")
    UitgaandeMail = apps.get_model("portal", "UitgaandeMail")
    licentie_pk = dict(Licentie.objects.values_list("nummer", "pk"))
    rijen = []
    for melding in LicentieMelding.objects.iterator():
        gevonden = sleutel(melding, licentie_pk)
        if gevonden is None:
            continue
        onderwerp, gelegenheid = gevonden
        rijen.append(
            UitgaandeMail(
                soort=f"licenties.{melding.soort}",
                onderwerp=onderwerp,
                ontvanger_id=melding.ontvanger_id,
                gelegenheid=gelegenheid,
                verstuurd_op=melding.verstuurd_op,
            )
        )
    UitgaandeMail.objects.bulk_create(rijen, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [
        ("licenties", "0004_dag_als_afspraak"),
        ("portal", "0005_uitgaande_mail"),
    ]

    operations = [
        migrations.RunPython(naar_uitgaande_mail, migrations.RunPython.noop),
        migrations.RemoveConstraint(
            model_name="licentiemelding",
            name="licentiemelding_eenmalig",
        ),
        migrations.DeleteModel(
            name="LicentieMelding",
        ),
    ]
