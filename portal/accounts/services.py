"""Invitations: the only way to get an account besides enrolling for the course."""

import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from portal.models import Lidmaatschap, Organisatie, Uitnodiging
from portal.models.uitnodigingen import hash_token
from portal.roles import GROUP_NAMES, Role


def uitnodiging_versturen(
    *,
    email: str,
    voornaam: str,
    achternaam: str,
    rol: Role,
    organisatie: Organisatie | None = None,
    is_coordinator: bool = False,
    door,
) -> Uitnodiging:
    """Invite someone to create an account with `rol`; the mail goes out after commit.

    An earlier open invitation to the same address is withdrawn, so only the
    newest link works.
    """
    from portal.accounts.tasks import send_uitnodiging_mail

    email = email.strip().lower()
    if get_user_model().objects.filter(email__iexact=email).exists():
        raise ValidationError(
            _("Er bestaat al een account met dit e-mailadres. Geef die persoon een rol via Gebruikers."),
            code="account_bestaat",
        )
    if rol == Role.SCHOOLCONTACT and organisatie is None:
        raise ValidationError(
            _("Een schoolcontact hoort bij een school: kies de organisatie."),
            code="organisatie_nodig",
        )
    with transaction.atomic():
        now = timezone.now()
        Uitnodiging.objects.open().filter(email__iexact=email).update(ingetrokken_op=now)
        uitnodiging = Uitnodiging.objects.create(
            email=email,
            voornaam=voornaam.strip(),
            achternaam=achternaam.strip(),
            rol=rol,
            organisatie=organisatie,
            is_coordinator=is_coordinator,
            uitgenodigd_door=door,
            verloopt_op=now + timedelta(days=settings.REFIT_INVITATION_DAYS),
        )
        log(uitnodiging, "portal.uitnodiging.verstuurd", user=door)
        transaction.on_commit(lambda: send_uitnodiging_mail.enqueue(uitnodiging_id=uitnodiging.pk))
    return uitnodiging


def uitnodiging_token_maken(*, uitnodiging: Uitnodiging) -> str:
    """A fresh secret for the invitation link; any earlier link stops working."""
    token = secrets.token_urlsafe(32)
    uitnodiging.token_hash = hash_token(token)
    uitnodiging.verstuurd_op = timezone.now()
    uitnodiging.save(update_fields=["token_hash", "verstuurd_op"])
    return token


def uitnodiging_zoeken(token: str) -> Uitnodiging | None:
    if not token or len(token) > 100:
        return None
    return Uitnodiging.objects.filter(token_hash=hash_token(token)).select_related("organisatie").first()


def uitnodiging_intrekken(*, uitnodiging: Uitnodiging, door) -> None:
    if uitnodiging.status != Uitnodiging.Status.OPEN:
        raise ValidationError(_("Alleen een openstaande uitnodiging kan worden ingetrokken."))
    uitnodiging.ingetrokken_op = timezone.now()
    uitnodiging.save(update_fields=["ingetrokken_op"])
    log(uitnodiging, "portal.uitnodiging.ingetrokken", user=door)


def uitnodiging_accepteren(*, uitnodiging: Uitnodiging, voornaam: str, achternaam: str, wachtwoord: str):
    """Create the account the invitation promised, with a verified e-mail address.

    The link itself proved that the person reads this mailbox.
    """
    User = get_user_model()
    with transaction.atomic():
        uitnodiging = Uitnodiging.objects.select_for_update().get(pk=uitnodiging.pk)
        if uitnodiging.status != Uitnodiging.Status.OPEN:
            raise ValidationError(_("Deze uitnodiging is niet meer geldig."), code="ongeldig")
        if User.objects.filter(email__iexact=uitnodiging.email).exists():
            raise ValidationError(
                _("Er bestaat al een account met dit e-mailadres. Log in of vraag een nieuw wachtwoord aan."),
                code="account_bestaat",
            )
        user = User(email=uitnodiging.email, first_name=voornaam.strip(), last_name=achternaam.strip())
        validate_password(wachtwoord, user)
        user.set_password(wachtwoord)
        user.save()
        user.groups.add(Group.objects.get(name=GROUP_NAMES[Role(uitnodiging.rol)]))
        if uitnodiging.organisatie_id:
            Lidmaatschap.objects.create(
                user=user,
                organisatie_id=uitnodiging.organisatie_id,
                is_coordinator=uitnodiging.is_coordinator,
            )
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        uitnodiging.geaccepteerd_op = timezone.now()
        uitnodiging.user = user
        uitnodiging.save(update_fields=["geaccepteerd_op", "user"])
        log(uitnodiging, "portal.uitnodiging.geaccepteerd", user=user)
    return user
