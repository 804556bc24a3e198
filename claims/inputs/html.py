"""HTML read with the standard library's HTML tokenizer (``html.parser``, the one BeautifulSoup builds on), which
reports where in the file every tag, piece of text and entity starts.

The article body is read: the text inside ``<article>`` when the page has one, else inside ``<main>``, else the
whole body. Scripts, styles, the head, navigation, headers and footers outside the article, asides, forms,
figures, and elements marked hidden or as page furniture (``role="navigation"``, ``aria-hidden="true"``, a class or
id such as ``share``, ``related``, ``newsletter``, ``cookie``, ``advert``) are dropped. White space is collapsed
as a browser does (a line break in the file is a space: HTML has no hard wraps), ``<br>`` is a line break, every
block (paragraph, heading, list item, block quote, table cell …) a paragraph, and entities are decoded. Each
character read keeps the range of the file it came from (an entity all of ``&amp;``).
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .offsets import MapBuilder, OffsetMap

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen"}
BLOCK = {"address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl",
         "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
         "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
         "td", "tfoot", "th", "thead", "tr", "ul"}
SKIPPED = {"script", "style", "head", "title", "noscript", "template", "nav", "aside", "form", "button", "select",
           "textarea", "svg", "math", "iframe", "object", "canvas", "figure", "video", "audio", "footer", "menu",
           "dialog"}
FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
                   "alert"}
FURNITURE_WORDS = re.compile(r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|related|"
                             r"newsletter|subscribe|cookies?|consent|advert|advertisement|ads?|promo|sponsored|"
                             r"sidebar|comments?|footer|paywall|popup|modal|skip-link)(?:$|[\s_-])", re.I)
WHITE = " \t\n\r\f\xa0"


class _Reader(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.lines = [0]
        pos = text.find("\n")
        while pos >= 0:
            self.lines.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self.stack: list[tuple[str, bool]] = []  # (tag, dropped)
        self.items: list[tuple] = []  # ("t", start, text, copied) | ("b", pos, "\n" or "\n\n"); with the context

    def _at(self) -> int:
        line, col = self.getpos()
        return self.lines[line - 1] + col

    def context(self) -> tuple[bool, bool, bool]:
        tags = [t for t, _ in self.stack]
        return any(d for _, d in self.stack), "article" in tags, "main" in tags

    def _dropped(self, tag: str, attrs) -> bool:
        a = {k: (v or "") for k, v in attrs}
        if tag in ("header", "footer") and any(t in ("article", "main") for t, _ in self.stack):
            return tag == "footer"
        if tag == "header":
            return True
        if tag in SKIPPED or "hidden" in a or a.get("aria-hidden") == "true":
            return True
        if a.get("role", "").lower() in FURNITURE_ROLES:
            return True
        return bool(FURNITURE_WORDS.search(a.get("class", "")) or FURNITURE_WORDS.search(a.get("id", "")))

    def handle_starttag(self, tag, attrs):
        pos = self._at()
        if tag == "br":
            self.items.append(("b", pos, "\n", self.context()))
            return
        if tag in BLOCK:
            self.items.append(("b", pos, "\n\n", self.context()))
        if tag not in VOID:
            self.stack.append((tag, self._dropped(tag, attrs)))

    def handle_startendtag(self, tag, attrs):
        if tag == "br" or tag in BLOCK:
            self.handle_starttag(tag, attrs)
            if tag not in VOID and self.stack and self.stack[-1][0] == tag:
                self.stack.pop()

    def handle_endtag(self, tag):
        pos = self._at()
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k][0] == tag:
                del self.stack[k:]
                break
        if tag in BLOCK:
            self.items.append(("b", pos, "\n\n", self.context()))

    def handle_data(self, data):
        self.items.append(("t", self._at(), data, True, self.context()))

    def _ref(self, prefix: str, name: str) -> None:
        start = self._at()
        end = start + len(prefix) + len(name)
        if self.text[end:end + 1] == ";":
            end += 1
        raw = self.text[start:end]
        self.items.append(("t", start, html.unescape(raw), raw, self.context()))

    def handle_entityref(self, name):
        self._ref("&", name)

    def handle_charref(self, name):
        self._ref("&#", name)


def extract(text: str) -> tuple[str, OffsetMap]:
    """The article prose of the HTML ``text`` and its map into ``text``."""
    reader = _Reader(text)
    reader.feed(text)
    reader.close()
    items = reader.items
    if any(i[-1][1] for i in items if i[0] == "t" and not i[-1][0] and i[2].strip(WHITE)):
        scope = 1  # only what is inside <article>
    elif any(i[-1][2] for i in items if i[0] == "t" and not i[-1][0] and i[2].strip(WHITE)):
        scope = 2  # only what is inside <main>
    else:
        scope = 0
    b = MapBuilder(len(text))
    brk: tuple[str, int] | None = None  # a pending line or paragraph break
    space: tuple[int, int] | None = None  # a pending collapsed run of white space
    for item in items:
        ctx = item[-1]
        if ctx[0] or (scope and not ctx[scope]):
            continue
        if item[0] == "b":
            if b.length and (brk is None or len(item[2]) > len(brk[0])):
                brk = (item[2], item[1])
            space = None
            continue
        _, start, data, raw, _ = item
        if raw is True:  # text as it stands in the file
            for m in re.finditer(rf"[{WHITE}]+|[^{WHITE}]+", data):
                s, e = start + m.start(), start + m.end()
                if m.group()[0] in WHITE:
                    if b.length and brk is None:
                        space = space or (s, e)
                    continue
                brk, space = _flush(b, brk, space, s)
                b.copy(m.group(), s)
        else:  # an entity: its characters all stand for the entity
            end = start + len(raw)
            if not data.strip(WHITE):
                if b.length and brk is None:
                    space = space or (start, end)
                continue
            brk, space = _flush(b, brk, space, start)
            b.replace(data, start, end)
    return b.build()


def _flush(b: MapBuilder, brk, space, at: int):
    if brk is not None:
        b.replace(brk[0], at, at)
    elif space is not None:
        b.replace(" ", space[0], space[1])
    return None, None
