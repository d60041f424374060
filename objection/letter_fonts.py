"""The Hong Kong faces built at setup from the installed Noto Sans CJK HK (see
scripts/subset_cjk_font.py); objection/letter_fonts.css names them before the full face."""

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent.parent / "var" / "fonts"
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
# Weight: (the installed collection, the subset of its Hong Kong face).
HK_COMMON_FACES = {
    "normal": (NOTO_CJK / "NotoSansCJK-Regular.ttc", FONT_DIR / "NotoSansCJKhk-Common-Regular.otf"),
    "bold": (NOTO_CJK / "NotoSansCJK-Bold.ttc", FONT_DIR / "NotoSansCJKhk-Common-Bold.otf"),
}
