"""The WeasyPrint patches change how fast letters are made, nothing in them; and they are
checked again whenever WeasyPrint changes."""

import datetime
import hashlib
import importlib.metadata
import inspect
import re
import sys
import weakref
from pathlib import Path

import pydyf
import pytest
import weasyprint

from objection import weasyprint_fast
from objection.follow_up import FollowUp
from objection.jurisdictions import REGIONS
from objection.letters import build_letter, render_pdf
from tests.helpers import TODAY, make_answers, pdf_text
from tests.pdf_compare import outline, pixels

# When one of these changes, read the new source against the patches in objection/weasyprint_fast/.
VERSIONS = {"weasyprint": "70.0", "pydyf": "0.13.0", "tinyhtml5": "2.1.0"}
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
    "preferred.split_first_line": "39ad1016863ca34de0bea4c9fcffb46da7e27813c87dd82b7011bfa19fe5504f",
    "draw_first_line": "1bb8eae6d88e71b17096a034656f3be17da8f1f513c78536c1c38d971927638b",
    "create_layout": "6587192cc0ab3ffad7bb1902654c7f26dd28910f760804bcf67cbf7b986660b0",
    "first_line_metrics": "55ec5d0b58b29a8bda9f4c85d3bc3bc46b45d2110e05982e7126c7f4d507e65d",
    "Layout.set_text": "fe23ca9937dbf5205bda422f9c01103f301ef2c511228842632ea86e853274f7",
    "Layout.set_tabs": "2ee73daabd64e1aa261667b9b45871f6934810801d5c111cc0b2c347fa8dbd75",
    "font_features": "e35741064c06885295ee9519f6874f2953187b61ff33aaf344f51ea1d9114361",
    "draw_text": "ebaf96239c6ca3635d2b91bfb34718c2dcebd7809fec1c53fb8dffd1366befe3",
    "Layout.reactivate": "0b89ee097104b71376c179f48a98858708b07169dc0212c393263a1a831607c9",
    "Stream.add_font": "e4226e111747721713ef1a513ba39542ac767bf32f354a18da2207b0ddf44787",
    "Layout.deactivate": "bfec3ec8406e1c82a91f9570103eb5ecbc5a20c1339ff26bb0f4eafb03189f0b",
    "StyleFor.__init__": "b1e725a7552502aa00f0bc07aec79c1aa49365b107a889085161f8d6a4c4a836",
    "StyleFor.set_computed_styles": "b5b15856b8beff3f49e20ac0309d7b45fb2a5192d826dd65e05b3009b8285c46",
    "find_style_attributes": "c5b4eb4d3c008b0748719348b33b4bf1e0cf7f90d282954719b1b14611978eb4",
    "set_page_type_computed_styles": "4e68b396b35c4a0640453f413be69acdc81a82b37e0f806fd00999c937a126bb",
    "resolve_percentages": "71673078096fcf8764e6412933288cc79ba956eae0d939deda27beaeac45acad",
    "strut": "b57885b70dd08efe92f72a746709e08c576f47b90edb36f02925fefa15bb761a",
    "tinyhtml5.parse": "96cbcbb8fe5ef6e035e0950880f569edd6d66476e78fbd19a76f41167943fc80",
    "HTML.__init__": "5f19f40b81837f87ae7af8e5c53d5f11e7c98ba245094a86d45f5f14d001b943",
    "avoid_collisions": "5fc7793c573af328ffa88757d08f1641b19832805a1e48aa8b8204530c477e5d",
    "layout_box_backgrounds": "617a870678c82755762bbf53eecd2a871214b00246b2abf8f3a9a1524695f68a",
    "Box.is_in_normal_flow": "5f49d6ab23da7e51003ce68f78e8cb04629e9c2edbf51f77ffa8acd7098e0368",
    "ParentBox.page_values": "9bcfda076d1961e69bd5318c361da815e589a2b0316bc074f04414082dc6a564",
    "Box.is_floated": "6e6071b81868ea92a30a24506034cdbbed8d943d7075c86d1df386eac5b9f660",
    "Box.is_absolutely_positioned": "397e0c33b3087681e486d5b2511db349c7b069144c717ace90e3ebfbcc61d111",
    "Box.is_running": "1c451d5c39f4a663221d4c0171f9d2065e3ce6dc07c450b40fac81b9309638a2",
    "Box.is_footnote": "3550ea0c868601870c2436360c86cbc01df1c53e1e50f40e7ac343977523b593",
    "Box.is_note": "2651f1110437e2e311aae3e2c1fdf588b621975e1706bdf66796986422581c37",
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


