"""The Wagtail admin's user screens, with the rule 'alleen een beheerder maakt een beheerder'.

The kerngroep manages accounts and roles (groups) there, but Wagtail lets anyone who may change
users tick "Beheerder" (`is_superuser`) for someone else. A superuser passes every role check,
may publish without the four eyes' second person and reaches the Django admin where everyone's
two-step devices are kept: one kerngroep member could hand all of that out. So the checkbox is
only on the form for a superuser, on every screen that saves a user through a form
(tests/portal/test_beheerder_maken.py finds those screens in the URLconf). Wired in through
`portal.accounts.apps.UsersAppConfig`, which replaces `wagtail.users` in INSTALLED_APPS.
"""

from wagtail.admin.views import generic
from wagtail.users.views import users


class AlleenBeheerderMaaktBeheerder:
    """Rule 'alleen een beheerder maakt een beheerder': without the field, the form cannot set it,
    and an existing superuser keeps the status when someone else edits the account."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not self.request.user.is_superuser:
            form.fields.pop("is_superuser", None)
        return form


class CreateView(AlleenBeheerderMaaktBeheerder, users.CreateView):
    pass


class EditView(AlleenBeheerderMaaktBeheerder, users.EditView):
    pass


class CopyView(AlleenBeheerderMaaktBeheerder, generic.CopyView):
    pass


class UserViewSet(users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView
    copy_view_class = CopyView
