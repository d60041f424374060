"""objection.html_tree builds the tree tinyhtml5 builds for every letter, or leaves it to
tinyhtml5."""

import datetime

import pytest
import tinyhtml5

from objection import html_tree
from objection.follow_up import FollowUp
from objection.jurisdictions import REGIONS
from objection.letters import build_letter, render_html
from tests.helpers import TODAY, make_answers

# What a member may type that HTML treats apart: markup, references, line breaks of every
# kind, spaces that are not ASCII whitespace, a form feed.
HOSTILE = {"full_name": "Zoë <b>&amp; \u00a0\u2003 O'Brien \"x\"", "grounds": ("sensitive_groups",),
           "address": "1 & 2\r\nStreet <x>\rTown\n\n", "grounds_text": "a\r\n\r\nb & <c> \x0c d"}  # fmt: skip
FOLLOW_UP = FollowUp(sent_on=datetime.date(2026, 1, 2), channel="email", outcome="partial",
                     sent_kinds=("objection", "erasure"), case_number="Q<&>\"'",
                     missing="a & b < c\r\nd")  # fmt: skip


def tinyhtml5_tree(html):
    return tinyhtml5.parse(html, namespace_html_elements=False)


def as_tuple(element):
    return (element.tag, element.attrib, element.text, element.tail,
            [as_tuple(child) for child in element])  # fmt: skip


def letters():
    for region, language in (("GB", "en"), ("HK", "zh-hant"), ("DE", "de"), ("FR", "fr"),
                             ("CH", "it-ch"), ("US-CA", "en"), ("CA-QC", "fr-ca"), ("GR", "el")):  # fmt: skip
        answers = make_answers(region, letter_language=language, **HOSTILE)
        authority = REGIONS[region].complaint_authorities(answers.subdivision)[0]
        for kind, sent, to in (("objection", None, None), ("erasure", None, None),
                               ("access", None, None), ("reminder", FOLLOW_UP, None),
                               ("complaint", FOLLOW_UP, authority)):  # fmt: skip
            yield render_html(build_letter(kind, answers, TODAY, sent, to))


def test_every_kind_of_letter_gets_the_tree_tinyhtml5_builds():
    count = 0
    for html in letters():
        tree = html_tree.parse(html)
        assert tree is not None, "the letter was left to tinyhtml5"
        assert as_tuple(tree) == as_tuple(tinyhtml5_tree(html))
        count += 1
    assert count == 40


# Where the HTML5 parser builds something other than the tags say.
RESTRUCTURED = [
    "<p>a<div>b</div></p>",  # <div> closes the <p>
    "<p>a<ul><li>b</li></ul></p>",
    "<ul><li>a<li>b</li></ul>",  # a new item closes the open one
    "<dl><dt>a<div><dd>b</dd></div></dt></dl>",
    "<p>a",  # no end tag
    "</p>",  # an end tag with nothing open
    "<table><tr><td>a</td></tr></table>",  # <tbody> added
    "<pre>\na</pre>",  # the first line feed dropped
    "<a href=x>a<a href=y>b</a></a>",
    "<!-- a comment -->",
    "a &copy b",  # a reference without its semicolon
    "a\x00b",
    "<p a=1 a=2>x</p>",  # the first of two attributes kept
]
HEAD, FOOT = "<!DOCTYPE html>\n<html lang=en>\n<head>\n<title>t</title>\n</head>\n<body>\n", "\n</body>\n</html>\n"  # fmt: skip


@pytest.mark.parametrize("body", RESTRUCTURED)
def test_what_html5_would_build_otherwise_is_left_to_tinyhtml5(body):
    assert html_tree.parse(HEAD + body + FOOT) is None


@pytest.mark.parametrize("html", [
    HEAD + "<p>a &amp; b &#x27; &#39; &lt;</p>" + FOOT,
    HEAD + "<p>a<br>b<bdi dir=auto>c</bdi></p>\n\n" + FOOT,
    HEAD + '<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol><dl><dt>d</dt><dd>e</dd></dl>' + FOOT,
    "<!DOCTYPE html><html><head><meta charset=utf-8></head><body>a</body></html>",
    "  <!DOCTYPE html>\n\n<html>\n \n<head></head>\n\t<body>x\r\ny\rz</body>\n</html>\n\n",
])  # fmt: skip
def test_html_as_written_gets_the_tree_tinyhtml5_builds(html):
    assert as_tuple(html_tree.parse(html)) == as_tuple(tinyhtml5_tree(html))