def test_weasyprint_pydyf_and_tinyhtml5_are_the_versions_patched():
    versions = {name: importlib.metadata.version(name) for name in VERSIONS}
    assert versions == VERSIONS


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
    # Another member's letter first: this one's own lines then come from the lines kept.
    render(*letter[:3], "Grace Hopper")
    patched = render(*letter)
    request.getfixturevalue("unpatched")
    released = render(*letter)
    assert outline(patched) == outline(released)
    assert pixels(patched) == pixels(released)


def test_the_patches_are_applied():
    from weasyprint.pdf import fonts

    assert fonts.Font._harfbuzz_subset is weasyprint_fast.embedding._harfbuzz_subset
    assert pydyf.Stream.data.fget is weasyprint_fast.embedding._stream_data


def without_kept_lines(monkeypatch):
    from weasyprint.draw import text as draw_text
    from weasyprint.layout import inline, preferred

    for module in (inline, preferred):
        monkeypatch.setattr(module, "split_first_line", weasyprint_fast.lines._split_start_first)
    monkeypatch.setattr(draw_text, "draw_first_line", weasyprint_fast.ORIGINALS["draw_first_line"])


def without_dates(pdf):
    return re.sub(rb"/(Creation|Mod)Date \(.*?\)|<xmp:\w+Date>.*?</xmp:\w+Date>", b"", pdf)


# Letters of each kind and script, after another member's letter of the same kind.
KEPT = [("objection", "GB", "en"), ("erasure", "HK", "zh-hant"), ("objection", "FR", "fr"),
        ("erasure", "DE", "de"), ("objection", "GR", "el"), ("objection", "US-CA", "en"),
        ("objection", "CH", "de-ch")]  # fmt: skip


def test_no_member_text_is_kept_between_letters():
    """Every field a member can type, in every kind of letter: none of it, nor any line of it,
    stays in the lines or styles kept for the next letter."""
    marks = {"full_name": "Qvxname Zqjwrty", "email": "qvxmail@zqjexample.org",
             "profile_url": "https://www.linkedin.com/in/qvxprofile-zqj/",
             "address": "77 Qvxstreet Zqjroad\nQvxtown 4242", "grounds_text": "Qvxgrounds zqj " * 40,
             "grounds": ("sensitive_groups",)}  # fmt: skip
    follow_up = FollowUp(sent_on=datetime.date(2026, 1, 2), channel="email", outcome="partial",
                         sent_kinds=("objection", "erasure"), case_number="QVX-ZQJ-4242",
                         missing="Qvxmissing zqj " * 30)  # fmt: skip
    for region, language in (("GB", "en"), ("HK", "zh-hant"), ("DE", "de")):
        answers = make_answers(region, letter_language=language, **marks)
        authority = REGIONS[region].complaint_authorities(answers.subdivision)[0]
        for kind, sent, to in (("objection", None, None), ("erasure", None, None),
                               ("access", None, None), ("reminder", follow_up, None),
                               ("complaint", follow_up, authority)):  # fmt: skip
            text = pdf_text(render_pdf(build_letter(kind, answers, TODAY, sent, to)))
            assert "Qvxname" in text
    for kept in (weasyprint_fast.kept_lines(), weasyprint_fast.kept_styles()):
        assert kept, "nothing was kept"
        kept = " ".join(kept).lower()
        assert "qvx" not in kept and "zqj" not in kept


def without_kept_styles(monkeypatch):
    """The styles of elements and pages, and the values resolved from them (lengths, struts),
    made anew."""
    originals = weasyprint_fast.ORIGINALS
    monkeypatch.setattr(weasyprint.css.StyleFor, "__init__", originals["StyleFor.__init__"])
    monkeypatch.setattr(weasyprint.layout.page, "set_page_type_computed_styles",
                        originals["set_page_type_computed_styles"])  # fmt: skip
    restore_everywhere(
        monkeypatch, "resolve_percentages", weasyprint_fast.styles._resolve_percentages
    )
    restore_everywhere(monkeypatch, "strut", weasyprint_fast.styles._strut)


def restore_everywhere(monkeypatch, name, replacement):
    """WeasyPrint's function back in every module that imports it."""
    for module in list(sys.modules.values()):
        if vars(module).get(name) is replacement:
            monkeypatch.setattr(module, name, weasyprint_fast.ORIGINALS[name])


@pytest.mark.parametrize("made_anew", [without_kept_lines, without_kept_styles],
                         ids=("lines", "styles"))  # fmt: skip
@pytest.mark.parametrize("letter", KEPT, ids=lambda letter: f"{letter[0]}-{letter[1]}")
def test_what_is_kept_gives_the_same_bytes_as_made_anew(monkeypatch, letter, made_anew):
    render(*letter, "Grace Hopper")
    kept = render(*letter, "Zoë Ada Lovelace")
    made_anew(monkeypatch)
    assert without_dates(render(*letter, "Zoë Ada Lovelace")) == without_dates(kept)


