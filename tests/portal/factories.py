import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group

from portal.models import Lidmaatschap, Organisatie, User
from portal.models.organisaties import Regio
from portal.roles import GROUP_NAMES, Role

PASSWORD = "een-lang-testwachtwoord"


class OrganisatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisatie

    naam = factory.Faker("company", locale="nl_NL")
    soort = Organisatie.Soort.SCHOOL
    regio = Regio.MIDDEN
    plaats = factory.Faker("city", locale="nl_NL")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persoon{n}@voorbeeld.nl")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        for role in extracted or []:
            self.groups.add(Group.objects.get(name=GROUP_NAMES[Role(role)]))
        self.save()
        EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class LidmaatschapFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lidmaatschap

    user = factory.SubFactory(UserFactory)
    organisatie = factory.SubFactory(OrganisatieFactory)


def activate_totp(user) -> str:
    """Give `user` an authenticator app; returns the secret to compute codes from."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret
