from django.conf import settings
from django.utils.translation import get_language

from objection.letters import html_lang

# Each language in its own words, so that a reader finds theirs: Babel's names, which are the
# EU institutions' ("čeština", not Django's "česky"); Chinese is named for its script, as Hong
# Kong readers look for it. Written out, not asked of Babel on each page: its locale data for
# 27 languages took 40 MB in every worker. tests/test_host_pages.py checks them against Babel.
OWN_NAMES = {
    "bg": "български", "es": "español", "cs": "čeština", "da": "dansk", "de": "Deutsch",
    "et": "eesti", "el": "Ελληνικά", "en": "English", "fr": "français", "ga": "Gaeilge",
    "hr": "hrvatski", "it": "italiano", "lv": "latviešu", "lt": "lietuvių", "hu": "magyar",
    "mt": "Malti", "nl": "Nederlands", "pl": "polski", "pt": "português", "ro": "română",
    "sk": "slovenčina", "sl": "slovenščina", "fi": "suomi", "sv": "svenska",
    "nb": "norsk bokmål", "is": "íslenska", "zh-hant": "繁體中文",
}  # fmt: skip


def language_links(request):
    current = get_language()
    return {
        "page_lang": html_lang(current),
        "language_links": [
            {
                "code": code,
                "lang": html_lang(code),
                "name": OWN_NAMES[code],
                "url": in_language(request.get_full_path(), current, code),
                "current": code == current,
            }
            for code, _name in settings.LANGUAGES
        ],
    }


def in_language(path, current, code):
    """The same page in another language. Only the prefix differs, since no path is translated;
    not Django's translate_url, which loads every language's catalogs into each worker."""
    prefix = f"/{current}/"
    if path.startswith(prefix):
        return f"/{code}/{path[len(prefix) :]}"
    return f"/{code}/"


def brand(request):
    brand = settings.BRAND
    return {"brand": brand, "brand_intro": brand["intro"].get(get_language(), "")}
