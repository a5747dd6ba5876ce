"""The data the page editor posts, for tests that use the admin over HTTP as a browser would.

Wagtail's `querydict_from_html` reads the plain inputs of the edit form; StreamFields are drawn
by JavaScript in the browser, so their part of the form is written here from the blocks, in the
format the blocks read back (`value_from_datadict`).
"""

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html


def blok_data(block, value, prefix: str) -> dict:
    """The form fields a block's editor posts for `value`."""
    if isinstance(block, blocks.BaseStreamBlock):
        data = {f"{prefix}-count": str(len(value))}
        for i, child in enumerate(value):
            data |= {
                f"{prefix}-{i}-type": child.block_type,
                f"{prefix}-{i}-deleted": "",
                f"{prefix}-{i}-order": str(i),
                f"{prefix}-{i}-id": child.id or "",
            }
            data |= blok_data(child.block, child.value, f"{prefix}-{i}-value")
        return data
    if isinstance(block, blocks.ListBlock):
        data = {f"{prefix}-count": str(len(value))}
        for i, child in enumerate(value.bound_blocks):
            data |= {
                f"{prefix}-{i}-deleted": "",
                f"{prefix}-{i}-order": str(i),
                f"{prefix}-{i}-id": child.id or "",
            }
            data |= blok_data(block.child_block, child.value, f"{prefix}-{i}-value")
        return data
    if isinstance(block, blocks.BaseStructBlock):
        data = {}
        for name, child_block in block.child_blocks.items():
            data |= blok_data(child_block, value.get(name), f"{prefix}-{name}")
        return data
    if isinstance(block, blocks.FieldBlock):
        state = block.get_form_state(value)
        if isinstance(state, dict):  # choosers show a summary; they post the id
            state = state.get("id")
        if state is None or state is False:
            return {}
        return {prefix: "on" if state is True else str(state)}
    raise NotImplementedError(f"{type(block).__name__}: add its form format here")


def formulier(html: str, versie) -> dict:
    """What the page editor in `html` posts unchanged, as a dict for the test client (a list for a
    field with several values); `versie` is the page as the editor shows it (its latest revision,
    or the revision being reverted to)."""
    data = {
        key: values if len(values) > 1 else values[0]
        for key, values in querydict_from_html(html, form_id="page-edit-form").lists()
    }
    for field in versie._meta.get_fields():
        if isinstance(field, StreamField):
            data |= blok_data(field.stream_block, getattr(versie, field.name), field.name)
    return data
