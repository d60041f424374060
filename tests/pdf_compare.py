"""What must stay the same when a change is only about speed: read from the rendered PDFs."""

import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path

from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from tests.helpers import pdf_reader
from tests.test_fonts import embedded_fonts

# Back-references that would make the structure tree a cycle.
STRUCTURE_LINKS = {"/P", "/Pg", "/Parent", "/ParentTree"}


def structure(node):
    """The structure tree (roles, languages, alternative texts, marked-content ids) as data."""
    if isinstance(node, IndirectObject):
        node = node.get_object()
    if isinstance(node, DictionaryObject):
        return {key: structure(value) for key, value in node.items() if key not in STRUCTURE_LINKS}
    if isinstance(node, ArrayObject):
        return [structure(item) for item in node]
    return str(node)


def outline(pdf, faces=True):
    """Pages, their text, the structure tree, the document language and the embedded faces."""
    reader = pdf_reader(pdf)
    root = reader.trailer["/Root"]
    return {
        "pages": len(reader.pages),
        "text": [page.extract_text() for page in reader.pages],
        "structure": structure(root["/StructTreeRoot"]),
        "lang": str(root["/Lang"]),
        "faces": sorted(name.split("+", 1)[-1] for name in embedded_fonts(pdf)) if faces else None,
    }


def pixels(pdf, dpi=72):
    """A digest of every page rasterized by Poppler."""
    assert shutil.which("pdftoppm"), "poppler-utils (scripts/setup dev) draws the pages"
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "letter.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "letter.pdf", "page"], cwd=folder,
                       check=True)  # fmt: skip
        digest = hashlib.sha256()
        for page in sorted(Path(folder).glob("page*.pgm")):
            digest.update(page.read_bytes())
        return digest.hexdigest()


def render_with_changed_css(letter, old, new):
    """The letter as html_to_pdf makes it, with `old` replaced by `new` in the letter CSS."""
    from weasyprint import CSS, HTML

    from objection import pdf
    from objection.letters import render_html

    css = pdf.LETTER_CSS.read_text()
    assert old in css
    fonts_css, _ = pdf.letter_stylesheets()
    changed = CSS(string=css.replace(old, new), base_url=pdf.LETTER_CSS.as_uri(),
                  font_config=pdf.font_config(), url_fetcher=pdf.StaticOnlyFetcher())  # fmt: skip
    document = HTML(string=render_html(letter), base_url=pdf.STATIC_DIR.as_uri() + "/",
                    url_fetcher=pdf.StaticOnlyFetcher())  # fmt: skip
    return document.write_pdf(stylesheets=[fonts_css, changed], font_config=pdf.font_config(),
                              pdf_variant="pdf/ua-1")  # fmt: skip