@pytest.mark.parametrize("letter", KEPT, ids=lambda letter: f"{letter[0]}-{letter[1]}")
def test_lines_and_backgrounds_placed_the_short_way_give_the_same_bytes(monkeypatch, letter):
    """Lines beside no float, boxes with no background."""
    short = render(*letter, "Zoë Ada Lovelace")
    restore_everywhere(monkeypatch, "avoid_collisions", weasyprint_fast.lines._avoid_collisions)
    restore_everywhere(
        monkeypatch, "layout_box_backgrounds", weasyprint_fast.styles._layout_box_backgrounds
    )
    assert without_dates(render(*letter, "Zoë Ada Lovelace")) == without_dates(short)


@pytest.mark.parametrize("letter", LETTERS, ids=lambda letter: f"{letter[0]}-{letter[2]}")
def test_flow_and_page_values_the_short_way_give_the_same_bytes(monkeypatch, letter):
    short = render(*letter)
    for name in ("Box.is_in_normal_flow", "ParentBox.page_values"):
        owner, attribute = weasyprint_fast.PATCHED[name]
        monkeypatch.setattr(owner, attribute, weasyprint_fast.ORIGINALS[name])
    assert without_dates(render(*letter)) == without_dates(short)


@pytest.mark.parametrize("letter", LETTERS, ids=lambda letter: f"{letter[0]}-{letter[2]}")
def test_member_lines_drawn_with_their_split_layout_give_the_same_bytes(monkeypatch, letter):
    kept_alive = render(*letter)

    def set_up_again_to_draw(layout):
        for name in ("layout", "language", "style", "_reactivate_with"):
            vars(layout).pop(name, None)

    monkeypatch.setattr(weasyprint.text.line_break.Layout, "deactivate", set_up_again_to_draw)
    assert without_dates(render(*letter)) == without_dates(kept_alive)


@pytest.mark.parametrize("letter", LETTERS, ids=lambda letter: f"{letter[0]}-{letter[2]}")
def test_member_lines_split_once_in_a_letter_give_the_same_bytes(monkeypatch, letter):
    """The identity grid lays a member's name, email and profile URL out twice."""
    split_once = render(*letter)
    kept_for_the_letter = weasyprint_fast.lines._split_first_line

    def split_again(text, style, context, *arguments, **keywords):
        if style["__member_text"]:
            context = None
        return kept_for_the_letter(text, style, context, *arguments, **keywords)

    for module in (weasyprint.layout.inline, weasyprint.layout.preferred):
        monkeypatch.setattr(module, "split_first_line", split_again)
    assert without_dates(render(*letter)) == without_dates(split_once)


def test_the_styles_kept_are_bounded(monkeypatch):
    monkeypatch.setattr(weasyprint_fast.styles, "_STYLES", weakref.WeakKeyDictionary())
    monkeypatch.setattr(weasyprint_fast.styles, "STYLES_KEPT", 10)
    for language in ("fr", "de"):
        render("objection", "FR", language, "Ada Lovelace")
    assert 0 < len(weasyprint_fast.kept_styles()) <= 10


def test_the_letter_stylesheets_use_no_viewport_units():
    """A style kept from one letter to the next would keep viewport units resolved against the
    first letter's page (A4 or US Letter)."""
    from objection.pdf import LETTER_CSS, LETTER_FONTS_CSS

    user_agent = Path(weasyprint.__file__).parent / "css" / "html5_ua.css"
    for sheet in (LETTER_CSS, LETTER_FONTS_CSS, user_agent):
        numbers = re.findall(
            r"\d([a-z]+)\b", re.sub(r"/\*.*?\*/", "", sheet.read_text(), flags=re.S)
        )
        assert not {unit for unit in numbers if unit[-2:] in ("vw", "vh", "vi", "vb")
                    or unit[-4:] in ("vmin", "vmax")}, sheet  # fmt: skip


def test_the_lines_kept_are_bounded(monkeypatch):
    for kept in ("_LINES", "_DRAWN"):
        monkeypatch.setattr(weasyprint_fast.lines, kept, weakref.WeakKeyDictionary())
    monkeypatch.setattr(weasyprint_fast.lines, "LINES_KEPT", 10)
    for name in ("Ada Lovelace", "Grace Hopper"):
        render("objection", "FR", "fr", name)
    assert 0 < len(weasyprint_fast.kept_lines()) <= 2 * 10


@pytest.mark.parametrize("letter", LETTERS[5:], ids=("limits", "long-words"))
def test_unbroken_text_laid_out_by_characters_only_gives_the_same_bytes(monkeypatch, letter):
    by_characters = render(*letter)
    monkeypatch.setattr(weasyprint_fast.lines, "_split_unbroken", lambda *arguments: None)
    assert without_dates(render(*letter)) == without_dates(by_characters)
