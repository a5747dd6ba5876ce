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
from portal.taken import na_commit_inplannen


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
    """Invite someone to create an account with `rol`; the mail is queued with the invitation.

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
        na_commit_inplannen(send_uitnodiging_mail, uitnodiging_id=uitnodiging.pk)
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
    """Create the account the invitation promised (or complete it), with a verified e-mail address.

    The link itself proved that the person reads this mailbox.
    """
    User = get_user_model()
    with transaction.atomic():
        uitnodiging = Uitnodiging.objects.select_for_update().get(pk=uitnodiging.pk)
        if uitnodiging.status != Uitnodiging.Status.OPEN:
            raise ValidationError(_("Deze uitnodiging is niet meer geldig."), code="ongeldig")
        # An activation (see activatie_uitnodiging_versturen) completes an account without a
        # password; any other invitation creates a new account.
        bestaand = User.objects.filter(email__iexact=uitnodiging.email).first()
        if bestaand is not None and (bestaand.pk != uitnodiging.user_id or bestaand.has_usable_password()):
            raise ValidationError(
                _("Er bestaat al een account met dit e-mailadres. Log in of vraag een nieuw wachtwoord aan."),
                code="account_bestaat",
            )
        user = uitnodiging.user or User(email=uitnodiging.email)
        user.first_name, user.last_name = voornaam.strip(), achternaam.strip()
        validate_password(wachtwoord, user)
        user.set_password(wachtwoord)
        user.save()
        user.groups.add(Group.objects.get(name=GROUP_NAMES[Role(uitnodiging.rol)]))
        if uitnodiging.organisatie_id:
            Lidmaatschap.objects.get_or_create(
                user=user,
                organisatie_id=uitnodiging.organisatie_id,
                defaults={"is_coordinator": uitnodiging.is_coordinator},
            )
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
        uitnodiging.geaccepteerd_op = timezone.now()
        uitnodiging.user = user
        uitnodiging.save(update_fields=["geaccepteerd_op", "user"])
        log(uitnodiging, "portal.uitnodiging.geaccepteerd", user=user)
    return user


def account_aanmaken_zonder_wachtwoord(*, email: str, voornaam: str, achternaam: str):
    """An account for someone who applies for the trainer course without having one.

    The account exists from the application on, so that the application, the waiting
    list and every mail belong to one person. It has no password, no role and an
    unverified address: nobody can log in with it until the person follows an
    activation link (`activatie_uitnodiging_versturen`), which proves the mailbox
    is theirs. Applying again from the same address reuses that account. An address
    that already has a working account must log in first, so nobody can attach
    applications to someone else's account.
    """
    User = get_user_model()
    email = email.strip().lower()
    bestaand = User.objects.filter(email__iexact=email).first()
    if bestaand is not None:
        if bestaand.has_usable_password() or not bestaand.is_active:
            raise ValidationError(
                _("Er bestaat al een account met dit e-mailadres. Log in en meld je daarna aan."),
                code="account_bestaat",
            )
        return bestaand
    user = User.objects.create_user(
        email, password=None, first_name=voornaam.strip(), last_name=achternaam.strip()
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    return user


def activatie_uitnodiging_versturen(*, user, rol: Role, door) -> Uitnodiging:
    """Invite the holder of an account without a password to set one; the mail is queued with the invitation.

    Used when a course applicant is admitted: only then do they need to log in, so
    refused applicants never receive a login. The invitation carries the account
    (`Uitnodiging.user`), so accepting it completes that account instead of creating one.
    """
    from portal.accounts.tasks import send_uitnodiging_mail

    if user.has_usable_password():
        raise ValidationError(_("Dit account heeft al een wachtwoord."), code="account_bestaat")
    with transaction.atomic():
        now = timezone.now()
        Uitnodiging.objects.open().filter(email__iexact=user.email).update(ingetrokken_op=now)
        uitnodiging = Uitnodiging.objects.create(
            email=user.email,
            voornaam=user.first_name,
            achternaam=user.last_name,
            rol=rol,
            user=user,
            uitgenodigd_door=door,
            verloopt_op=now + timedelta(days=settings.REFIT_INVITATION_DAYS),
        )
        log(uitnodiging, "portal.uitnodiging.verstuurd", user=door)
        na_commit_inplannen(send_uitnodiging_mail, uitnodiging_id=uitnodiging.pk)
    return uitnodiging
