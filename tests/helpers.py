"""Plain helpers for the tests: a member's answers, form data, and what a PDF says."""

import datetime
import io
import subprocess
from dataclasses import dataclass
from xml.etree import ElementTree

from pypdf import PdfReader

from objection.jurisdictions import REGIONS
from objection.letters import Answers

# Letters in tests are dated on a month's last day, which also checks month arithmetic.
TODAY = datetime.date(2026, 1, 31)


# What only some regions ask: the German Land, and when a Hong Kong member joined.
REGION_ANSWERS = {"DE": {"subdivision": "DE-BE"}, "HK": {"joined": "before"}}


def make_answers(region="FR", **overrides):
    region = REGIONS[region]
    values = {
        "region": region,
        "full_name": "Ada Lovelace",
        "email": "ada@example.org",
        "profile_url": "https://www.linkedin.com/in/ada-lovelace/",
        "letter_language": "en",
        "processing": region.default_processing,
        "address": "12 Rue de la Paix\n75002 Paris",
        **REGION_ANSWERS.get(region.code, {}),
    }
    return Answers(**{**values, **overrides})


def form_data(region="FR", **overrides):
    """What a member posts on the details step."""
    data = {
        "full_name": "Ada Lovelace",
        "email": "ada@example.org",
        "profile_url": "https://www.linkedin.com/in/ada-lovelace/",
        "address": "12 Rue de la Paix\n75002 Paris",
        "processing": list(REGIONS[region].default_processing),
        "grounds": ["sensitive_groups"],
        "grounds_text": "I am a nurse and write about my patients' rights.",
        "toggle_off_date": "2025-11-02",
        "letter_language": "en",
    }
    data.update(REGION_ANSWERS.get(region, {}))
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def pdf_reader(data):
    return PdfReader(io.BytesIO(data))


def pdf_text(data):
    """The PDF's text with whitespace folded, so that line breaks do not matter."""
    text = " ".join(page.extract_text() for page in pdf_reader(data).pages)
    return " ".join(text.split())


MM = 72 / 25.4


@dataclass(frozen=True)
class Line:
    """A line of text on a PDF page, its box in millimetres from the page's top-left corner."""

    text: str
    left: float
    top: float
    right: float
    bottom: float


def pdf_blocks(data, page=1):
    """The text blocks of a page (of every page if None), as poppler's pdftotext lays them
    out, each a list of Lines."""
    pages = [] if page is None else ["-f", str(page), "-l", str(page)]
    layout = subprocess.run(
        ["pdftotext", "-bbox-layout", *pages, "-", "-"],
        input=data, capture_output=True, check=True,
    ).stdout  # fmt: skip
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    root = ElementTree.fromstring(layout)
    return [
        [
            Line(
                " ".join(word.text for word in line.findall("x:word", ns)),
                *(float(line.get(key)) / MM for key in ("xMin", "yMin", "xMax", "yMax")),
            )
            for line in block.findall("x:line", ns)
        ]
        for block in root.iter(f"{{{ns['x']}}}block")
    ]


def pdf_page_gray(data, page=1, dpi=72):
    """A page rasterised by poppler: (width, height, bytes of one grey level per pixel)."""
    pgm = subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), "-"],
        input=data, capture_output=True, check=True,
    ).stdout  # fmt: skip
    _, width, height, _, pixels = pgm.split(maxsplit=4)
    return int(width), int(height), pixels
