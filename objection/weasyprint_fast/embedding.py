"""Font embedding: WeasyPrint subsets each face twice with HarfBuzz (the second pass only
drops hinting and the empty glyphs after the last one used, which RETAIN_GIDS already leaves
out), copies the whole font file (20 MB for a CJK collection) into Python bytes for every letter
although it embeds only the subset, and compresses the font streams at zlib level 9. Here: one
pass, no copy, level 6 (0.59x a Chinese letter, a third less memory per worker)."""

import sys
import zlib

import pydyf
from weasyprint.pdf import fonts
from weasyprint.text.ffi import ffi, harfbuzz, harfbuzz_subset

# What apply() replaces, as (owner, attribute name).
PATCHED = {
    "Font._harfbuzz_subset": (fonts.Font, "_harfbuzz_subset"),
    "fonts.get_hb_object_data": (fonts, "get_hb_object_data"),
    "pydyf.Stream.data": (pydyf.Stream, "data"),
}
ORIGINALS = {name: vars(owner)[attribute] for name, (owner, attribute) in PATCHED.items()}
# What the patches rely on without replacing it: where file_content is set and read.
RELIED_ON = {
    "Font.__init__": fonts.Font.__init__,
    "Font.clean": fonts.Font.clean,
    "Font.type": fonts.Font.type,
    "build_fonts_dictionary": fonts.build_fonts_dictionary,
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
