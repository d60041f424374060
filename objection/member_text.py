"""What a member may type: normalised where meaning is kept, refused with a clear message
where a letter would otherwise mislead, crash or come out unsigned."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import pgettext_lazy

# Line and paragraph separators mean a new line; WeasyPrint 70 crashes on a space before one.
LINE_SEPARATORS = {"\u2028": "\n", "\u2029": "\n", "\r\n": "\n", "\r": "\n"}

# Characters that reorder what follows them: a name could show one thing and contain another,
# or turn the member's own address around on the return line.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

# Letters that print as nothing (Hangul fillers, the braille blank).
BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")

# No font of the letters draws emoji, and WeasyPrint's colour-font support is partial:
# pictographic blocks, the emoji presentation selector, keycaps and tag sequences.
EMOJI_RANGES = ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0xE0020, 0xE007F))
EMOJI_MARKS = frozenset("\ufe0f\u20e3")


def normalise(value):
    """NFC, and one kind of line break: the same text, in the form the letters can print."""
    for separator, newline in LINE_SEPARATORS.items():
        value = value.replace(separator, newline)
    return unicodedata.normalize("NFC", value)


def is_emoji(char):
    code = ord(char)
    return char in EMOJI_MARKS or any(low <= code <= high for low, high in EMOJI_RANGES)


def is_visible_letter(char):
    return unicodedata.category(char)[0] in "LN" and char not in BLANK_LETTERS


def reject_control_characters(value):
    if any(unicodedata.category(char) == "Cc" for char in value.replace("\n", "")):
        raise ValidationError(
            pgettext_lazy("ui", "Please remove invisible control characters from this field."),
            code="control_characters",
        )


def reject_bidi_controls(value):
    if any(char in BIDI_CONTROLS for char in value):
        raise ValidationError(
            pgettext_lazy(
                "ui",
                "Please remove the invisible characters that change the direction of the "
                "text. Letters in any script are fine without them.",
            ),
            code="bidi_controls",
        )


def reject_emoji(value):
    if any(is_emoji(char) for char in value):
        raise ValidationError(
            pgettext_lazy("ui", "Letters cannot print emoji. Please remove them from this field."),
            code="emoji",
        )


def require_visible_letters(value):
    if not any(is_visible_letter(char) for char in value):
        raise ValidationError(
            pgettext_lazy(
                "ui", "Please enter your name as it appears on LinkedIn, in visible letters."
            ),
            code="invisible",
        )


def single_line(value):
    if "\n" in value:
        raise ValidationError(
            pgettext_lazy("ui", "Please write this on one line."), code="multiline"
        )


# Every field whose text is printed on a letter; a name also needs a visible letter.
PRINTED = (reject_control_characters, reject_bidi_controls, reject_emoji)
NAME = (*PRINTED, single_line, require_visible_letters)
