"""Every language's letter shows real glyphs, in the faces the stylesheet names."""

import logging

import pytest
from django.conf import settings

from objection.letters import build_letter, render_pdf
from tests.helpers import TODAY, make_answers, pdf_reader

REGION_FOR = {"en": "GB", "fr": "FR", "de": "DE"}


def embedded_fonts(pdf):
    names = set()
    for page in pdf_reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font.get("/BaseFont")))
            for descendant in font.get("/DescendantFonts", []):
                names.add(str(descendant.get_object()["/BaseFont"]))
    return names


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
    answers = make_answers(
        REGION_FOR[language], letter_language=language, full_name="Zoë Łukasz 陳大文"
    )
    pdf = render_pdf(build_letter(kind, answers, TODAY))
    assert missing_glyph_warnings(glyph_warnings) == []
    fonts = {name.split("+", 1)[-1] for name in embedded_fonts(pdf)}
    assert "Noto-Sans" in fonts
    # Chinese characters take the Hong Kong face in every letter, never the Japanese one.
    assert "Noto-Sans-CJK-HK" in fonts
    assert not any("CJK-JP" in name for name in fonts), fonts


def test_the_glyph_detector_notices_missing_glyphs(glyph_warnings):
    answers = make_answers("FR", full_name="Ada \U00018af3")
    render_pdf(build_letter("objection", answers, TODAY))
    assert missing_glyph_warnings(glyph_warnings)


def test_chinese_letters_are_marked_as_hong_kong_chinese():
    answers = make_answers("HK", letter_language="zh-hant")
    pdf = render_pdf(build_letter("objection", answers, TODAY))
    assert pdf_reader(pdf).trailer["/Root"]["/Lang"] == "zh-Hant-HK"
