"""Block layout. Most of a letter is its own text: paragraphs, headings and lists that are
the same for every member in a region and language. Laid out once, such a block is kept per
process, bounded (BLOCKS_KEPT), and the next letters get a copy of it moved to where their
block starts, instead of laying out its boxes and lines again (0.96x an English letter; the
lines themselves come from objection.weasyprint_fast.lines already). What a member typed is
never kept: a block with <bdi> in it is laid out anew every time, and a kept block holds the
indexes of its elements, not the elements (an anonymous box has its parent's element, for some
the whole body).

A kept block is used only where the layout would give the same boxes, moved:
- it was laid out whole, on one page, with nothing around it but blocks and lines in normal
  flow (no float, marker, footnote, absolute or replaced box, no page break, no max-lines);
- it fits again where it starts now, above what the page leaves below it;
- its margins collapse as before: the margins it adds to those above it are the same, so it
  starts where they collapse to.
"""

from weasyprint.formatting_structure import boxes
from weasyprint.layout import block
from weasyprint.text import line_break

from objection.weasyprint_fast.kept import keep

PATCHED = {"block_container_layout": (block, "block_container_layout")}
ORIGINALS = {name: vars(owner)[attribute] for name, (owner, attribute) in PATCHED.items()}
RELIED_ON = {
    # What moves a kept block and how its margins collapse.
    "block_box_layout": block.block_box_layout,
    "block_level_layout": block.block_level_layout,
    "_in_flow_layout": block._in_flow_layout,
    "_linebox_layout": block._linebox_layout,
    "collapse_margin": block.collapse_margin,
    "ParentBox.translate": boxes.ParentBox.translate,
}

# {(the block's boxes, its used sizes, ...): (the block laid out, ...)}, oldest first. The boxes
# are keyed by their styles' ids: styles are kept from one letter to the next
# (objection.weasyprint_fast.styles), and a kept block holds its styles, whose ids no other
# style takes while it is kept.
_BLOCKS = {}
BLOCKS_KEPT = 1_000
_KINDS = (boxes.BlockBox, boxes.LineBox, boxes.InlineBox)
# Box attributes the formatting structure sets, which layout and drawing read: a box with one
# of them set is laid out anew, but for the heading's outline entry, in the key.
_MARKS = ("string_set", "footnote", "link", "missing_link", "is_leader", "transformation_matrix",
          "is_table_wrapper", "is_for_root_element", "is_grid_item", "is_flex_item",
          "force_fragmentation", "first_letter_style", "first_line_style")  # fmt: skip
_USED = ("width", "height", "min_height", "max_height", "margin_top", "margin_right",
         "margin_bottom", "margin_left", "padding_top", "padding_right", "padding_bottom",
         "padding_left", "border_top_width", "border_right_width", "border_bottom_width",
         "border_left_width")  # fmt: skip
_PANGO = ("layout", "language", "style", "_reactivate_with")


def _shape(box, elements):
    """What the layout of a box in normal flow depends on, as a key; None for a box with a
    member's text or anything else than blocks, lines, inline boxes and text in it. Adds the
    box's elements to `elements` ({element: index}): a kept block holds their indexes, not the
    elements of the letter it was laid out for."""
    style = box.style
    if style["__member_text"] or style["position"] != "static" or style["float"] != "none":
        return None
    element = None if box.element is None else elements.setdefault(box.element, len(elements))
    if type(box) is boxes.TextBox:
        return id(style), element, box.text
    if type(box) not in _KINDS or any(getattr(box, name) for name in _MARKS):
        return None
    children = []
    for child in box.children:
        if (shape := _shape(child, elements)) is None:
            return None
        children.append(shape)
    return type(box), id(style), box.element_tag, element, box.bookmark_label, tuple(children)


def _copy(box, elements):
    """A copy of laid-out boxes that the next layout and drawing can change, with the
    elements given by `elements` (a mapping of indexes or elements)."""
    new_box = box.copy()
    if box.element is not None:
        new_box.element = elements[box.element]
    new_box.remove_decoration_sides = set(box.remove_decoration_sides)
    if type(box) is boxes.TextBox:
        layout = new_box.pango_layout = line_break.Layout.__new__(line_break.Layout)
        vars(layout).update(
            (name, value) for name, value in vars(box.pango_layout).items() if name not in _PANGO
        )
    else:
        new_box.children = [_copy(child, elements) for child in box.children]
    return new_box


def _block_container_layout(context, box, bottom_space, skip_stack, page_is_empty,
                            absolute_boxes, fixed_boxes, adjoining_margins,
                            first_letter_style, first_line_style, discard, max_lines):  # fmt: skip
    """block_container_layout, answered from the blocks kept when the same block was laid
    out whole before."""
    arguments = (context, box, bottom_space, skip_stack, page_is_empty, absolute_boxes,
                 fixed_boxes, adjoining_margins, first_letter_style, first_line_style, discard,
                 max_lines)  # fmt: skip
    layout = ORIGINALS["block_container_layout"]
    if (skip_stack is not None or max_lines is not None or first_letter_style is not None
            or first_line_style is not None or discard or adjoining_margins is None
            or context.excluded_shapes or context.footnotes or context.in_column
            or type(box) is not boxes.BlockBox or box.establishes_formatting_context()
            or (shape := _shape(box, elements := {})) is None):  # fmt: skip
        return layout(*arguments)
    # block_level_layout and _in_flow_layout drop a top margin at the top of a page after the
    # first; the block's own is in its used sizes, its first child's is not.
    top_of_page = page_is_empty and context.current_page > 1 and not context.forced_break
    key = (shape, top_of_page, *[getattr(box, name) for name in _USED])
    if kept := _BLOCKS.get(key):
        laid_out, added_margins, start_x, start_y, bottom_margins, next_page = kept
        # Where the block starts: its margins and those above it collapsed.
        dx = box.position_x - start_x
        dy = box.position_y + block.collapse_margin([*adjoining_margins, *added_margins]) - start_y
        if not context.overflows_page(bottom_space, _bottom(laid_out) + dy):
            adjoining_margins.extend(added_margins)
            new_box = _copy(laid_out, list(elements))
            new_box.translate(dx, dy)
            box.position_y = new_box.position_y
            return new_box, None, dict(next_page), list(bottom_margins), False, None
    margins_above = len(adjoining_margins)
    start_x, start_y = box.position_x, box.position_y
    result = layout(*arguments)
    new_box, resume_at, next_page, bottom_margins, collapsing_through, _ = result
    if (new_box is not None and resume_at is None and not collapsing_through
            and not context.overflows_page(bottom_space, _bottom(new_box))
            and all(box.element is None or box.element in elements
                    for box in new_box.descendants())):  # fmt: skip
        start_y += block.collapse_margin(adjoining_margins)
        kept = (_copy(new_box, elements), tuple(adjoining_margins[margins_above:]), start_x, start_y,
                tuple(bottom_margins), dict(next_page))  # fmt: skip
        keep(_BLOCKS, key, kept, BLOCKS_KEPT)
    return result


def _bottom(box):
    """The bottom of the block's margin box."""
    return box.border_box_y() + box.border_height() + box.margin_bottom
