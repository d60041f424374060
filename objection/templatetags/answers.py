"""The answers a page posts again, in hidden inputs: what BoundField.as_hidden writes, without
rendering Django's widget templates for each field (a third of the letters page)."""

from django import template
from django.forms import HiddenInput, MultipleHiddenInput

register = template.Library()


@register.filter
def hidden_inputs(field):
    """(id, value) of each hidden input field.as_hidden writes: one per value of a multiple
    choice, numbered as Django numbers them; value None for an empty answer (no value)."""
    widget = field.field.hidden_widget()
    value = field.value()
    if isinstance(widget, MultipleHiddenInput):
        values = widget.format_value(value)
        return [(f"{field.auto_id}_{index}", HiddenInput().format_value(item))
                for index, item in enumerate(values)]  # fmt: skip
    return [(field.auto_id, widget.format_value(value))]
