"""The Hong Kong subset faces built at setup: what they hold, and the fallback to the full face."""

import pytest
from fontTools.ttLib import TTFont

from objection.letter_fonts import HK_COMMON_FACES
from objection.letters import build_letter, render_pdf
from tests.helpers import TODAY, make_answers
from tests.pdf_compare import outline, pixels, render_with_changed_css
from tests.test_fonts import embedded_fonts, notdef_drawn

CATALOG = "locale/zh_Hant/LC_MESSAGES/django.po"
# Not in Big5 level 1 nor in the catalog: a rarer name character, and one beyond the BMP.
RARE = "堃𠮷"


def subset_characters(weight):
    return {chr(point) for point in TTFont(HK_COMMON_FACES[weight][1]).getBestCmap()}


def face_names(pdf):
    return {name.split("+", 1)[-1] for name in embedded_fonts(pdf)}


def test_the_subset_holds_every_character_of_the_chinese_catalog(settings):
    catalog = set((settings.BASE_DIR / CATALOG).read_text(encoding="utf-8")) - {"\n"}
    for weight in HK_COMMON_FACES:
        assert catalog - subset_characters(weight) == set()


def test_a_chinese_letter_takes_only_the_subset_and_is_half_the_size():
    answers = make_answers("HK", letter_language="zh-hant", full_name="陳大文")
    letter = build_letter("objection", answers, TODAY)
    pdf = render_pdf(letter)
    assert face_names(pdf) == {"Noto-Sans-CJK-HK-Common", "Noto-Sans-CJK-HK-Common-Bold"}
    assert len(pdf) < len(render_with_changed_css(letter, '"Noto Sans CJK HK Common", ', "")) / 2


def test_a_name_outside_the_subset_is_drawn_by_the_full_face():
    assert not set(RARE) & subset_characters("normal")
    answers = make_answers("HK", letter_language="zh-hant", full_name=f"陳{RARE}")
    pdf = render_pdf(build_letter("objection", answers, TODAY))
    assert notdef_drawn(pdf) == set()
    assert "Noto-Sans-CJK-HK" in face_names(pdf)


@pytest.mark.parametrize("name", ["陳大文", f"Zoë Łukasz 陳{RARE}"])
@pytest.mark.parametrize("kind", ["objection", "erasure"])
def test_chinese_letters_look_the_same_as_with_the_full_face_alone(kind, name):
    letter = build_letter(kind, make_answers("HK", letter_language="zh-hant", full_name=name),
                          TODAY)  # fmt: skip
    with_subset = render_pdf(letter)
    full_face_only = render_with_changed_css(letter, '"Noto Sans CJK HK Common", ', "")
    assert outline(with_subset, faces=False) == outline(full_face_only, faces=False)
    assert pixels(with_subset) == pixels(full_face_only)
    assert "Noto-Sans-CJK-HK-Common" in face_names(with_subset)
    assert "Noto-Sans-CJK-HK-Common" not in face_names(full_face_only)
