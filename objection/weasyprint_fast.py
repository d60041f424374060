"""Speed-ups inside WeasyPrint 70's font embedding and text layout, applied once by
objection.pdf.

Why patch a library: a Chinese letter spent most of its time here (issue 18). WeasyPrint
subsets each face twice with HarfBuzz (the second pass only drops hinting and the empty glyphs
after the last one used, which RETAIN_GIDS already leaves out), copies the whole font file
(20 MB for a CJK collection) into Python bytes for every letter although it embeds only the
subset, and compresses the font streams at zlib level 9. Together: 0.59x for a Chinese letter
and a third less memory per worker, the same pages, text, tags and faces.

Then, for the text layout (0.96x for English and Chinese letters, PDFs byte for byte the
same): Layout.setup takes the Pango context and font description already made for the same
direction, language and font instead of new ones for each of the 240 layouts of a letter, and
ComputedStyle.__missing__ goes the short way for plain cascaded, inherited and initial values.
split_first_line gets the start of a long text first, so that a word longer than the line no
longer costs a layout of the whole rest of the text for every line (the worst input a member
can type: 2.5x a normal letter, now 2.1x). Such a start with no break opportunity at all is
laid out once, by characters, where WeasyPrint lays it out twice by words first (0.91x for the
worst input).

Then what is the same in every letter: a letter's own text (all but what the member typed)
breaks into the same lines and glyphs for every member. split_first_line and draw_first_line
keep their answers for it, per process, bounded (LINES_KEPT), and give them to the next letters
instead of asking Pango again: about 0.65x an English letter and 0.8x a Chinese one, the
same bytes.
What a member typed is never kept: the letters put it in <bdi>, which letter.css marks.

tests/test_weasyprint_fast.py renders letters with and without these patches and compares
them, and fails when WeasyPrint or pydyf changes version or the patched functions change:
then check each patch against the new source, or drop it if upstream did the same.
"""

import io
import math
import re
import sys
import weakref
import zlib

import pydyf
import tinyhtml5
import weasyprint
from weasyprint import css
from weasyprint.draw import text as draw_text
from weasyprint.draw.color import get_color
from weasyprint.formatting_structure import boxes
from weasyprint.layout import background, inline, page, percent, preferred
from weasyprint.layout import float as float_layout
from weasyprint.pdf import fonts, stream
from weasyprint.text import line_break
from weasyprint.text.constants import LST_TO_ISO, PANGO_DIRECTION, PANGO_WRAP_MODE
from weasyprint.text.ffi import (
    FROM_UNITS,
    ffi,
    gobject,
    harfbuzz,
    harfbuzz_subset,
    pango,
    unicode_to_char_p,
)
from weasyprint.text.fonts import font_features, get_font_description, get_pango_font_key

from objection import html_tree

# What apply() replaces, as (owner, attribute name).
PATCHED = {
    "Font._harfbuzz_subset": (fonts.Font, "_harfbuzz_subset"),
    "fonts.get_hb_object_data": (fonts, "get_hb_object_data"),
    "pydyf.Stream.data": (pydyf.Stream, "data"),
    "Layout.setup": (line_break.Layout, "setup"),
    "ComputedStyle.__missing__": (css.ComputedStyle, "__missing__"),
    "inline.split_first_line": (inline, "split_first_line"),
    "preferred.split_first_line": (preferred, "split_first_line"),
    "draw_first_line": (draw_text, "draw_first_line"),
    "Layout.reactivate": (line_break.Layout, "reactivate"),
    "Layout.deactivate": (line_break.Layout, "deactivate"),
    "StyleFor.__init__": (css.StyleFor, "__init__"),
    "set_page_type_computed_styles": (page, "set_page_type_computed_styles"),
    "resolve_percentages": (percent, "resolve_percentages"),
    "strut": (line_break, "strut"),
    "tinyhtml5.parse": (tinyhtml5, "parse"),
    "avoid_collisions": (float_layout, "avoid_collisions"),
    "layout_box_backgrounds": (background, "layout_box_backgrounds"),
}
ORIGINALS = {name: vars(owner)[attribute] for name, (owner, attribute) in PATCHED.items()}
# What the patches rely on without replacing it: where file_content is set and read.
RELIED_ON = {
    "Font.__init__": fonts.Font.__init__,
    "Font.clean": fonts.Font.clean,
    "Font.type": fonts.Font.type,
    "build_fonts_dictionary": fonts.build_fonts_dictionary,
    # Layout.setup caches what this makes from the style properties it reads.
    "get_font_description": get_font_description,
    # _no_math answers as this does for values without a function.
    "check_math": css.check_math,
    # The lines kept are keyed by what these read from the style (_LINE_PROPERTIES), and a
    # kept Layout holds what first_line_metrics leaves in a deactivated one.
    "create_layout": line_break.create_layout,
    "first_line_metrics": line_break.first_line_metrics,
    "Layout.set_text": line_break.Layout.set_text,
    "Layout.set_tabs": line_break.Layout.set_tabs,
    "font_features": font_features,
    # The glyphs kept are drawn as draw_first_line draws them after draw_text's reactivate.
    "draw_text": draw_text.draw_text,
    "Stream.add_font": stream.Stream.add_font,
    # The styles kept are made as this makes them, from what this finds.
    "StyleFor.set_computed_styles": css.StyleFor.set_computed_styles,
    "find_style_attributes": css.find_style_attributes,
    # How it calls tinyhtml5.parse.
    "HTML.__init__": weasyprint.HTML.__init__,
}
_copy_face = ORIGINALS["fonts.get_hb_object_data"]
_DEFERRED = object()
# Level 9 takes twice as long on font data as level 6 and saves under 1 % here.
ZLIB_LEVEL = 6
DROPPED_TABLES = (b"BASE", b"DSIG", b"EBDT", b"EBLC", b"EBSC", b"GPOS", b"GSUB", b"JSTF",
                  b"LTSH", b"PCLT", b"SVG ")  # fmt: skip


