"""The host's logo, served straight from BRAND_DIR: a volunteer adds it to a running install
without collecting static files again."""

from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

# What each allowed extension's file starts with, and how it is served.
LOGO_TYPES = {
    ".svg": ((b"<",), "image/svg+xml"),
    ".png": ((b"\x89PNG\r\n\x1a\n",), "image/png"),
    ".webp": ((b"RIFF",), "image/webp"),
}


def logo_path():
    return Path(settings.BRAND_DIR) / settings.BRAND["logo"]


def logo_problem():
    """Why the pages could not show BRAND_LOGO, or None."""
    logo = settings.BRAND["logo"]
    if not logo:
        return None
    if not settings.BRAND_DIR or not logo_path().is_file():
        return f"BRAND_LOGO {logo!r} is not a file in BRAND_DIR."
    starts, _type = LOGO_TYPES[logo_path().suffix.lower()]
    try:
        with open(logo_path(), "rb") as file:
            head = file.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError as error:
        return f"BRAND_LOGO {logo!r} cannot be read by the app: {error.strerror}."
    if not head.startswith(starts):
        return f"BRAND_LOGO {logo!r} is not a {logo_path().suffix} image."
    return None


@require_safe
def logo(request, name):
    if not settings.BRAND["logo"] or name != settings.BRAND["logo"]:
        raise Http404("no such brand file")
    _starts, content_type = LOGO_TYPES[logo_path().suffix.lower()]
    try:
        response = FileResponse(open(logo_path(), "rb"), content_type=content_type)
    except OSError:
        raise Http404("brand file missing") from None
    response["Cache-Control"] = "public, max-age=3600"
    return response
