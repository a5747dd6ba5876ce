"""On PostgreSQL the database itself refuses UPDATE and DELETE on the audit log.

The model refuses them too, but a trigger also stops raw SQL, the shell and a
careless migration. Other databases (SQLite in the demo) rely on the model only.
"""

from django.db import migrations

TRIGGER_AANMAKEN = """
CREATE OR REPLACE FUNCTION trajecten_auditregel_alleen_toevoegen() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'trajecten_auditregel is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER trajecten_auditregel_alleen_toevoegen
    BEFORE UPDATE OR DELETE ON trajecten_auditregel
    FOR EACH ROW EXECUTE FUNCTION trajecten_auditregel_alleen_toevoegen();
"""
TRIGGER_VERWIJDEREN = """
DROP TRIGGER IF EXISTS trajecten_auditregel_alleen_toevoegen ON trajecten_auditregel;
DROP FUNCTION IF EXISTS trajecten_auditregel_alleen_toevoegen();
"""


def trigger_aanmaken(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(TRIGGER_AANMAKEN, params=None)


def trigger_verwijderen(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(TRIGGER_VERWIJDEREN, params=None)


class Migration(migrations.Migration):
    dependencies = [("trajecten", "0001_initial")]

    operations = [migrations.RunPython(trigger_aanmaken, trigger_verwijderen)]