def get_hb_object_data(hb_object, ot_color=None, glyph=None):
    """As WeasyPrint's, but Font.__init__ gets a marker instead of a copy of the font file."""
    if ot_color is None and sys._getframe(1).f_code is RELIED_ON["Font.__init__"].__code__:
        return _DEFERRED
    return _copy_face(hb_object, ot_color, glyph)


class FileContent:
    """Font.file_content, copied out of HarfBuzz only if something reads the whole file
    (variable and colour fonts, fonts in forms); subsetting sets it to the subset."""

    def __get__(self, font, owner=None):
        if font is None:
            return self
        if "file_content" not in font.__dict__:
            font.__dict__["file_content"] = _copy_face(font.hb_face)
        return font.__dict__["file_content"]

    def __set__(self, font, value):
        if value is _DEFERRED:
            font.__dict__.pop("file_content", None)
        else:
            font.__dict__["file_content"] = value


def _harfbuzz_subset(self, to_unicode, hinting):
    """WeasyPrint's two HarfBuzz passes in one: same glyph ids, same tables, same flags."""
    hb_subset = ffi.gc(
        harfbuzz_subset.hb_subset_input_create_or_fail(), harfbuzz_subset.hb_subset_input_destroy
    )
    gid_set = harfbuzz_subset.hb_subset_input_glyph_set(hb_subset)
    gid_array = ffi.new(f"hb_codepoint_t[{len(to_unicode)}]", sorted(to_unicode))
    harfbuzz.hb_set_add_sorted_array(gid_set, gid_array, len(to_unicode))
    flags = (
        harfbuzz_subset.HB_SUBSET_FLAGS_RETAIN_GIDS
        | harfbuzz_subset.HB_SUBSET_FLAGS_PASSTHROUGH_UNRECOGNIZED
        | harfbuzz_subset.HB_SUBSET_FLAGS_DESUBROUTINIZE
    )
    if not hinting:
        flags |= harfbuzz_subset.HB_SUBSET_FLAGS_NO_HINTING
    if self.missing:
        flags |= harfbuzz_subset.HB_SUBSET_FLAGS_NOTDEF_OUTLINE
    harfbuzz_subset.hb_subset_input_set_flags(hb_subset, flags)
    drop_set = harfbuzz_subset.hb_subset_input_set(
        hb_subset, harfbuzz_subset.HB_SUBSET_SETS_DROP_TABLE_TAG
    )
    drop_tables = tuple(harfbuzz.hb_tag_from_string(name, -1) for name in DROPPED_TABLES)
    drop_array = ffi.new(f"hb_codepoint_t[{len(drop_tables)}]", drop_tables)
    harfbuzz.hb_set_add_sorted_array(drop_set, drop_array, len(drop_tables))
    hb_face = ffi.gc(
        harfbuzz_subset.hb_subset_or_fail(self.hb_face, hb_subset), harfbuzz.hb_face_destroy
    )
    if hb_face and (file_content := _copy_face(hb_face)):
        self.file_content = file_content
        return
    fonts.LOGGER.warning('Unable to subset "%s" with HarfBuzz', self.family)


def _stream_data(self):
    """pydyf's Stream.data at ZLIB_LEVEL instead of 9."""
    stream = b"\n".join(pydyf._to_bytes(item) for item in self.stream)
    extra = pydyf.Dictionary(self.extra.copy())
    if self.compress:
        extra["Filter"] = "/FlateDecode"
        compressobj = zlib.compressobj(level=ZLIB_LEVEL)
        stream = compressobj.compress(stream)
        stream += compressobj.flush()
    extra["Length"] = len(stream)
    return b"\n".join((extra.data, b"stream", stream, b"endstream"))


def _parse_html(document, namespace_html_elements=True, **kwargs):
    """tinyhtml5.parse as WeasyPrint's HTML(string=...) calls it, answered by
    objection.html_tree where that builds the same tree (every letter)."""
    if isinstance(document, io.StringIO) and not namespace_html_elements and not kwargs:
        if (root := html_tree.parse(document.getvalue())) is not None:
            return root
    return ORIGINALS["tinyhtml5.parse"](document, namespace_html_elements, **kwargs)


