from babel import Locale
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, to_locale

from objection.letters import html_lang


def language_links(request):
    current = get_language()
    return {
        "page_lang": html_lang(current),
        "language_links": [
            {
                "code": code,
                "lang": html_lang(code),
                # Each language in its own words, so that a reader finds theirs.
                "name": own_name(code),
                "url": translate_url(request.get_full_path(), code),
                "current": code == current,
            }
            for code, _name in settings.LANGUAGES
        ],
    }


# Babel's names are the languages' own, as the EU institutions write them ("čeština", not
# Django's "česky"); Chinese is named for its script, as Hong Kong readers look for it.
OWN_NAMES = {"zh-hant": "繁體中文"}


def own_name(code):
    return OWN_NAMES.get(code) or Locale.parse(to_locale(code)).get_display_name()


def brand(request):
    brand = settings.BRAND
    return {"brand": brand, "brand_intro": brand["intro"].get(get_language(), "")}
