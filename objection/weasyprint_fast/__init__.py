"""Speed-ups inside WeasyPrint 70, applied once by objection.pdf (issue 18).

Why patch a library: a letter's time is WeasyPrint's, and most of it is the same in every
letter. Each part says what it changes and why:

- embedding: font subsets made in one HarfBuzz pass, without a copy of the font file;
- parsing: a letter's HTML parsed by objection.html_tree instead of tinyhtml5;
- styles: computed styles, and what WeasyPrint derives from them, made once for all letters;
- flow: whether a box is in normal flow, and its page values, asked the short way;
- lines: the letters' own lines and glyphs kept for the next letters, a member's long words
  and unbroken text laid out once, the Pango objects of a layout reused.

What a member typed is never kept from one letter to the next: the letters put it in <bdi>,
which letter.css marks, and styles hold no text.

tests/test_weasyprint_fast.py renders letters with and without these patches and compares
them, and fails when WeasyPrint, pydyf or tinyhtml5 changes version or a patched function
changes: then check each patch against the new source, or drop it if upstream did the same.
"""

import sys

import pydyf
import tinyhtml5
from weasyprint import css
from weasyprint.draw import text as draw_text
from weasyprint.formatting_structure import boxes
from weasyprint.layout import background, inline, page, preferred
from weasyprint.pdf import fonts
from weasyprint.text import line_break

from objection.weasyprint_fast import embedding, flow, lines, parsing, styles

PARTS = (embedding, parsing, styles, flow, lines)
PATCHED = {name: patch for part in PARTS for name, patch in part.PATCHED.items()}
ORIGINALS = {name: original for part in PARTS for name, original in part.ORIGINALS.items()}
RELIED_ON = {name: function for part in PARTS for name, function in part.RELIED_ON.items()}
# Functions the layout modules import by name, replaced in each of them.
EVERYWHERE = {
    "resolve_percentages": styles._resolve_percentages,
    "strut": styles._strut,
    "avoid_collisions": lines._avoid_collisions,
}


def _replace_in_weasyprint(name, function, replacement):
    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("weasyprint.") and vars(module).get(name) is function:
            setattr(module, name, replacement)


def apply():
    tinyhtml5.parse = parsing._parse_html
    fonts.get_hb_object_data = embedding.get_hb_object_data
    fonts.Font.file_content = embedding.FileContent()
    fonts.Font._harfbuzz_subset = embedding._harfbuzz_subset
    pydyf.Stream.data = property(embedding._stream_data)
    line_break.Layout.setup = lines._layout_setup
    css.ComputedStyle.__missing__ = styles._computed_style_missing
    css.StyleFor.__init__ = styles._style_for_init
    page.set_page_type_computed_styles = styles._set_page_type_computed_styles
    background.layout_box_backgrounds = styles._layout_box_backgrounds
    boxes.Box.is_in_normal_flow = flow._is_in_normal_flow
    boxes.ParentBox.page_values = flow._page_values
    for name, replacement in EVERYWHERE.items():
        _replace_in_weasyprint(name, ORIGINALS[name], replacement)
    inline.split_first_line = lines._split_first_line
    preferred.split_first_line = lines._split_first_line
    draw_text.draw_first_line = lines._draw_first_line
    line_break.Layout.reactivate = lines._reactivate
    line_break.Layout.deactivate = lines._deactivate
    line_break.Layout.__getattr__ = lines._set_up_when_asked


def undo():
    """WeasyPrint as released: the tests compare letters with and without the patches."""
    for name, replacement in EVERYWHERE.items():
        _replace_in_weasyprint(name, replacement, ORIGINALS[name])
    for name, (owner, attribute) in PATCHED.items():
        setattr(owner, attribute, ORIGINALS[name])
    for owner, attribute in ((fonts.Font, "file_content"), (line_break.Layout, "__getattr__")):
        if attribute in vars(owner):
            delattr(owner, attribute)


def kept_lines():
    """The texts of the lines kept, for the tests."""
    return [key[0] for kept in (lines._LINES, lines._DRAWN) for kept_lines in kept.values()
            for key in kept_lines]  # fmt: skip


def kept_styles():
    """The styles kept, with their keys, as text, for the tests."""
    return [repr((key, dict(style))) for kept in styles._STYLES.values()
            for key, style in kept.items()]  # fmt: skip
