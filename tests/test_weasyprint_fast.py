"""The WeasyPrint patches change how fast letters are made, nothing in them; and they are
checked again whenever WeasyPrint changes."""

import hashlib
import inspect

import pydyf
import pytest
import weasyprint

from objection import weasyprint_fast
from objection.letters import build_letter, render_pdf
from tests.helpers import TODAY, make_answers
from tests.pdf_compare import outline, pixels

# When one of these changes, read the new source against the patches in objection/weasyprint_fast.py.
VERSIONS = {"weasyprint": "70.0", "pydyf": "0.13.0"}
SOURCES = {
    "Font._harfbuzz_subset": "f80805663ede8080a3e1ffff831e20c74bd25fa3b8e4410334ba807158dc685f",
    "fonts.get_hb_object_data": "03040a623df04c2b5fe464037e14b07fe430fd1ec43602abf955fdf3fbe77ea6",
    "pydyf.Stream.data": "bdc2bc513f286de7b7a7220a43e6085daa6ed0056d9c04e3c9b5abe40f3ecf81",
    "Font.__init__": "1f281166b10302a4278a04384970b91496a19b071e071a4087f77a49bc1487fe",
    "Font.clean": "794f0211f18453f1a291056fcd6659cdcb262f7c1133cf5b2ea015df379c6813",
    "Font.type": "31376bf9b326ac58403187f045eb3b823ef5cf26ec2a6a4af88f436266a0bd98",
    "build_fonts_dictionary": "fc551bef35d0d6c3d288f686fd21b5ea8c1efadb8f2f3b4d379cfa6045c02230",
    "Layout.setup": "fb227a55094f41d42fbd57f180d8b7a9a1e741969ec8ddb3fd5cd80920257442",
    "get_font_description": "85734b8947b9bf64ef27ff11d8f5355db76a2ae8efc9a6fed925dc9e2a1056ce",
    "ComputedStyle.__missing__": "b318d8efc8ac79d716f05cb81cc3abd65a32bd79601e363b218a32559bb3a5fb",
    "check_math": "4f8e6a21258e09ba3cdb1a650edca2751771aa4a2a5b9a37dd05945637f2e433",
    "inline.split_first_line": "39ad1016863ca34de0bea4c9fcffb46da7e27813c87dd82b7011bfa19fe5504f",
}
LETTERS = [
    ("objection", "GB", "en", "Ada Lovelace"),
    ("objection", "HK", "zh-hant", "陳大文"),
    # Outside the Hong Kong subset: the full CJK face, copied and subset as before.
    ("erasure", "HK", "zh-hant", "Zoë Łukasz 陳堃𠮷"),
    ("objection", "CA-QC", "fr-ca", "Zoë Łukasz"),
    # Grounds in the member's words: paragraphs of several lines, line breaks kept (pre-line).
    ("objection", "GB", "en", "Ada Lovelace", {"grounds": ("sensitive_groups",),
     "grounds_text": "I am a nurse and write about my patients' rights, every week, in a column "
                     "that colleagues and patients read and answer.\nSecond paragraph: " * 4}),
    # Every field at its limit without a space (as bench/bench_letters.py's worst input).
    ("objection", "GB", "en", "W" * 200, {"address": "\n".join(["y" * 66] * 5 + ["y" * 65]),
     "profile_url": "https://www.linkedin.com/in/" + "陳" * 100, "grounds_text": "z" * 2000}),
    # Long words of narrow, wide and combined characters, and spaces between them.
    ("objection", "GB", "en", "i" * 200, {"grounds_text": "i" * 900 + " " + "陳" * 300 + "  "
     + "e\u0301" * 300 + " ." + "W" * 300}),
]  # fmt: skip


def source_digest(function):
    if isinstance(function, property):
        function = function.fget
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()


def test_weasyprint_and_pydyf_are_the_versions_patched():
    assert {"weasyprint": weasyprint.__version__, "pydyf": pydyf.__version__} == VERSIONS


def test_the_patched_functions_are_as_read():
    functions = {**weasyprint_fast.ORIGINALS, **weasyprint_fast.RELIED_ON}
    assert {name: source_digest(function) for name, function in functions.items()} == SOURCES


@pytest.fixture
def unpatched():
    weasyprint_fast.undo()
    yield
    weasyprint_fast.apply()


def render(kind, region, language, name, answers=None):
    return render_pdf(build_letter(kind, make_answers(region, letter_language=language,
                                                      full_name=name, **(answers or {})),
                                   TODAY))  # fmt: skip


@pytest.mark.parametrize("letter", LETTERS, ids=lambda letter: f"{letter[0]}-{letter[2]}")
def test_letters_are_the_same_without_the_patches(request, letter):
    patched = render(*letter)
    request.getfixturevalue("unpatched")
    released = render(*letter)
    assert outline(patched) == outline(released)
    assert pixels(patched) == pixels(released)


def test_the_patches_are_applied():
    from weasyprint.pdf import fonts

    assert fonts.Font._harfbuzz_subset is weasyprint_fast._harfbuzz_subset
    assert pydyf.Stream.data.fget is weasyprint_fast._stream_data
