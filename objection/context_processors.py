from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

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
                "name": get_language_info(code)["name_local"],
                "url": translate_url(request.get_full_path(), code),
                "current": code == current,
            }
            for code, _name in settings.LANGUAGES
        ],
    }


def brand(request):
    brand = settings.BRAND
    return {"brand": brand, "brand_intro": brand["intro"].get(get_language(), "")}
