"""How the pages name a place: the name people use, and the form a sentence needs.

Babel gives official names ("Hong Kong SAR China"); the regions keep them, these are shown.
"""

from django.utils.translation import get_language

# The name in everyday use, per language (others use the first).
EVERYDAY = {
    "HK": {
        "": "Hong Kong",
        "de": "Hongkong",
        "nl": "Hongkong",
        "pl": "Hongkong",
        "zh-hant": "香港",
    },
}
# Names that take an article inside a sentence ("in the United Kingdom"), per language.
IN_A_SENTENCE = {
    "en": {"GB": "the United Kingdom", "NL": "the Netherlands"},
    "es": {"GB": "el Reino Unido", "NL": "los Países Bajos"},
}


def language():
    return (get_language() or "en").lower()


def everyday_name(region):
    names = EVERYDAY.get(region.code)
    if not names:
        return str(region.name)
    current = language()
    return names.get(current, names.get(current.split("-")[0], names[""]))


def name_in_a_sentence(region):
    current = language()
    forms = IN_A_SENTENCE.get(current, IN_A_SENTENCE.get(current.split("-")[0], {}))
    return forms.get(region.code, everyday_name(region))