# Per FontConfiguration: {(direction, language): (PangoContext, PangoLanguage)} and
# {font properties: PangoFontDescription}. Plain dicts used only while rendering, which
# objection.pdf.RENDER_LOCK serializes; the contexts hold their font map, the weak keys let the
# FontConfiguration go.
_CONTEXTS = weakref.WeakKeyDictionary()
_DESCRIPTIONS = weakref.WeakKeyDictionary()
_FONT_PROPERTIES = ("font_family", "font_style", "font_stretch", "font_weight", "font_size",
                    "font_variant_caps", "font_variation_settings")  # fmt: skip


def _layout_setup(self, style):
    """As WeasyPrint's Layout.setup, but each Layout takes a Pango context already made for its
    direction and language instead of a new one (a text box makes 2 to 4 Layouts), and the
    font description made for the same font properties. Pango never changes a context through
    its layouts, and copies the description into the layout."""
    self.style = style
    self.first_line_direction = 0

    font_config = style.font_config
    if style["font_language_override"] != "normal":
        lang = LST_TO_ISO.get(
            style["font_language_override"].lower(), style["font_language_override"]
        )
    elif style["lang"]:
        lang = style["lang"]
    else:
        lang = None
    contexts = _CONTEXTS.setdefault(font_config, {})
    key = (style["direction"], lang)
    if key in contexts:
        pango_context, self.language = contexts[key]
    else:
        pango_context = ffi.gc(
            pango.pango_font_map_create_context(font_config.font_map), gobject.g_object_unref
        )
        pango.pango_context_set_round_glyph_positions(pango_context, False)
        pango.pango_context_set_base_dir(pango_context, PANGO_DIRECTION[style["direction"]])
        if lang:
            lang_p, lang = unicode_to_char_p(lang)
        if lang:
            self.language = pango.pango_language_from_string(lang_p)
            pango.pango_context_set_language(pango_context, self.language)
        else:
            self.language = pango.pango_language_get_default()
        contexts[key] = pango_context, self.language

    assert not isinstance(style["font_family"], str), "font_family should be a list"
    descriptions = _DESCRIPTIONS.setdefault(font_config, {})
    key = tuple(style[name] for name in _FONT_PROPERTIES)
    if key in descriptions:
        font_description = descriptions[key]
    else:
        font_description = descriptions[key] = get_font_description(style)
    self.layout = ffi.gc(pango.pango_layout_new(pango_context), gobject.g_object_unref)
    pango.pango_layout_set_auto_dir(self.layout, False)
    pango.pango_layout_set_font_description(self.layout, font_description)

    text_decoration = style["text_decoration_line"]
    if text_decoration != "none":
        metrics = ffi.gc(
            pango.pango_context_get_metrics(pango_context, font_description, self.language),
            pango.pango_font_metrics_unref,
        )
        self.ascent = FROM_UNITS * (pango.pango_font_metrics_get_ascent(metrics))
        self.underline_position = FROM_UNITS * (
            pango.pango_font_metrics_get_underline_position(metrics)
        )
        self.strikethrough_position = FROM_UNITS * (
            pango.pango_font_metrics_get_strikethrough_position(metrics)
        )
        self.underline_thickness = FROM_UNITS * (
            pango.pango_font_metrics_get_underline_thickness(metrics)
        )
        self.strikethrough_thickness = FROM_UNITS * (
            pango.pango_font_metrics_get_strikethrough_thickness(metrics)
        )
    else:
        self.ascent = None
        self.underline_position = None
        self.strikethrough_position = None

    features = font_features(
        style["font_kerning"], style["font_variant_ligatures"], style["font_variant_position"],
        style["font_variant_caps"], style["font_variant_numeric"],
        style["font_variant_alternates"], style["font_variant_east_asian"],
        style["font_feature_settings"],
    )  # fmt: skip
    if features:
        features = ",".join(f"{key} {value}" for key, value in features.items()).encode()
        attr = font_config.font_features.setdefault(
            features, pango.pango_attr_font_features_new(features)
        )
        attr_list = pango.pango_attr_list_new()
        pango.pango_attr_list_insert(attr_list, attr)
        pango.pango_layout_set_attributes(self.layout, attr_list)


# What ComputedStyle.__missing__ does more for than cascade, inherit and compute.
_SPECIAL_PROPERTIES = frozenset(
    (*css.PHYSICAL_FUNCTIONS, "position", "float", "display", "page",
     *(key for key in css.INITIAL_VALUES if key[:16] == "text_decoration_"))
)  # fmt: skip


def _no_math(value):
    """False when css.check_math would find a math function in value (cheap for most)."""
    if type(value) is not tuple and getattr(value, "type", None) != "function":
        return True
    return not css.check_math(value)


