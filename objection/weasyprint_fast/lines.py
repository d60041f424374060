"""Text layout and drawing. Layout.setup takes the Pango context and font description
already made for the same direction, language and font, instead of new ones for each of the
240 layouts of a letter. split_first_line gets the start of a long text first, so that a word
longer than the line no longer costs a layout of the whole rest of the text for every line, and
a text with no break opportunity is laid out once, by characters, where WeasyPrint lays it out
twice by words first. A member's line is drawn with the Pango layout it was split with.

A letter's own text (all but what the member typed) breaks into the same lines and glyphs for
every member: split_first_line and draw_first_line keep their answers for it, per process,
bounded (LINES_KEPT), and give them to the next letters instead of asking Pango again. What a
member typed is never kept beyond its letter: the letters put it in <bdi>, which letter.css
marks.

avoid_collisions, asked for every line, goes the short way where no float is around."""

import re
import weakref

from weasyprint.draw import text as draw_text
from weasyprint.layout import float as float_layout
from weasyprint.layout import inline, preferred
from weasyprint.pdf import fonts, stream
from weasyprint.text import line_break
from weasyprint.text.constants import LST_TO_ISO, PANGO_DIRECTION, PANGO_WRAP_MODE
from weasyprint.text.ffi import FROM_UNITS, ffi, gobject, pango, unicode_to_char_p
from weasyprint.text.fonts import font_features, get_font_description, get_pango_font_key

from objection.weasyprint_fast.kept import keep

PATCHED = {
    "Layout.setup": (line_break.Layout, "setup"),
    "inline.split_first_line": (inline, "split_first_line"),
    "preferred.split_first_line": (preferred, "split_first_line"),
    "draw_first_line": (draw_text, "draw_first_line"),
    "Layout.reactivate": (line_break.Layout, "reactivate"),
    "Layout.deactivate": (line_break.Layout, "deactivate"),
    "avoid_collisions": (float_layout, "avoid_collisions"),
}
ORIGINALS = {name: vars(owner)[attribute] for name, (owner, attribute) in PATCHED.items()}
RELIED_ON = {
    # Layout.setup caches what this makes from the style properties it reads.
    "get_font_description": get_font_description,
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
}


# Per FontConfiguration: {(direction, language): (PangoContext, PangoLanguage)} and
# {font properties: PangoFontDescription}. Plain dicts used only while rendering, which
# objection.cpu.TURN serializes; the contexts hold their font map, the weak keys let the
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


# Characters per em of the line's width given first to split_first_line, then again if the
# first line does not end in the first half of them (WeasyPrint's own draft takes 4).
_STARTS_PER_EM = (5, 10)


# Characters after a line's end that, in a text with no break opportunity, its break and its
# glyphs may depend on: the grapheme cluster and the shaping around the break.
_UNBROKEN_CONTEXT = 16


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
    next letters. What a member typed is never kept beyond its letter: letters put it in <bdi>,
    and letter.css gives <bdi> the custom property --member-text; its lines are kept in the
    letter's layout context, for a grid, which lays its items out twice."""
    arguments = text, style, context, max_width, justification_spacing, is_line_start, minimum
    if not style["__member_text"]:
        lines = _LINES.setdefault(style.font_config, {})
    elif context is not None:
        lines = vars(context).setdefault("_member_lines", {})
    else:
        return _split_start_first(*arguments)
    key = (text, max_width, justification_spacing, is_line_start, minimum,
           *[style[name] for name in _LINE_PROPERTIES])  # fmt: skip
    if key in lines:
        # A letter's own line was deactivated (no Pango objects left): drawing sets it up
        # again. A member's keeps its Pango layout (_deactivate), then shared by this letter's
        # boxes of the same text and width, which draw it without changing it.
        attributes, metrics = lines[key]
        layout = line_break.Layout.__new__(line_break.Layout)
        layout.__dict__.update(attributes)
        return layout, *metrics
    layout, *metrics = _split_start_first(*arguments)
    keep(lines, key, (dict(layout.__dict__), metrics), LINES_KEPT)
    return layout, *metrics


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
        keep(drawn, key, _glyphs(stream, layout), LINES_KEPT)
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
