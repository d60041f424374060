"""The Hong Kong subset faces built at setup: what they hold, and the fallback from the letters'
own characters to the common ones and to the full face."""

import pytest
from fontTools.ttLib import TTFont

from objection.letter_fonts import HK_SUBSET_FACES
from objection.letters import build_letter, render_pdf
from tests.helpers import TODAY, make_answers
from tests.pdf_compare import outline, pixels, render_with_changed_css
from tests.test_fonts import embedded_fonts, notdef_drawn

CATALOG = "locale/zh_Hant/LC_MESSAGES/django.po"
# Not in Big5 level 1 nor in the catalog: a rarer name character, and one beyond the BMP.
RARE = "堃𠮷"


# What letter.css names before the full face.
SUBSETS_IN_CSS = '"Noto Sans CJK HK Letters", "Noto Sans CJK HK Common", '


def subset_characters(face, weight="Regular"):
    return {chr(point) for point in TTFont(HK_SUBSET_FACES[face, weight][1]).getBestCmap()}


def face_names(pdf):
    return {name.split("+", 1)[-1] for name in embedded_fonts(pdf)}


def test_both_subsets_hold_every_character_of_the_chinese_catalog(settings):
    catalog = set((settings.BASE_DIR / CATALOG).read_text(encoding="utf-8")) - {"\n"}
    for face, weight in HK_SUBSET_FACES:
        assert catalog - subset_characters(face, weight) == set()


def test_the_letters_face_holds_the_letters_characters_and_the_common_face_more():
    assert "堂" not in subset_characters("Letters")  # Big5 level 1, in no string of the app
    assert "堂" in subset_characters("Common")
    assert len(subset_characters("Letters")) < len(subset_characters("Common")) / 5


def test_a_chinese_letter_in_the_letters_characters_takes_only_their_face():
    answers = make_answers("HK", letter_language="zh-hant", full_name="Chan Tai Man")
    letter = build_letter("objection", answers, TODAY)
    pdf = render_pdf(letter)
    assert face_names(pdf) == {"Noto-Sans-CJK-HK-Letters", "Noto-Sans-CJK-HK-Letters-Bold"}
    common_only = render_with_changed_css(letter, '"Noto Sans CJK HK Letters", ', "")
    assert len(pdf) < len(common_only) * 0.7
    assert len(common_only) < len(render_with_changed_css(letter, SUBSETS_IN_CSS, "")) / 2


def test_a_name_in_common_characters_takes_the_common_face_for_them_only():
    assert not set("陳大文") <= subset_characters("Letters")
    answers = make_answers("HK", letter_language="zh-hant", full_name="陳大文")
    pdf = render_pdf(build_letter("objection", answers, TODAY))
    assert notdef_drawn(pdf) == set()
    assert {"Noto-Sans-CJK-HK-Letters", "Noto-Sans-CJK-HK-Common"} <= face_names(pdf)
    assert "Noto-Sans-CJK-HK" not in face_names(pdf)


def test_a_name_outside_the_subset_is_drawn_by_the_full_face():
    assert not set(RARE) & subset_characters("Common")
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
    full_face_only = render_with_changed_css(letter, SUBSETS_IN_CSS, "")
    assert outline(with_subset, faces=False) == outline(full_face_only, faces=False)
    assert pixels(with_subset) == pixels(full_face_only)
    assert "Noto-Sans-CJK-HK-Letters" in face_names(with_subset)
    assert "Noto-Sans-CJK-HK-Letters" not in face_names(full_face_only)
