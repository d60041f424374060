from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language


def language_links(request):
    current = get_language()
    return {
        "language_links": [
            {
                "code": code,
                "name": name,
                "url": translate_url(request.get_full_path(), code),
                "current": code == current,
            }
            for code, name in settings.LANGUAGES
        ]
    }


def brand(request):
    brand = settings.BRAND
    return {"brand": brand, "brand_intro": brand["intro"].get(get_language(), "")}
