"""The send-once flag `Groepslidmaatschap.gemeld_op` moves to the portal's outbox
(`portal.UitgaandeMail`): every membership whose group mail went gets a sent row with that time,
under the key `intervisie.tasks.send_indeling_mail` uses, so none goes twice after the move."""

from django.db import migrations

INDELING_GEMELD = "intervisie.ingedeeld"  # intervisie.models.groepen.INDELING_GEMELD, frozen here


def naar_uitgaande_mail(apps, schema_editor):
    Groepslidmaatschap = apps.get_model("intervisie", "Groepslidmaatschap")
    UitgaandeMail = apps.get_model("portal", "UitgaandeMail")
    UitgaandeMail.objects.bulk_create(
        [
            UitgaandeMail(
                soort=INDELING_GEMELD,
                onderwerp=f"intervisie.groepslidmaatschap:{lidmaatschap.pk}",
                ontvanger_id=lidmaatschap.user_id,
                aangemaakt_op=lidmaatschap.gemeld_op,
                verstuurd_op=lidmaatschap.gemeld_op,
            )
            for lidmaatschap in Groepslidmaatschap.objects.exclude(gemeld_op=None).iterator()
        ],
        ignore_conflicts=True,
    )


def terug_uit_uitgaande_mail(apps, schema_editor):
    Groepslidmaatschap = apps.get_model("intervisie", "Groepslidmaatschap")
    UitgaandeMail = apps.get_model("portal", "UitgaandeMail")
    for onderwerp, verstuurd_op in (
        UitgaandeMail.objects.filter(soort=INDELING_GEMELD)
        .exclude(verstuurd_op=None)
        .values_list("onderwerp", "verstuurd_op")
    ):
        pk = int(onderwerp.rpartition(":")[2])
        Groepslidmaatschap.objects.filter(pk=pk).update(gemeld_op=verstuurd_op)
    UitgaandeMail.objects.filter(soort=INDELING_GEMELD).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("intervisie", "0003_eindtijd_na_begintijd_voor_elke_afspraak"),
        ("portal", "0005_uitgaande_mail"),
    ]

    operations = [
        migrations.RunPython(naar_uitgaande_mail, terug_uit_uitgaande_mail),
        migrations.RemoveField(
            model_name="groepslidmaatschap",
            name="gemeld_op",
        ),
    ]
