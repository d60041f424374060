"""Punctuation that depends on the language: what a colon looks like, the first of a month."""

from django.utils.translation import get_language

# French sets a narrow no-break space before a colon; Chinese uses the full-width colon.
COLONS = {"fr": "\u202f: ", "zh": "："}


def colon(language=None):
    language = (language or get_language() or "en").lower()
    return COLONS.get(language.split("-")[0], ": ")


def first_of_the_month(text, day, language):
    """French writes the first day of a month as an ordinal: 1er janvier."""
    if language.lower().startswith("fr") and day.day == 1 and text.startswith("1 "):
        return "1er" + text[1:]
    return text