def _computed_style_missing(self, key):
    """WeasyPrint's ComputedStyle.__missing__ in short for most properties (6,000 calls for an
    English letter): a cascaded value that is not pending (var()) nor a math function, an
    inherited or an initial value, then the computer function. The other properties (logical
    ones, position, float, display, page, text decorations, custom properties), pending
    values and math functions go to WeasyPrint's."""
    if key in _SPECIAL_PROPERTIES or key[:2] == "__":
        return ORIGINALS["ComputedStyle.__missing__"](self, key)
    if key in self.cascaded:
        value = self.cascaded[key][0]
        if isinstance(value, css.Pending):
            return ORIGINALS["ComputedStyle.__missing__"](self, key)
    else:
        value = "inherit" if key in css.INHERITED else "initial"
    if value == "inherit":
        if self.parent_style is None:
            value = "initial"
        else:
            value = self.parent_style[key]
            if _no_math(value):
                self[key] = value
                return value
            return ORIGINALS["ComputedStyle.__missing__"](self, key)
    if value == "initial":
        value = css.INITIAL_VALUES[key]
        if not _no_math(value):
            return ORIGINALS["ComputedStyle.__missing__"](self, key)
        if key not in css.INITIAL_NOT_COMPUTED:
            self[key] = value
            return value
    elif not _no_math(value):
        return ORIGINALS["ComputedStyle.__missing__"](self, key)
    if key in css.COMPUTER_FUNCTIONS:
        value = css.COMPUTER_FUNCTIONS[key](self, key, value)
    self[key] = value
    return value


# Per FontConfiguration: the computed styles of elements, {(parent's style id, base URL,
# the element's own declarations, the stylesheet rules it matches): ComputedStyle}, oldest
# first. WeasyPrint shares a style between the elements of one document under this key; kept
# from one letter to the next, the values it computes on demand during layout are computed once
# for all letters. A style holds values computed from the stylesheets (and from the element's
# lang and style attributes, which hold no member text), never an element or its text.
_STYLES = weakref.WeakKeyDictionary()
STYLES_KEPT = 2_000


def _style_for_init(self, html, sheets, presentational_hints, font_config, target_collector):
    """WeasyPrint's StyleFor.__init__, with the computed styles it shares between elements of
    one document kept for the next documents. The elements' own declarations are keyed by their
    text, not by the objects parsed for each document. Viewport units would be resolved against
    the page of the letter that first computed a style: the letters' stylesheets use none."""
    self._cascaded_styles = cascaded_styles = {}
    self._computed_styles = computed_styles = {}
    self.initial_page_sizes = {"box": None, "area": None}
    self._sheets = sheets
    self.font_config = font_config
    css.PROGRESS_LOGGER.info("Step 3 - Applying CSS")
    layer_order = math.inf
    elements_declarations = {}
    for specificity, element, declarations, base_url in css.find_style_attributes(
        html.etree_element, presentational_hints, html.base_url
    ):
        style = cascaded_styles.setdefault((element, None), {})
        declarations = tuple(declarations)
        elements_declarations[element] = (
            *elements_declarations.get(element, ()),
            (specificity, *(declaration.serialize() for declaration in declarations)),
        )
        for name, values, importance in css.preprocess_declarations(base_url, declarations):
            precedence = css.declaration_precedence("author", importance)
            weight = (precedence, layer_order, specificity)
            old_weight = style.get(name, (None, None))[1]
            if old_weight is None or old_weight <= weight:
                style[name] = values, weight

    kept = _STYLES.setdefault(font_config, {})
    keys = {}
    for element in html.wrapper_element.iter_subtree():
        etree_element = element.etree_element
        parent = element.parent.etree_element if element.parent else None
        parent_id = id(computed_styles[parent, None]) if element.parent else None
        matched = [(sheet, origin, sheet_specificity, *selector)
                   for sheet, origin, sheet_specificity in sheets
                   for selector in sheet.matcher.match(element)]  # fmt: skip
        selectors_keys = tuple(
            (sheet, specificity, id(declarations), _layer_order(sheet, layer))
            for sheet, _, _, specificity, _, _, (declarations, layer) in matched
        )
        key = keys[etree_element] = (parent_id, html.base_url,
                                     elements_declarations.get(etree_element),
                                     selectors_keys)  # fmt: skip
        pseudo_types = {selector[5] for selector in matched if selector[5]}
        if key in kept and all((key, pseudo_type) in kept for pseudo_type in pseudo_types):
            # Kept, with its pseudo-elements' styles: no cascade to make.
            for pseudo_type, pseudo_key in ((None, key), *((p, (key, p)) for p in pseudo_types)):
                _kept_style(self, kept, pseudo_key, etree_element, pseudo_type, None, html,
                            target_collector)  # fmt: skip
            continue
        for sheet, origin, sheet_specificity, specificity, _, pseudo_type, selector in matched:
            declarations, layer = selector
            specificity = sheet_specificity or specificity
            style = cascaded_styles.setdefault((etree_element, pseudo_type), {})
            for name, values, importance in declarations:
                precedence = css.declaration_precedence(origin, importance)
                weight = (precedence, _layer_order(sheet, layer), specificity)
                old_weight = style.get(name, (None, None))[1]
                if old_weight is None or old_weight <= weight:
                    style[name] = values, weight
        _kept_style(self, kept, key, etree_element, None, parent, html, target_collector)

    # Pseudo-elements inherit from their element, so they come after all elements.
    for element, pseudo_type in cascaded_styles:
        if pseudo_type:
            key = (keys[element], pseudo_type)
            _kept_style(self, kept, key, element, pseudo_type, element, html, target_collector)
    self._cascaded_styles.clear()


def _layer_order(sheet, layer):
    return math.inf if layer is None else sheet.layers.index(layer)


