"""Computed styles, and what WeasyPrint derives from them box after box, made once for all
letters. WeasyPrint shares a style between the elements of one document that have the same
parent style, own declarations and matching rules; kept from one letter to the next (bounded:
STYLES_KEPT), the values it computes on demand during layout are computed once, and so are the
lengths resolve_percentages sets, a style's strut and whether its boxes have a background,
which are kept in the style. A style holds values computed from the stylesheets (and from an
element's lang and style attributes, which hold no member text), never an element or its text.
ComputedStyle.__missing__ also goes the short way for plain cascaded, inherited and initial
values."""

import math
import weakref

from weasyprint import css
from weasyprint.draw.color import get_color
from weasyprint.formatting_structure import boxes
from weasyprint.layout import background, page, percent
from weasyprint.text import line_break

from objection.weasyprint_fast.kept import keep

PATCHED = {
    "ComputedStyle.__missing__": (css.ComputedStyle, "__missing__"),
    "StyleFor.__init__": (css.StyleFor, "__init__"),
    "set_page_type_computed_styles": (page, "set_page_type_computed_styles"),
    "resolve_percentages": (percent, "resolve_percentages"),
    "strut": (line_break, "strut"),
    "layout_box_backgrounds": (background, "layout_box_backgrounds"),
}
ORIGINALS = {name: vars(owner)[attribute] for name, (owner, attribute) in PATCHED.items()}
RELIED_ON = {
    # _no_math answers as this does for values without a function.
    "check_math": css.check_math,
    # The styles kept are made as this makes them, from what this finds.
    "StyleFor.set_computed_styles": css.StyleFor.set_computed_styles,
    "find_style_attributes": css.find_style_attributes,
}


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
            _kept_style(self, kept, key, etree_element, None, parent, html, target_collector)
            for pseudo_type in pseudo_types:
                _kept_style(self, kept, (key, pseudo_type), etree_element, pseudo_type,
                            etree_element, html, target_collector)  # fmt: skip
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
        keep(kept, key, self._computed_styles[element, pseudo_type], STYLES_KEPT)


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
        keep(kept, key, made, STYLES_KEPT)
    style_for._computed_styles.update(kept[key])


# What resolve_percentages sets on a box, from its style and containing block only, kept for
# at most USED_SIZES_KEPT sizes of containing block per style.
USED_SIZES_KEPT = 16
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
    if key in used:
        vars(box).update(used[key])
        return
    ORIGINALS["resolve_percentages"](box, containing_block)
    # A style kept for all letters meets a few sizes of containing block, not one per letter.
    if len(used) < USED_SIZES_KEPT:
        used[key] = {name: getattr(box, name) for name in _USED_VALUES}


def _strut(style):
    """WeasyPrint's strut (the line height and baseline of a style's font), kept in the style:
    asked for every line and inline box, it makes a text key of 16 style values each time."""
    if "_strut" not in vars(style):
        vars(style)["_strut"] = ORIGINALS["strut"](style)
    return vars(style)["_strut"]


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
