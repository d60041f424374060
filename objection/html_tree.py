"""The element tree of a letter's HTML as tinyhtml5 builds it for WeasyPrint, built by the
standard library's HTMLParser: 3 ms of a letter with tinyhtml5, under 1 ms this way.

The letter templates write every element's end tag, so the tree is what the tags say, with
the HTML5 parser's rules for where whitespace outside <body> goes. Anything those rules do not
cover (a missing end tag, a tag that would close another, a comment, a table, a character the
HTML5 parser replaces) makes parse() return None, and tinyhtml5 parses the letter instead.
tests/test_html_tree.py compares both trees for every kind of letter.
"""

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"))  # fmt: skip
# Start tags before which an HTML5 parser closes an open <p> itself, and the list items a new
# item closes (it looks down the open elements past <address>, <div> and <p> only).
CLOSE_P = frozenset(("address", "article", "aside", "blockquote", "details", "dialog", "div",
                     "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
                     "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav",
                     "ol", "p", "pre", "section", "summary", "table", "ul", "dd", "dt"))  # fmt: skip
CLOSE_ITEM = {"li": ("li",), "dt": ("dt", "dd"), "dd": ("dt", "dd")}
# Elements the HTML5 parser builds otherwise than their tags say (tables, raw text, a dropped
# first line feed, nested links and forms), or only in their place (html, head, body).
RESTRUCTURED = frozenset(("table", "caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td",
                          "th", "pre", "listing", "textarea", "script", "style", "select",
                          "option", "optgroup", "frameset", "template", "svg", "math", "image",
                          "noscript", "plaintext", "xmp", "iframe", "noembed", "noframes",
                          "html", "head", "body", "a", "button", "form", "nobr"))  # fmt: skip
IN_HEAD = frozenset(("meta", "title", "link", "base"))
# What the HTML5 parser counts as whitespace (str.strip() counts more).
WHITESPACE = " \t\n\f"
# Characters an HTML5 parser replaces or reports (NUL, other C0 and C1 controls but tab, line
# feed, form feed, carriage return; noncharacters), and character references it reads
# differently from HTMLParser (legacy names without a semicolon).
UNSAFE = re.compile(
    r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]|&(?![a-zA-Z][a-zA-Z0-9]*;|#[0-9]+;|#[xX][0-9a-fA-F]+;)"
)


class NotAsWritten(Exception):
    """The HTML5 parser would build a tree other than the tags say."""


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = None
        self.open = []
        self.after_body = False

    def handle_starttag(self, tag, attrs):
        if tag in CLOSE_P and any(element.tag == "p" for element in self.open):
            raise NotAsWritten(tag)
        for element in reversed(self.open):
            if element.tag in CLOSE_ITEM.get(tag, ()):
                raise NotAsWritten(tag)
            if element.tag not in ("address", "div", "p"):
                break
        if len({name for name, _ in attrs}) != len(attrs) or self.after_body:
            raise NotAsWritten(tag)
        element = ET.Element(tag, {name: value or "" for name, value in attrs})
        depth = len(self.open)
        if tag in RESTRUCTURED and (tag, depth) not in (("html", 0), ("head", 1), ("body", 1)):
            raise NotAsWritten(tag)
        if depth and self.open[-1].tag == "head" and tag not in IN_HEAD:
            raise NotAsWritten(tag)
        if depth == 0:
            if self.root is not None or tag != "html":
                raise NotAsWritten(tag)
            self.root = element
        else:
            self.open[-1].append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            raise NotAsWritten(tag)
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "html" and self.after_body:
            return
        if tag in VOID or not self.open or self.open[-1].tag != tag or self.after_body:
            raise NotAsWritten(tag)
        if tag == "body":
            # The HTML5 parser keeps <body> open: whitespace after it still goes there.
            self.after_body = True
        else:
            self.open.pop()

    def handle_data(self, data):
        outside = not self.open or len(self.open) == 1 or self.after_body
        if outside and data.strip(WHITESPACE):
            raise NotAsWritten("text outside <head> and <body>")
        if not self.open or len(self.open) == 1 and not len(self.open[0]):
            # Before <html> and between <html> and <head>, the HTML5 parser drops whitespace.
            # After </head> it follows <head>; after </body>, it still goes in <body>.
            return
        parent = self.open[-1]
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + data
        else:
            parent.text = (parent.text or "") + data

    def handle_comment(self, data):
        raise NotAsWritten("comment")

    def handle_decl(self, decl):
        if decl.lower() != "doctype html" or self.root is not None:
            raise NotAsWritten(decl)

    def unknown_decl(self, data):
        raise NotAsWritten(data)

    def handle_pi(self, data):
        raise NotAsWritten(data)


def parse(html):
    """The root element tinyhtml5 would build for this HTML, or None where it might differ."""
    # The HTML5 parser reads every line break as a line feed.
    html = html.replace("\r\n", "\n").replace("\r", "\n")
    if UNSAFE.search(html):
        return None
    builder = _Builder()
    try:
        builder.feed(html)
        builder.close()
    except NotAsWritten:
        return None
    root = builder.root
    if root is None or [child.tag for child in root] != ["head", "body"] or builder.rawdata:
        return None
    return root