def _kept_style(self, kept, key, element, pseudo_type, parent, html, target_collector):
    if key in kept:
        style = self._computed_styles[element, pseudo_type] = kept[key]
        if target_collector and style["anchor"]:
            target_collector.collect_anchor(style["anchor"])
    else:
        self.set_computed_styles(element, pseudo_type=pseudo_type, root=html.etree_element,
                                 parent=parent, base_url=html.base_url,
                                 target_collector=target_collector)  # fmt: skip
        _keep(kept, key, self._computed_styles[element, pseudo_type], STYLES_KEPT)


def _set_page_type_computed_styles(page_type, html, style_for):
    """WeasyPrint's set_page_type_computed_styles, with the styles of a page type and its
    margin boxes kept, as the elements' (_style_for_init), keyed by the root element's style,
    the page type (which counts the page's index) and the stylesheets."""
    kept = _STYLES.setdefault(style_for.font_config, {})
    root_style = style_for._computed_styles[html.etree_element, None]
    key = (id(root_style), page_type, tuple(sheet for sheet, _, _ in style_for._sheets))
    if key not in kept:
        before = set(style_for._computed_styles)
        ORIGINALS["set_page_type_computed_styles"](page_type, html, style_for)
        made = {name: style for name, style in style_for._computed_styles.items()
                if name not in before}  # fmt: skip
        _keep(kept, key, made, STYLES_KEPT)
    style_for._computed_styles.update(kept[key])


# What resolve_percentages sets on a box, from its style and containing block only.
_USED_VALUES = (
    *(f"{name}_{side}" for name in ("margin", "padding") for side in ("left", "right", "top", "bottom")),
    "width", "min_width", "max_width", "height", "min_height", "max_height",
    *(f"border_{side}_width" for side in ("top", "right", "bottom", "left")),
)  # fmt: skip


def _resolve_percentages(box, containing_block):
    """WeasyPrint's resolve_percentages, with the values it sets kept in the box's style for
    the containing block's size: styles are shared between boxes and letters, and
    resolve_percentages is called for every box at every layout (400 times a letter). Not for
    collapsed table borders, which depend on the box."""
    style = box.style
    if style["border_collapse"] == "collapse":
        return ORIGINALS["resolve_percentages"](box, containing_block)
    if isinstance(containing_block, boxes.Box):
        key = (containing_block.width, containing_block.height, isinstance(box, boxes.PageBox))
    else:
        key = (*containing_block, isinstance(box, boxes.PageBox))
    used = vars(style).setdefault("_used_values", {})
    if key not in used:
        ORIGINALS["resolve_percentages"](box, containing_block)
        used[key] = {name: getattr(box, name) for name in _USED_VALUES}
    vars(box).update(used[key])


def _strut(style):
    """WeasyPrint's strut (the line height and baseline of a style's font), kept in the style:
    asked for every line and inline box, it makes a text key of 16 style values each time."""
    if "_strut" not in vars(style):
        vars(style)["_strut"] = ORIGINALS["strut"](style)
    return vars(style)["_strut"]


def _avoid_collisions(context, box, containing_block, outer=True):
    """WeasyPrint's avoid_collisions, the short way where no float is around (asked for every
    line): the containing block's content box, less the box's margins for outer=False."""
    if (context.excluded_shapes or containing_block.style["direction"] == "rtl"
            or (box.border_height() == 0 and box.is_floated())):  # fmt: skip
        return ORIGINALS["avoid_collisions"](context, box, containing_block, outer)
    position_x = containing_block.content_box_x()
    width = containing_block.width
    if outer:
        return position_x, box.position_y, width
    return (position_x, box.border_box_y() - box.margin_top,
            width - box.margin_left - box.margin_right)  # fmt: skip


_CORNERS = ("top_left", "top_right", "bottom_right", "bottom_left")


def _layout_box_backgrounds(page, box, get_image_from_uri, layout_children=True, style=None):
    """WeasyPrint's layout_box_backgrounds, the short way for a box whose style has no
    background, border or mask image, shadow nor rounded corner (most boxes of a letter):
    no background and square corners, as WeasyPrint finds them for such a style."""
    if box is page or style is not None or not _plain(box.style):
        return ORIGINALS["layout_box_backgrounds"](
            page, box, get_image_from_uri, layout_children, style
        )
    for corner in _CORNERS:
        setattr(box, f"border_{corner}_radius", (0, 0))
    if layout_children:
        for child in box.all_children():
            _layout_box_backgrounds(page, child, get_image_from_uri)
    box.background = None


def _plain(style):
    """Whether style has no background, shadow, border or mask image nor rounded corner
    (kept in the style)."""
    if "_plain" not in vars(style):
        vars(style)["_plain"] = (
            all((0, "px") in style[f"border_{corner}_radius"] for corner in _CORNERS)
            and style["border_image_source"][0] == "none"
            and style["mask_border_source"][0] == "none"
            and (style["visibility"] == "hidden" or (
                all(kind == "none" for kind, _ in style["background_image"])
                and get_color(style, "background_color").alpha == 0
            ))
            and not style["box_shadow"]
        )  # fmt: skip
    return vars(style)["_plain"]


