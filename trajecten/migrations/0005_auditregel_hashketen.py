"""The audit log becomes a hash chain, and on PostgreSQL nobody can TRUNCATE it.

Rows written before this migration are chained here, in id order, so the verification
(`manage.py auditspoor_controleren`) holds on an upgraded database. That is the one UPDATE the
audit table ever gets: the row trigger of 0002 is switched off for it, inside this migration's
transaction, by the owner that runs migrations.

The TRUNCATE trigger is a statement trigger: row triggers do not fire for TRUNCATE. The
application's role cannot TRUNCATE anyway (no privilege, `databaserechten_inrichten`); the
trigger stops the owner and a superuser (`manage.py flush`, a careless script).
"""

import django.db.models.functions.text
import django.db.models.lookups
import django.utils.timezone
from django.db import migrations, models

from trajecten.auditketen import BEGIN, INHOUD, regel_hash

BATCH = 5000
TRUNCATE_TRIGGER_AANMAKEN = """
CREATE OR REPLACE FUNCTION trajecten_auditregel_niet_legen() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'trajecten_auditregel is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER trajecten_auditregel_niet_legen
    BEFORE TRUNCATE ON trajecten_auditregel
    FOR EACH STATEMENT EXECUTE FUNCTION trajecten_auditregel_niet_legen();
"""
TRUNCATE_TRIGGER_VERWIJDEREN = """
DROP TRIGGER IF EXISTS trajecten_auditregel_niet_legen ON trajecten_auditregel;
DROP FUNCTION IF EXISTS trajecten_auditregel_niet_legen();
"""
RIJTRIGGER = "trajecten_auditregel_alleen_toevoegen"


def bestaande_regels_ketenen(apps, schema_editor):
    """Chain the rows written before this migration, in id order, `BATCH` at a time."""
    AuditRegel = apps.get_model("trajecten", "AuditRegel")
    connection = schema_editor.connection
    tabel = connection.ops.quote_name(AuditRegel._meta.db_table)
    if connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {tabel} DISABLE TRIGGER {RIJTRIGGER}")
    rijen = AuditRegel.objects.order_by("pk").values_list("pk", *INHOUD)
    vorige_hash, vorige_id = BEGIN, 0
    while batch := list(rijen.filter(pk__gt=vorige_id)[:BATCH]):
        hashes = []
        for pk, *inhoud in batch:
            hash_ = regel_hash(vorige_hash=vorige_hash, **dict(zip(INHOUD, inhoud, strict=True)))
            hashes.append((vorige_hash, hash_, pk))
            vorige_hash = hash_
        with connection.cursor() as cursor:
            cursor.executemany(f"UPDATE {tabel} SET vorige_hash = %s, hash = %s WHERE id = %s", hashes)
        vorige_id = batch[-1][0]
    if connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {tabel} ENABLE TRIGGER {RIJTRIGGER}")


def truncate_trigger_aanmaken(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(TRUNCATE_TRIGGER_AANMAKEN, params=None)


def truncate_trigger_verwijderen(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(TRUNCATE_TRIGGER_VERWIJDEREN, params=None)


class Migration(migrations.Migration):
    dependencies = [("trajecten", "0004_vrije_tekst_versleuteld")]

    operations = [
        migrations.AlterField(
            model_name="auditregel",
            name="tijdstip",
            field=models.DateTimeField(
                db_index=True, default=django.utils.timezone.now, editable=False, verbose_name="tijdstip"
            ),
        ),
        migrations.AddField(
            model_name="auditregel",
            name="vorige_hash",
            field=models.CharField(
                default="", editable=False, max_length=64, verbose_name="hash van de vorige regel"
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="auditregel",
            name="hash",
            field=models.CharField(default="", editable=False, max_length=64, verbose_name="hash"),
            preserve_default=False,
        ),
        migrations.RunPython(bestaande_regels_ketenen, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="auditregel",
            constraint=models.UniqueConstraint(fields=("vorige_hash",), name="auditregel_een_opvolger"),
        ),
        migrations.AddConstraint(
            model_name="auditregel",
            constraint=models.CheckConstraint(
                condition=django.db.models.lookups.Exact(django.db.models.functions.text.Length("hash"), 64),
                name="auditregel_heeft_hash",
            ),
        ),
        migrations.AddConstraint(
            model_name="auditregel",
            constraint=models.CheckConstraint(
                condition=django.db.models.lookups.In(
                    django.db.models.functions.text.Length("vorige_hash"), [0, 64]
                ),
                name="auditregel_vorige_hash_of_begin",
            ),
        ),
        migrations.RunPython(truncate_trigger_aanmaken, truncate_trigger_verwijderen),
    ]
