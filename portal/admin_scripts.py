"""The Wagtail admin without inline scripts, so its Content-Security-Policy can forbid them.

Wagtail 8 starts most of its admin with external scripts and Stimulus, but a few widgets and
panels still write an inline `<script>`: choosers (page, image, document, snippet, task), the
date and time pickers, InlinePanel and MultipleChooserPanel. Allowing 'unsafe-inline' for them
would allow any script an attacker manages to inject into an admin page as well; a nonce would
not help either, because these scripts are also inserted later (a new inline-panel form) and
Wagtail gives them no nonce.

So the portal renders them as data instead: `<div hidden data-refit-init="ImageChooser"
data-refit-id="…" data-refit-options="{…}">`, and `portal/static/portal/js/admin_init.js`
(loaded on every admin page) runs the named initialiser from a fixed list, once, as soon as the
element is in the document. The templates are in `portal/templates/wagtailadmin/`; the choosers
build their script in Python, hence `chooser_render` below.
"""

import json

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail.admin.widgets import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser

INIT_SCRIPT = "portal/js/admin_init.js"


def init_element(init: str, id_: str, options: dict | None = None) -> str:
    """The data element that admin_init.js turns into `init(id_, options)`."""
    return format_html(
        '<div hidden data-refit-init="{}" data-refit-id="{}" data-refit-options="{}"></div>',
        init,
        id_,
        json.dumps(options or {}),
    )


def chooser_render(self, name, value, attrs=None, renderer=None):
    """BaseChooser.render with the initialiser as data instead of `<script>new …Chooser(…)</script>`."""
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as e:
        raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from e
    value_data = self.get_value_data(value)
    widget_html = self.render_html(name, value_data, attrs)
    if isinstance(self, AdminTaskChooser):
        return format_html("{}{}", widget_html, init_element("createTaskChooser", id_))
    options = self.get_js_init_options(id_, name, value_data)
    return format_html("{}{}", widget_html, init_element(self.js_constructor, id_, options))


def install():
    """Replace BaseChooser.render (once, from portal.wagtail_hooks, i.e. at start-up)."""
    BaseChooser.render = chooser_render


def init_script_tag() -> str:
    return format_html('<script src="{}"></script>', static(INIT_SCRIPT))
