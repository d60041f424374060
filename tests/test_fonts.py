"""Every language's letter shows real glyphs, in the faces the stylesheet names."""

import logging
import re

import pytest
from django.conf import settings
from pypdf.generic import ByteStringObject, ContentStream, TextStringObject

from objection.letters import build_letter, render_pdf
from tests.helpers import TODAY, make_answers, pdf_reader

REGION_FOR = {
    "en": "GB", "fr": "FR", "de": "DE", "de-ch": "CH", "it": "IT", "es": "ES", "nl": "NL",
    "pt": "PT", "pl": "PL", "zh-hant": "HK", "fr-ca": "CA-QC", "bg": "BG", "cs": "CZ",
    "da": "DK", "el": "GR", "et": "EE", "fi": "FI", "ga": "IE", "hr": "HR", "hu": "HU",
    "is": "IS", "lt": "LT", "lv": "LV", "mt": "MT", "nb": "NO", "ro": "RO", "sk": "SK",
    "sl": "SI", "sv": "SE",
}  # fmt: skip
# A name with the Latin diacritics of every EU/EEA language, Greek, Cyrillic and Chinese.
NAME = (
    "Zoë Łukasz Őrs Űrhajós Șțefan Ħaġżu Þórð Ąžuolas Ėglė Įvų Ūla Ļeņķis Ģirts Čapek "
    "Šimić Žana Ελένη Иван 陳大文"
)


def embedded_fonts(pdf):
    names = set()
    for page in pdf_reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font.get("/BaseFont")))
            for descendant in font.get("/DescendantFonts", []):
                names.add(str(descendant.get_object()["/BaseFont"]))
    return names


def glyphs_by_code(font):
    """How a font's two-byte codes map to glyphs (CIDs): directly, or by WeasyPrint's CMap."""
    encoding = font["/Encoding"].get_object()
    if encoding == "/Identity-H":
        return lambda code: code
    cmap = encoding.get_data().decode()
    table = {int(code, 16): int(cid) for code, cid in re.findall(r"^<(\w+)> (\d+)$", cmap, re.M)}
    return table.__getitem__


def drawn_glyphs(pdf):
    """(font name, glyph) for every glyph the pages draw; glyph 0 is .notdef, the empty box."""
    reader = pdf_reader(pdf)
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        glyph = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                font = fonts[operands[0]].get_object()
                name, glyph = str(font["/BaseFont"]), glyphs_by_code(font)
            elif operator in (b"Tj", b"TJ"):
                for item in operands[0] if operator == b"TJ" else operands:
                    if isinstance(item, (TextStringObject, ByteStringObject)):
                        data = item.original_bytes
                        for i in range(0, len(data), 2):
                            yield name, glyph(int.from_bytes(data[i : i + 2], "big"))


def notdef_drawn(pdf):
    return {name for name, glyph in drawn_glyphs(pdf) if glyph == 0}


def missing_glyph_warnings(caplog):
    return [r.getMessage() for r in caplog.records if ".notdef glyph" in r.getMessage()]


@pytest.fixture
def glyph_warnings(caplog):
    # The app silences WeasyPrint below ERROR (its warnings quote letter text); here we
    # listen on purpose: WeasyPrint warns whenever a character has no glyph in any font.
    caplog.set_level(logging.WARNING, logger="weasyprint")
    return caplog


@pytest.mark.parametrize("language", [code for code, _ in settings.LETTER_LANGUAGES])
@pytest.mark.parametrize("kind", ["objection", "erasure"])
def test_letters_have_a_glyph_for_every_character(glyph_warnings, language, kind):
    answers = make_answers(REGION_FOR[language], letter_language=language, full_name=NAME)
    pdf = render_pdf(build_letter(kind, answers, TODAY))
    assert missing_glyph_warnings(glyph_warnings) == []
    assert notdef_drawn(pdf) == set()
    fonts = {name.split("+", 1)[-1] for name in embedded_fonts(pdf)}
    assert "Noto-Sans" in fonts
    # Chinese characters take a Hong Kong face in every letter (the subset built at setup, or
    # the full face), never the Japanese one.
    assert fonts & {"Noto-Sans-CJK-HK-Letters", "Noto-Sans-CJK-HK-Common", "Noto-Sans-CJK-HK"}, (
        fonts
    )
    assert not any("CJK-JP" in name for name in fonts), fonts


def test_the_glyph_detectors_notice_a_missing_glyph(glyph_warnings):
    # A Tangut character: no font on the host draws it.
    pdf = render_pdf(
        build_letter("objection", make_answers("FR", full_name="Ada \U00018af3"), TODAY)
    )
    assert missing_glyph_warnings(glyph_warnings)
    assert notdef_drawn(pdf)


def test_chinese_letters_are_marked_as_hong_kong_chinese():
    answers = make_answers("HK", letter_language="zh-hant")
    pdf = render_pdf(build_letter("objection", answers, TODAY))
    assert pdf_reader(pdf).trailer["/Root"]["/Lang"] == "zh-Hant-HK"
