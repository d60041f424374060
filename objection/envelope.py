"""Where a letter meets its window envelope: which side the window is on, and a return
line small enough to fit above the address without being cut."""

import unicodedata
from dataclasses import dataclass

# Swiss envelopes commonly have the window on the right (SN 010130 allows both sides; the
# position in letter.css follows common Swiss templates, UNCONFIRMED against the standard).
RIGHT_WINDOW = {"CH"}

# The return line is as wide as the address field (85 mm) and as tall as its zone (5 mm):
# the largest of these sizes at which it fits on one line, else two lines at the smallest.
RETURN_LINE_WIDTH_PT = 85 / 25.4 * 72
RETURN_LINE_SIZES_PT = (7, 6.5, 6, 5.5, 5)
SEPARATOR = " · "


def window(region):
    return "right" if region.code.split("-")[0] in RIGHT_WINDOW else "left"


def width_in_em(text):
    """A generous estimate of Noto Sans's advance: full-width characters are one em."""
    return sum(1.0 if unicodedata.east_asian_width(char) in "WF" else 0.6 for char in text)


@dataclass(frozen=True)
class ReturnLine:
    parts: tuple
    size_pt: float


def return_line(name, address):
    """The sender as the envelope shows it: name, street and place, shrunk to fit."""
    lines = address.splitlines()
    # Long addresses keep the street and the last two lines (place, country).
    candidates = [lines] if len(lines) <= 3 else [lines, [lines[0], *lines[-2:]]]
    for address_lines in candidates:
        parts = (name, *address_lines)
        width = width_in_em(SEPARATOR.join(parts))
        for size in RETURN_LINE_SIZES_PT:
            if width * size <= RETURN_LINE_WIDTH_PT:
                return ReturnLine(parts, size)
    return ReturnLine(parts, RETURN_LINE_SIZES_PT[-1])
