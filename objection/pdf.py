"""HTML to PDF with WeasyPrint, safely and without per-letter start-up costs."""

import functools
import gc
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from objection import weasyprint_fast
from objection.cpu import TURN
from objection.letter_fonts import FONT_DIR

weasyprint_fast.apply()

LETTER_CSS = Path(settings.BASE_DIR) / "static" / "letters" / "letter.css"
STATIC_DIR = LETTER_CSS.parent.parent
LETTER_FONTS_CSS = Path(__file__).with_name("letter_fonts.css")
FETCHABLE_DIRS = (STATIC_DIR, FONT_DIR)


class RefusedURL(ValueError):
    pass


class StaticOnlyFetcher(URLFetcher):
    """Fetches the app's own static files and fonts, nothing else: no network, no other file."""

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        if parts.scheme == "file" and not parts.netloc:
            path = Path(unquote(parts.path)).resolve()
            if any(path.is_relative_to(folder) for folder in FETCHABLE_DIRS) and path.is_file():
                return super().fetch(url, headers)
        raise RefusedURL(f"refused to fetch {parts.scheme}: URL")


@functools.cache
def font_config():
    # One per process: a new one per render makes memory grow by hundreds of MB.
    return FontConfiguration()


@functools.cache
def letter_stylesheets():
    return [
        CSS(filename=path, font_config=font_config(), url_fetcher=StaticOnlyFetcher())
        for path in (LETTER_FONTS_CSS, LETTER_CSS)
    ]


GC_THRESHOLD = 10_000


def html_to_pdf(html: str) -> bytes:
    with TURN:
        document = HTML(
            string=html,
            base_url=STATIC_DIR.as_uri() + "/",
            url_fetcher=StaticOnlyFetcher(),
        )
        return document.write_pdf(
            stylesheets=letter_stylesheets(),
            font_config=font_config(),
            pdf_variant="pdf/ua-1",
        )


def warm_up():
    """Load fonts and parse the stylesheet before the first member asks."""
    html_to_pdf('<html lang="en"><title>warm-up</title><p>Warm-up Ä 中</p></html>')
    # What is loaded by now (Django, fonts, the stylesheet) lives as long as the process:
    # frozen, the collector stops walking it during letters (p95 -10 %).
    gc.collect()
    gc.freeze()
    # The collector looks for cycles after 10,000 new objects instead of 700: once in five
    # letters instead of six times in each (0.97x a letter, 1-3 MB more).
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
