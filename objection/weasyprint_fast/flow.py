"""Where a box goes, asked the short way: whether it is in normal flow (asked for every child at
every step of block layout) and its start and end page values (asked for every child laid
out, down each first and last child). The same answers from the same style values; in turns,
0.99 an English letter, 0.98 a Chinese one."""

from weasyprint.formatting_structure import boxes

PATCHED = {
    "Box.is_in_normal_flow": (boxes.Box, "is_in_normal_flow"),
    "ParentBox.page_values": (boxes.ParentBox, "page_values"),
}
ORIGINALS = {name: vars(owner)[attribute] for name, (owner, attribute) in PATCHED.items()}
# What is_in_normal_flow asks, each in one style lookup or two.
RELIED_ON = {
    f"Box.{name}": vars(boxes.Box)[name]
    for name in ("is_floated", "is_absolutely_positioned", "is_running", "is_footnote", "is_note")
}
# The floats and footnotes of is_floated and is_footnote.
_OUT_OF_FLOW_FLOATS = frozenset(("left", "right", "inline-start", "inline-end", "footnote"))


def _is_in_normal_flow(self):
    """Not floated, absolutely positioned, running, a footnote nor a note."""
    style = self.style
    if style["float"] in _OUT_OF_FLOW_FLOATS:
        return False
    position = style["position"]
    return position not in ("absolute", "fixed") and position[0] not in ("running()", "note()")


def _placed(box):
    return box.is_in_normal_flow() or box.is_floated()


def _page_values(self):
    """ParentBox.page_values from the first and last children in flow or floated, found from
    each end instead of by a list of all the children."""
    start_value = end_value = self.style["page"]
    first = next((child for child in self.children if _placed(child)), None)
    if first is None:
        return start_value, end_value
    last = next(child for child in reversed(self.children) if _placed(child))
    if first is last:
        first_values = last_values = first.page_values()
    else:
        first_values, last_values = first.page_values(), last.page_values()
    return first_values[0] or start_value, last_values[1] or end_value
