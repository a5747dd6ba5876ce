from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """`{{ counts|get_item:key }}`: a value from a dict by a key that is itself a variable."""
    if not mapping:
        return None
    return mapping.get(key)
