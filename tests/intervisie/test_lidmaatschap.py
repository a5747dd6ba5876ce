"""Membership rules: licensed trainers only, one national group at a time (history kept), internal
groups for their own organisation, never above the largest size. Refusals change nothing."""

import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.formats import localize

from intervisie.choices import GroepSoort, GroepStatus
from intervisie.models import Groepslidmaatschap
from intervisie.services.groepen import (
    groep_opheffen,
    lid_toevoegen,
    lid_verplaatsen,
    lidmaatschap_beeindigen,
)
from intervisie.tasks import send_indeling_mail
from portal.models import UitgaandeMail
from tests.intervisie.factories import IntervisiegroepFactory, lid, trainer
from tests.portal.factories import OrganisatieFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_licensed_trainer_joins_a_group_and_gets_a_mail(kerngroep, na_commit):
    groep = IntervisiegroepFactory()
    user = trainer()
    with na_commit():
        lidmaatschap = lid_toevoegen(groep=groep, user=user, door=kerngroep)

    assert lidmaatschap.is_landelijk and lidmaatschap.eind_op is None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [user.email]
    assert groep.naam in mail.outbox[0].subject
    assert user.last_name not in mail.outbox[0].subject
    lidmaatschap.refresh_from_db()
    assert lidmaatschap.gemeld_op is not None


def test_the_group_mail_goes_once_through_the_outbox_when_the_task_runs_twice(kerngroep, na_commit):
    with na_commit():
        lidmaatschap = lid_toevoegen(groep=IntervisiegroepFactory(), user=trainer(), door=kerngroep)
    send_indeling_mail.call(lidmaatschap_id=lidmaatschap.pk)  # a second run, e.g. a retried worker

    assert len(mail.outbox) == 1
    uitgaand = UitgaandeMail.objects.over(lidmaatschap).get()
    assert (uitgaand.soort, uitgaand.ontvanger, uitgaand.verstuurd_op) == (
        "intervisie.ingedeeld",
        lidmaatschap.user,
        lidmaatschap.gemeld_op,
    )


def getoond(response, label: str) -> str:
    """The value the inspect view shows under `label`."""
    return re.search(rf"<dt>{label}</dt>\s*<dd>\s*(.*?)\s*</dd>", response.text, re.S).group(1)


def test_the_kerngroep_sees_when_the_group_mail_went(kerngroep, na_commit, ingelogd_als):
    with na_commit():
        lidmaatschap = lid_toevoegen(groep=IntervisiegroepFactory(), user=trainer(), door=kerngroep)
    stil = lid(IntervisiegroepFactory(), trainer())  # added outside the service: no mail

    gemeld = ingelogd_als(kerngroep).get(f"/admin/intervisie_lidmaatschappen/inspect/{lidmaatschap.pk}/")
    niet_gemeld = ingelogd_als(kerngroep).get(f"/admin/intervisie_lidmaatschappen/inspect/{stil.pk}/")

    verstuurd = UitgaandeMail.objects.over(lidmaatschap).get().verstuurd_op
    # Rendered as the admin rendered the field before: the stored time, as it is (UTC).
    assert getoond(gemeld, "Indeling gemeld op") == localize(verstuurd)
    assert getoond(niet_gemeld, "Indeling gemeld op") == "None"


def test_joining_a_second_national_group_is_refused_and_changes_nothing(kerngroep, ongewijzigd):
    eerste, tweede = IntervisiegroepFactory(), IntervisiegroepFactory()
    user = trainer()
    lid(eerste, user)
    with ongewijzigd(), pytest.raises(ValidationError, match=f"zit al in landelijke groep {eerste.naam}"):
        lid_toevoegen(groep=tweede, user=user, door=kerngroep)


def test_the_database_also_refuses_a_second_running_national_membership():
    user = trainer()
    lid(IntervisiegroepFactory(), user)
    with pytest.raises(IntegrityError), transaction.atomic():
        lid(IntervisiegroepFactory(), user)


