from django import template

from objection import typography

register = template.Library()


@register.simple_tag
def colon(line_end=False):
    """The colon of the current language; at the end of a line, without the space after it."""
    mark = typography.colon()
    return mark.rstrip() if line_end else mark
