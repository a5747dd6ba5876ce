"""Free text of a case record encrypted at rest: the field type, then the rows already stored.

First every free-text field becomes `VersleuteldeTekst` (a text column: a token is longer than
what a CharField held); then each stored value is encrypted in place with the first key of
REFIT_IDENTITEIT_SLEUTELS, in batches, in raw SQL (the field type would try to decrypt the
plain text it finds). Which fields: those of type `VersleuteldeTekst` in the migration state,
not a list. A value that is already a token is left alone, so a second run changes nothing.
Backwards: decrypted in place, then the old column types.
"""

from cryptography.fernet import InvalidToken
from django.db import migrations

import trajecten.models.versleutelde_tekst
from trajecten.models.versleutelde_tekst import VersleuteldeTekst
from trajecten.versleuteling import tekst_ontsleutelen, tekst_versleutelen

PARTIJ = 500


def _is_token(waarde: str) -> bool:
    try:
        tekst_ontsleutelen(waarde)
    except (InvalidToken, ValueError):
        return False
    return True


def _versleutelen(waarde):
    return waarde if not waarde or _is_token(waarde) else tekst_versleutelen(waarde)


def _ontsleutelen(waarde):
    return tekst_ontsleutelen(waarde) if waarde else waarde


def _omzetten(apps, schema_editor, omzetting):
    verbinding = schema_editor.connection
    q = verbinding.ops.quote_name
    for model in apps.get_app_config("trajecten").get_models():
        velden = [veld for veld in model._meta.concrete_fields if isinstance(veld, VersleuteldeTekst)]
        if not velden:
            continue
        tabel, pk = q(model._meta.db_table), q(model._meta.pk.column)
        kolommen = ", ".join(q(veld.column) for veld in velden)
        toekennen = ", ".join(f"{q(veld.column)} = %s" for veld in velden)
        with verbinding.cursor() as cursor:
            laatste = None
            while True:
                if laatste is None:
                    cursor.execute(f"SELECT {pk}, {kolommen} FROM {tabel} ORDER BY {pk} LIMIT {PARTIJ}")
                else:
                    cursor.execute(
                        f"SELECT {pk}, {kolommen} FROM {tabel} WHERE {pk} > %s ORDER BY {pk} LIMIT {PARTIJ}",
                        [laatste],
                    )
                rijen = cursor.fetchall()
                if not rijen:
                    break
                for sleutel, *waarden in rijen:
                    nieuw = [omzetting(waarde) for waarde in waarden]
                    if nieuw != waarden:
                        cursor.execute(f"UPDATE {tabel} SET {toekennen} WHERE {pk} = %s", [*nieuw, sleutel])
                laatste = rijen[-1][0]


def versleutelen(apps, schema_editor):
    _omzetten(apps, schema_editor, _versleutelen)


def ontsleutelen(apps, schema_editor):
    _omzetten(apps, schema_editor, _ontsleutelen)


class Migration(migrations.Migration):

    dependencies = [
        ('trajecten', '0003_bijeenkomst_traject_datum'),
    ]

    operations = [
        migrations.AlterField(
            model_name='aanmelding',
            name='effect_plan',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(verbose_name='effect van die aanpak'),
        ),
        migrations.AlterField(
            model_name='aanmelding',
            name='klachten_anders',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(blank=True, max_length=200, verbose_name='andere klachten'),
        ),
        migrations.AlterField(
            model_name='aanmelding',
            name='klas',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(max_length=50, verbose_name='klas en niveau'),
        ),
        migrations.AlterField(
            model_name='aanmelding',
            name='plan_school',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(verbose_name='aanpak van de school tot nu toe'),
        ),
        migrations.AlterField(
            model_name='aanmelding',
            name='reden',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(verbose_name='reden van aanmelding'),
        ),
        migrations.AlterField(
            model_name='aanmelding',
            name='toestemming_vastgelegd_door',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(max_length=100, verbose_name='toestemming vastgelegd door'),
        ),
        migrations.AlterField(
            model_name='advies',
            name='overige_leden',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(blank=True, help_text='Bijvoorbeeld jeugdarts, leerplichtambtenaar. Functies, geen namen.', max_length=250, verbose_name='overige leden (functies)'),
        ),
        migrations.AlterField(
            model_name='advies',
            name='toelichting',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(verbose_name='toelichting'),
        ),
        migrations.AlterField(
            model_name='besluit',
            name='afwijkingsreden',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(blank=True, verbose_name='reden om af te wijken van het berekende advies'),
        ),
        migrations.AlterField(
            model_name='besluit',
            name='vervolgadvies',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(blank=True, verbose_name='vervolgadvies'),
        ),
        migrations.AlterField(
            model_name='bijeenkomst',
            name='huiswerk',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(blank=True, verbose_name='huiswerk'),
        ),
        migrations.AlterField(
            model_name='bijeenkomst',
            name='notities',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(blank=True, verbose_name='korte notities'),
        ),
        migrations.AlterField(
            model_name='bijeenkomst',
            name='reden_afwezigheid',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(blank=True, max_length=200, verbose_name='reden van afwezigheid'),
        ),
        migrations.AlterField(
            model_name='bijlage',
            name='omschrijving',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(blank=True, max_length=200, verbose_name='omschrijving'),
        ),
        migrations.AlterField(
            model_name='eindverslag',
            name='aandachtspunten_jongere',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(verbose_name='aandachtspunten voor de jongere'),
        ),
        migrations.AlterField(
            model_name='eindverslag',
            name='aandachtspunten_ouders',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(verbose_name='aandachtspunten voor de ouders'),
        ),
        migrations.AlterField(
            model_name='eindverslag',
            name='aandachtspunten_school',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(verbose_name='aandachtspunten voor de school'),
        ),
        migrations.AlterField(
            model_name='eindverslag',
            name='advies',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(blank=True, verbose_name='advies voor verdere ondersteuning'),
        ),
        migrations.AlterField(
            model_name='eindverslag',
            name='ontwikkeling',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(verbose_name='welke ontwikkeling de trainers zagen'),
        ),
        migrations.AlterField(
            model_name='eindverslag',
            name='overdracht_school',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(blank=True, help_text='Alleen wat de jongere wil delen met school.', verbose_name='overdracht aan school'),
        ),
        migrations.AlterField(
            model_name='eindverslag',
            name='startsituatie',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(verbose_name='hoe de jongere begon'),
        ),
        migrations.AlterField(
            model_name='intake',
            name='dagelijks_leven',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(verbose_name='dagelijks leven (school en thuis)'),
        ),
        migrations.AlterField(
            model_name='intake',
            name='verleden',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(verbose_name='verleden (onderzoek en eerdere hulpverlening)'),
        ),
        migrations.AlterField(
            model_name='intake',
            name='verwachtingen',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(verbose_name='verwachtingen'),
        ),
        migrations.AlterField(
            model_name='intake',
            name='ziekte_en_ziektebeleving',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(verbose_name='ziekte en ziektebeleving'),
        ),
        migrations.AlterField(
            model_name='traject',
            name='vervolgadvies',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(blank=True, verbose_name='vervolgadvies'),
        ),
        migrations.AlterField(
            model_name='voortgangsbericht',
            name='strekking',
            field=trajecten.models.versleutelde_tekst.VersleuteldeTekst(blank=True, verbose_name='strekking'),
        ),
        migrations.RunPython(versleutelen, ontsleutelen),
    ]