# Characters per em of the line's width given first to split_first_line, then again if the
# first line does not end in the first half of them (WeasyPrint's own draft takes 4).
_STARTS_PER_EM = (5, 10)


# Characters after a line's end that, in a text with no break opportunity, its break and its
# glyphs may depend on: the grapheme cluster and the shaping around the break.
_UNBROKEN_CONTEXT = 32


def _split_start_first(text, style, context, max_width, justification_spacing,
                       is_line_start=True, minimum=False):  # fmt: skip
    """WeasyPrint's split_first_line, given the start of a long text first.

    For a word longer than the line (a name, an address or grounds typed without a space),
    WeasyPrint lays out the whole rest of the text for every line, twice: 2,000 such characters
    cost more than half a letter. How a text's first line breaks depends only on what comes
    shortly after it: when the first line ends in the first half of the start, or, in a text
    with no break opportunity, _UNBROKEN_CONTEXT characters before its end, the answer is the
    whole text's; otherwise a longer start, then WeasyPrint gets the whole text."""
    split = ORIGINALS["inline.split_first_line"]
    arguments = style, context, max_width, justification_spacing, is_line_start, minimum
    if max_width and max_width != float("inf") and style["font_size"]:
        lengths = [int(max_width / style["font_size"] * per_em) for per_em in _STARTS_PER_EM]
        # After a line of such a text, a start just longer than that line, for the next line of
        # the same style and width in this letter: a line of W takes half the characters of i.
        hints = vars(context).setdefault("_line_lengths", {}) if context is not None else {}
        hint = hints.get((id(style), max_width))
        if hint and hint + 2 * _UNBROKEN_CONTEXT < lengths[0]:
            lengths.insert(0, hint + 2 * _UNBROKEN_CONTEXT)
        for length in lengths:
            if len(text) <= length:
                break
            start = text[:length]
            if unbroken := _split_unbroken(start, *arguments):
                if unbroken[2] is not None:
                    line = len(start.encode()[: unbroken[2]].decode(errors="ignore"))
                    if line <= length - _UNBROKEN_CONTEXT:
                        hints[id(style), max_width] = line
                        return unbroken
                continue
            result = split(start, *arguments)
            if result[2] is not None and result[2] <= len(start.encode()) // 2:
                return result
    return _split_unbroken(text, *arguments) or split(text, *arguments)


_NO_SPACE = re.compile(r"[^\s\xad]+")


def _split_unbroken(text, style, context, max_width, justification_spacing, is_line_start,
                    minimum):  # fmt: skip
    """split_first_line for a text with no break opportunity at the start of a line, where
    overflow-wrap: anywhere breaks it between characters (a name, an email or an address typed
    without a space): WeasyPrint lays it out by words twice, finds no break, then lays it out
    by characters; this lays it out by characters only, and returns what WeasyPrint returns
    then. None for any other text, or when Pango finds a break opportunity in it."""
    if not (is_line_start and style["overflow_wrap"] == "anywhere"
            and style["word_break"] == "normal" and style["hyphens"] != "auto"
            and style["white_space"] in ("normal", "pre-line", "pre-wrap")
            and _NO_SPACE.fullmatch(text)):  # fmt: skip
        return None
    layout = line_break.create_layout(text, style, context, max_width, justification_spacing)
    pango.pango_layout_set_wrap(layout.layout, PANGO_WRAP_MODE["WRAP_CHAR"])
    log_attrs = pango.pango_layout_get_log_attrs_readonly(layout.layout, ffi.NULL)
    if any(log_attrs[index].is_line_break for index in range(1, len(text))):
        return None
    first_line, index = layout.get_first_line()
    resume_index = index or first_line.length
    if resume_index >= len(text.encode()):
        resume_index = None
    space_collapse = style["white_space"] in ("normal", "pre-line")
    return line_break.first_line_metrics(first_line, text, layout, resume_index, space_collapse,
                                         style, False, style["hyphenate_character"])  # fmt: skip


# Per FontConfiguration: the letters' own lines, {(text, width, ..., style): split_first_line's
# answer}, oldest first. Only what WeasyPrint's split_first_line and the Layout methods it calls
# read from the style is in the key.
_LINES = weakref.WeakKeyDictionary()
LINES_KEPT = 20_000
_LINE_PROPERTIES = (
    "white_space", "font_size", "font_family", "font_style", "font_stretch", "font_weight",
    "font_variant_caps",
    "font_variation_settings", "font_kerning", "font_variant_ligatures", "font_variant_position",
    "font_variant_numeric", "font_variant_alternates", "font_variant_east_asian",
    "font_feature_settings", "font_language_override", "lang", "direction",
    "text_decoration_line", "word_spacing", "letter_spacing", "overflow_wrap", "word_break",
    "hyphens", "hyphenate_limit_chars", "hyphenate_limit_zone", "hyphenate_character", "tab_size",
)  # fmt: skip


