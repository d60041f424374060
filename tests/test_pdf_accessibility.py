"""Letters are tagged PDF/UA-1 documents: structure tree, title, language, reading order."""

import pytest

from objection.letters import build_letter, render_pdf
from tests.helpers import TODAY, make_answers, pdf_reader


def structure(node, out):
    """The structure tree's element types, depth first, in document order."""
    node = node.get_object() if hasattr(node, "get_object") else node
    if isinstance(node, list):
        for child in node:
            structure(child, out)
    elif isinstance(node, dict) and "/S" in node:
        out.append(str(node["/S"]))
        structure(node.get("/K", []), out)
    return out


@pytest.fixture(scope="module")
def reader():
    return pdf_reader(render_pdf(build_letter("objection", make_answers("FR"), TODAY)))


def test_letter_is_tagged_with_title_and_language(reader):
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert root["/Lang"] == "en"
    assert reader.metadata.title == "Objection to the processing of my personal data"
    assert b'pdfuaid:part="1"' in root["/Metadata"].get_object().get_data()


def test_structure_reads_in_letter_order(reader):
    types = structure(reader.trailer["/Root"]["/StructTreeRoot"]["/K"], [])
    assert types[0] == "/Document"
    heading = types.index("/H1")
    # Sender and recipient come first, then the subject, then the body and its lists.
    assert types[:heading].count("/P") >= 8
    assert "/L" in types[heading:] and "/LI" in types[heading:]
    assert types.count("/H1") == 1


def test_chinese_letter_declares_hong_kong_chinese():
    answers = make_answers("HK", letter_language="zh-hant")
    reader = pdf_reader(render_pdf(build_letter("erasure", answers, TODAY)))
    assert reader.trailer["/Root"]["/Lang"] == "zh-Hant-HK"