def test_moving_keeps_the_old_membership_as_history(kerngroep):
    eerste, tweede = IntervisiegroepFactory(), IntervisiegroepFactory()
    user = trainer()
    oud = lid(eerste, user)

    nieuw = lid_verplaatsen(lidmaatschap=oud, naar=tweede, door=kerngroep)

    oud.refresh_from_db()
    assert oud.eind_op is not None
    assert nieuw.groep == tweede and nieuw.eind_op is None
    assert Groepslidmaatschap.objects.filter(user=user).count() == 2


def test_a_trainer_without_a_valid_licence_is_refused(kerngroep, ongewijzigd):
    groep = IntervisiegroepFactory()
    zonder = trainer(licentie=False)
    with ongewijzigd(), pytest.raises(ValidationError, match="geen geldige licentie"):
        lid_toevoegen(groep=groep, user=zonder, door=kerngroep)


def test_an_internal_group_takes_only_trainers_of_its_organisation(kerngroep, ongewijzigd):
    organisatie = OrganisatieFactory()
    groep = IntervisiegroepFactory(soort=GroepSoort.INTERN, organisatie=organisatie)
    collega, buitenstaander = trainer(organisatie=organisatie), trainer()

    lid_toevoegen(groep=groep, user=collega, door=kerngroep)
    with ongewijzigd(), pytest.raises(ValidationError, match="werkt niet bij"):
        lid_toevoegen(groep=groep, user=buitenstaander, door=kerngroep)


def test_an_internal_group_does_not_count_as_the_national_group(kerngroep):
    organisatie = OrganisatieFactory()
    intern = IntervisiegroepFactory(soort=GroepSoort.INTERN, organisatie=organisatie)
    user = trainer(organisatie=organisatie)
    lid(intern, user)

    lid_toevoegen(groep=IntervisiegroepFactory(), user=user, door=kerngroep)

    assert Groepslidmaatschap.objects.lopend().filter(user=user).count() == 2


def test_a_full_group_takes_nobody_more(kerngroep, ongewijzigd):
    groep = IntervisiegroepFactory(min_grootte=2, max_grootte=2)
    for _ in range(2):
        lid(groep, trainer())
    with ongewijzigd(), pytest.raises(ValidationError, match="het maximum is 2"):
        lid_toevoegen(groep=groep, user=trainer(), door=kerngroep)


def test_closing_a_group_ends_its_memberships_and_frees_its_members(kerngroep):
    groep = IntervisiegroepFactory()
    user = trainer()
    lid(groep, user)

    groep_opheffen(groep=groep, door=kerngroep)

    assert groep.status == GroepStatus.OPGEHEVEN
    assert not Groepslidmaatschap.objects.lopend().filter(user=user).exists()
    lid_toevoegen(groep=IntervisiegroepFactory(), user=user, door=kerngroep)


def test_ending_twice_is_refused(kerngroep, ongewijzigd):
    lidmaatschap = lid(IntervisiegroepFactory(), trainer())
    lidmaatschap_beeindigen(lidmaatschap=lidmaatschap, door=kerngroep)
    with ongewijzigd(), pytest.raises(ValidationError, match="al beëindigd"):
        lidmaatschap_beeindigen(lidmaatschap=lidmaatschap, door=kerngroep)


def test_a_closed_group_takes_nobody(kerngroep, ongewijzigd):
    groep = IntervisiegroepFactory(status=GroepStatus.OPGEHEVEN)
    with ongewijzigd(), pytest.raises(ValidationError, match="opgeheven"):
        lid_toevoegen(groep=groep, user=trainer(), door=kerngroep)


def test_only_trainers_and_opleiders_can_be_facilitators():
    from django.forms import modelform_factory

    from intervisie.models import Intervisiegroep

    opleider, trainer_, school = (
        UserFactory(roles=["opleider"]),
        UserFactory(roles=["trainer"]),
        UserFactory(roles=["schoolcontact"]),
    )
    form = modelform_factory(Intervisiegroep, fields=["facilitatoren"])()
    keuzes = set(form.fields["facilitatoren"].queryset.values_list("pk", flat=True))
    assert {opleider.pk, trainer_.pk} <= keuzes
    assert school.pk not in keuzes
