"""The lapse notices (`VervalMelding`) move to the portal's outbox (`portal.UitgaandeMail`) under the
key `trajecten.services.bewaren.traject_laten_vervallen` now records, so none goes twice. The subject
is the record's id, never its code; `traject_vernietigen` deletes the rows with the record."""

from django.db import migrations

VERVALLEN_GEMELD = "trajecten.vervallen"  # trajecten.services.bewaren.VERVALLEN_GEMELD, frozen here
ONDERWERP = "trajecten.traject:"


def naar_uitgaande_mail(apps, schema_editor):
    VervalMelding = apps.get_model("trajecten", "VervalMelding")
    UitgaandeMail = apps.get_model("portal", "UitgaandeMail")
    UitgaandeMail.objects.bulk_create(
        [
            UitgaandeMail(
                soort=VERVALLEN_GEMELD,
                onderwerp=f"{ONDERWERP}{melding.traject_id}",
                ontvanger_id=melding.user_id,
                aangemaakt_op=melding.aangemaakt_op,
                verstuurd_op=melding.verstuurd_op,
            )
            for melding in VervalMelding.objects.iterator()
        ],
        ignore_conflicts=True,
    )


def terug_uit_uitgaande_mail(apps, schema_editor):
    VervalMelding = apps.get_model("trajecten", "VervalMelding")
    UitgaandeMail = apps.get_model("portal", "UitgaandeMail")
    uitgaand = UitgaandeMail.objects.filter(soort=VERVALLEN_GEMELD)
    for rij in uitgaand:
        melding = VervalMelding.objects.create(
            traject_id=int(rij.onderwerp.removeprefix(ONDERWERP)),
            user_id=rij.ontvanger_id,
            verstuurd_op=rij.verstuurd_op,
        )
        # `aangemaakt_op` is auto_now_add: set it back afterwards.
        VervalMelding.objects.filter(pk=melding.pk).update(aangemaakt_op=rij.aangemaakt_op)
    uitgaand.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("trajecten", "0006_levensloop_en_bewaartermijn"),
        ("portal", "0005_uitgaande_mail"),
    ]

    operations = [
        migrations.RunPython(naar_uitgaande_mail, terug_uit_uitgaande_mail),
        migrations.RemoveConstraint(
            model_name="vervalmelding",
            name="vervalmelding_eenmaal",
        ),
        migrations.DeleteModel(
            name="VervalMelding",
        ),
    ]
