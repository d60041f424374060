"""Builds the Hong Kong faces the letters try before the full Noto Sans CJK HK (scripts/setup).

A Chinese letter costs half as much with a 4 MB face as with the 20 MB collection: WeasyPrint
copies and subsets the whole face for every letter. Two subsets (objection/letter_fonts.py):
"Letters" holds every character of the Chinese catalog, the templates and the facts (read now,
so new strings are covered); "Common" adds the Big5 level-1 characters and symbols members type
in names and addresses, and all of the face's Latin, Greek, Cyrillic and punctuation. Anything
else falls back to the full face.

    .venv/bin/python scripts/subset_cjk_font.py    # rebuilds only when an input changed
"""

import hashlib
import sys
from pathlib import Path

import fontTools
from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from objection.letter_fonts import HK_SUBSET_FACES  # noqa: E402

TEXT_SOURCES = [
    "locale/zh_Hant/LC_MESSAGES/django.po", "templates/letters/**/*", "objection/**/*.py",
    "objection/facts/*.toml",
]  # fmt: skip
FAMILY = "Noto Sans CJK HK"
# Big5 level 1 (common characters) and the Big5 symbols, as two-byte codes.
BIG5_RANGES = [range(0xA140, 0xA3C0), range(0xA440, 0xC67F)]
# Below the CJK blocks: Latin, Greek, Cyrillic, general punctuation and symbols; then CJK
# punctuation and full-width forms.
WHOLE_RANGES = [range(0x0000, 0x2E80), range(0x3000, 0x3040), range(0xFF00, 0xFFF0)]


def text_files():
    return sorted(path for pattern in TEXT_SOURCES for path in ROOT.glob(pattern) if path.is_file())


def big5_characters():
    characters = set()
    for codes in BIG5_RANGES:
        for code in codes:
            try:
                characters.add(code.to_bytes(2, "big").decode("big5"))
            except UnicodeDecodeError:
                pass
    return characters


# What the stylesheets draw besides the text: the bullets of lists.
DRAWN_BY_CSS = "•"


def letter_characters():
    characters = {char for path in text_files() for char in path.read_text(encoding="utf-8")}
    return characters | set(DRAWN_BY_CSS)


def wanted_code_points(face, cmap):
    points = {ord(character) for character in letter_characters()}
    if face == "Common":
        points |= {ord(character) for character in big5_characters()}
        points |= {point for point in cmap if any(point in codes for codes in WHOLE_RANGES)}
    return points & set(cmap)


def hong_kong_face(source):
    """The number of the Hong Kong face in the installed collection."""
    names = [font["name"].getDebugName(1) for font in TTCollection(source, lazy=True).fonts]
    return names.index(FAMILY)


def build(source, target, code_points, number):
    font = TTFont(source, fontNumber=number)
    options = subset.Options(
        layout_features=["*"], name_IDs=["*"], name_languages=["*"], notdef_outline=True
    )
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=code_points)
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    font.save(partial)
    partial.replace(target)


def main():
    for (face, _weight), (source, target) in HK_SUBSET_FACES.items():
        number = hong_kong_face(source)
        cmap = TTFont(source, fontNumber=number, lazy=True).getBestCmap()
        code_points = wanted_code_points(face, cmap)
        # Rebuilt only when what it would hold changes: it takes half a minute a face.
        recipe = [
            fontTools.version,
            source.stat().st_size,
            Path(__file__).read_bytes(),
            sorted(code_points),
        ]
        digest = hashlib.sha256(repr(recipe).encode()).hexdigest()
        stamp = target.with_suffix(".recipe")
        if target.exists() and stamp.exists() and stamp.read_text() == digest:
            continue
        build(source, target, code_points, number)
        stamp.write_text(digest)


if __name__ == "__main__":
    main()