def _split_first_line(text, style, context, max_width, justification_spacing,
                      is_line_start=True, minimum=False):  # fmt: skip
    """split_first_line, answered from the lines kept when the same text was laid out before.

    A letter's own text is the same for every member: laid out once, its lines are kept for the
    next letters. What a member typed is never kept: letters put it in <bdi>, and letter.css
    gives <bdi> the custom property --member-text."""
    arguments = text, style, context, max_width, justification_spacing, is_line_start, minimum
    if style["__member_text"]:
        return _split_start_first(*arguments)
    lines = _LINES.setdefault(style.font_config, {})
    key = (text, max_width, justification_spacing, is_line_start, minimum,
           *[style[name] for name in _LINE_PROPERTIES])  # fmt: skip
    if key in lines:
        # The Layout was deactivated (no Pango objects left); drawing sets it up again.
        attributes, metrics = lines[key]
        layout = line_break.Layout.__new__(line_break.Layout)
        layout.__dict__.update(attributes)
        return layout, *metrics
    layout, *metrics = _split_start_first(*arguments)
    _keep(lines, key, (dict(layout.__dict__), metrics), LINES_KEPT)
    return layout, *metrics


def _keep(kept, key, value, limit):
    """kept[key] = value, the oldest dropped first beyond limit."""
    while len(kept) >= limit:
        del kept[next(iter(kept))]
    kept[key] = value


# Per FontConfiguration: {(line text, justification, style): what draw_first_line draws}.
_DRAWN = weakref.WeakKeyDictionary()
# A kept drawing holds its Pango fonts.
ffi.cdef("gpointer g_object_ref (gpointer object);")


def _draw_first_line(stream, textbox, text_overflow, block_ellipsis, matrix):
    """draw_first_line, from the glyphs kept when the same line was drawn before, as for
    split_first_line: the same glyphs, widths and text in the PDF, without setting up a Pango
    layout again. Member text, ellipses and lines WeasyPrint draws more than glyphs for (emoji
    and bitmap fonts, missing glyphs, raised glyphs) are drawn by WeasyPrint."""
    style, layout = textbox.style, textbox.pango_layout
    arguments = stream, textbox, text_overflow, block_ellipsis, matrix
    if (style["__member_text"] or text_overflow == "ellipsis" or block_ellipsis != "none"
            or not textbox.text.strip() or style["font_size"] < 1e-6):  # fmt: skip
        return ORIGINALS["draw_first_line"](*arguments)
    drawn = _DRAWN.setdefault(style.font_config, {})
    key = (layout.text, layout.justification_spacing,
           *[style[name] for name in _LINE_PROPERTIES])  # fmt: skip
    if key not in drawn:
        _keep(drawn, key, _glyphs(stream, layout), LINES_KEPT)
    operations = drawn[key]
    if operations is None or not _show(stream, operations, matrix):
        return ORIGINALS["draw_first_line"](*arguments)
    return []


def _reactivate(self, style):
    """Layout.reactivate when something asks for the Pango layout (Layout.__getattr__): a line
    drawn from the glyphs kept never does."""
    vars(self)["_reactivate_with"] = style


def _set_up_when_asked(self, name):
    if name not in ("layout", "language", "style") or "_reactivate_with" not in vars(self):
        raise AttributeError(name)
    ORIGINALS["Layout.reactivate"](self, vars(self).pop("_reactivate_with"))
    return getattr(self, name)


def _deactivate(self):
    """As WeasyPrint's, also for a Layout not set up again. After its split, a member's line
    keeps its Pango layout until it is drawn, in the same letter: set up again, it would be
    the same text in the same style."""
    attributes = vars(self)
    if ("_reactivate_with" not in attributes and "layout" in attributes
            and attributes["style"]["__member_text"] and not self.justification_spacing):  # fmt: skip
        return
    for name in ("layout", "language", "style", "_reactivate_with"):
        attributes.pop(name, None)


def _glyphs(stream, layout):
    """What WeasyPrint's draw_first_line shows for the layout's line, as a list of
    ("font", Pango font, glyph widths, glyph texts, the font's key in the PDF) and
    ("show", TJ string); None where it
    would draw more than glyphs. The widths and texts are the ones this line gives each glyph
    the first time; the PDF's font keeps the first it gets."""
    pango.pango_layout_set_single_paragraph_mode(layout.layout, True)
    first_line, _ = layout.get_first_line()
    utf8_text = layout.text.encode()
    operations, string, previous_pango_font = [], "", None
    run = first_line.runs[0]
    while run != ffi.NULL:
        glyph_item, run = run.data, run.next
        glyph_string = glyph_item.glyphs
        num_glyphs, clusters = glyph_string.num_glyphs, glyph_string.log_clusters
        pango_font = glyph_item.item.analysis.font
        if pango_font != previous_pango_font:
            previous_pango_font = pango_font
            font, font_size = stream.add_font(pango_font)
            if font.bitmap or font.png or font.svg or font.colr:
                return None
            if string:
                operations.append(("show", string))
            string = ""
            widths, texts = {}, {}
            kept_font = ffi.gc(ffi.cast("PangoFont *", gobject.g_object_ref(pango_font)),
                               gobject.g_object_unref)  # fmt: skip
            # Held here, the Pango font keeps its address, which its key is made from.
            operations.append(("font", kept_font, widths, texts, get_pango_font_key(kept_font)))
        string += "<"
        for i, glyph_info in enumerate(glyph_string.glyphs[0:num_glyphs]):
            glyph_id = glyph_info.glyph
            width = glyph_info.geometry.width
            if glyph_id == pango.PANGO_GLYPH_EMPTY:
                string += f">{-width / font_size}<"
                continue
            if glyph_id & pango.PANGO_GLYPH_UNKNOWN_FLAG or glyph_info.geometry.y_offset:
                return None
            if glyph_id not in texts:
                offset = glyph_item.item.offset
                t1 = clusters[i]
                if glyph_item.item.analysis.level % 2:  # rtl
                    t2 = glyph_item.item.length if i == 0 else clusters[i - 1]
                else:
                    t2 = glyph_item.item.length if i == num_glyphs - 1 else clusters[i + 1]
                texts[glyph_id] = utf8_text[offset + t1 : offset + t2].decode()
            offset = glyph_info.geometry.x_offset / font_size
            if offset:
                string += f">{-offset}<"
            string += f"{glyph_id:04x}"
            if glyph_id not in widths:
                pango.pango_font_get_glyph_extents(
                    pango_font, glyph_id, stream.ink_rect, stream.logical_rect
                )
                widths[glyph_id] = round(stream.logical_rect.width * 1000 * FROM_UNITS / font_size)
            kerning = widths[glyph_id] + offset - width * 1000 * FROM_UNITS / font_size
            if kerning:
                string += f">{int(kerning)}<"
        string = string[:-1] if string[-1] == "<" else string + ">"
    operations.append(("show", string))
    return operations


