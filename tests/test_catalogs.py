"""Every catalog complete, none fuzzy, placeholders intact."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils.translation import to_locale

LOCALE = Path(settings.BASE_DIR) / "locale"
CATALOGS = [to_locale(code) for code in settings.ALL_LANGUAGES if code != "en"]


def catalog(locale):
    with open(LOCALE / locale / "LC_MESSAGES" / "django.po", "rb") as po:
        return read_po(po)


@pytest.mark.parametrize("locale", CATALOGS)
def test_catalog_is_complete_and_not_fuzzy(locale):
    messages = catalog(locale)
    assert not messages.fuzzy, "a fuzzy header makes pybabel skip the whole catalog"
    untranslated = [
        m.id
        for m in messages
        if m.id and not all(m.string if isinstance(m.string, tuple) else [m.string])
    ]
    fuzzy = [m.id for m in messages if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("locale", CATALOGS)
def test_placeholders_survive_translation(locale):
    problems = [(message.id, errors) for message, errors in catalog(locale).check()]
    assert problems == []


def strings(message):
    return message.string if isinstance(message.string, tuple) else (message.string,)


def test_swiss_german_catalog_is_the_german_one_with_ss():
    german, swiss = catalog("de"), catalog("de_CH")
    assert [m.id for m in swiss] == [m.id for m in german]
    for message in german:
        if message.id:
            expected = tuple(string.replace("ß", "ss") for string in strings(message))
            assert strings(swiss.get(message.id, message.context)) == expected
    assert not any("ß" in string for m in swiss if m.id for string in strings(m))


def test_quebec_french_overrides_are_a_sound_partial_catalog():
    """fr_CA holds only what Quebec says differently; gettext falls back to fr for the rest."""
    overrides = catalog("fr_CA")
    assert not overrides.fuzzy
    assert [m.id for m in overrides if m.id and m.fuzzy] == []
    assert [(m.id, errors) for m, errors in overrides.check()] == []
    french = catalog("fr")
    assert all(french.get(m.id, m.context) for m in overrides if m.id)
