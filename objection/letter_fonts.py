"""The Hong Kong faces built at setup from the installed Noto Sans CJK HK (see
scripts/subset_cjk_font.py); objection/letter_fonts.css names them before the full face.

Two subsets, tried in this order: "Letters" holds only the characters of the letters' own text,
"Common" adds what members type (Big5 level 1, symbols, every non-CJK character). WeasyPrint
embeds a face with every glyph id up to the highest one a letter uses, so a letter whose text
stays within the first face embeds a few hundred glyph ids instead of fourteen thousand.
"""

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent.parent / "var" / "fonts"
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
COLLECTIONS = {
    "Regular": NOTO_CJK / "NotoSansCJK-Regular.ttc",
    "Bold": NOTO_CJK / "NotoSansCJK-Bold.ttc",
}
SUBSETS = ("Letters", "Common")
# (subset, weight): (the installed collection, the subset of its Hong Kong face).
HK_SUBSET_FACES = {
    (subset, weight): (collection, FONT_DIR / f"NotoSansCJKhk-{subset}-{weight}.otf")
    for subset in SUBSETS
    for weight, collection in COLLECTIONS.items()
}