def _show(stream, operations, matrix):
    """Draws the kept line, or returns False (before drawing) when the PDF's fonts already
    have another width for one of its glyphs (the same face at another size, rounded)."""
    line_fonts = []
    for operation in operations:
        if operation[0] == "font":
            # Stream.add_font, with the font's key made once.
            _, pango_font, line_widths, _, (key, description, font_size) = operation
            if key not in stream._fonts:
                stream._fonts[key] = fonts.Font(pango_font, description, font_size)
            font = stream._fonts[key]
            widths = font.widths
            if any(widths.get(glyph, width) != width for glyph, width in line_widths.items()):
                return False
            line_fonts.append((font, font_size))
    stream.set_text_matrix(*matrix.values)
    line_fonts = iter(line_fonts)
    for operation in operations:
        if operation[0] == "show":
            stream.show_text(operation[1])
        else:
            font, font_size = next(line_fonts)
            # The same widths where the font has the glyph already (above); its first text.
            font.widths.update(operation[2])
            for glyph, text in operation[3].items():
                font.to_unicode.setdefault(glyph, text)
            stream.set_font_size(font.hash, font_size)
    return True


def kept_lines():
    """The texts of the lines kept, for the tests."""
    return [key[0] for kept in (_LINES, _DRAWN) for lines in kept.values() for key in lines]


def kept_styles():
    """The styles kept, with their keys, as text, for the tests."""
    return [
        repr((key, dict(style))) for styles in _STYLES.values() for key, style in styles.items()
    ]


def _replace_in_weasyprint(name, function, replacement):
    """The layout modules import some functions by name: replaced in each of them."""
    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("weasyprint.") and vars(module).get(name) is function:
            setattr(module, name, replacement)


def apply():
    tinyhtml5.parse = _parse_html
    fonts.get_hb_object_data = get_hb_object_data
    fonts.Font.file_content = FileContent()
    fonts.Font._harfbuzz_subset = _harfbuzz_subset
    pydyf.Stream.data = property(_stream_data)
    line_break.Layout.setup = _layout_setup
    css.ComputedStyle.__missing__ = _computed_style_missing
    css.StyleFor.__init__ = _style_for_init
    page.set_page_type_computed_styles = _set_page_type_computed_styles
    _replace_in_weasyprint(
        "resolve_percentages", ORIGINALS["resolve_percentages"], _resolve_percentages
    )
    _replace_in_weasyprint("strut", ORIGINALS["strut"], _strut)
    _replace_in_weasyprint("avoid_collisions", ORIGINALS["avoid_collisions"], _avoid_collisions)
    background.layout_box_backgrounds = _layout_box_backgrounds
    inline.split_first_line = _split_first_line
    preferred.split_first_line = _split_first_line
    draw_text.draw_first_line = _draw_first_line
    line_break.Layout.reactivate = _reactivate
    line_break.Layout.deactivate = _deactivate
    line_break.Layout.__getattr__ = _set_up_when_asked


def undo():
    """WeasyPrint as released: the tests compare letters with and without the patches."""
    _replace_in_weasyprint(
        "resolve_percentages", _resolve_percentages, ORIGINALS["resolve_percentages"]
    )
    _replace_in_weasyprint("strut", _strut, ORIGINALS["strut"])
    _replace_in_weasyprint("avoid_collisions", _avoid_collisions, ORIGINALS["avoid_collisions"])
    for name, (owner, attribute) in PATCHED.items():
        setattr(owner, attribute, ORIGINALS[name])
    for owner, attribute in ((fonts.Font, "file_content"), (line_break.Layout, "__getattr__")):
        if attribute in vars(owner):
            delattr(owner, attribute)
