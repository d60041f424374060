from django import template

from objection import place_names

register = template.Library()


@register.filter
def place(region):
    return place_names.everyday_name(region)


@register.filter
def place_in_a_sentence(region):
    return place_names.name_in_a_sentence(region)
