"""Markdown (CommonMark, with tables, strikethrough and front matter) read with markdown-it-py.

The prose of headings, paragraphs, list items and block quotes is read; code blocks, tables, front matter, raw
HTML (comments included), images, link destinations and autolinks are skipped, and so are the markup characters
(``#``, ``>``, ``-``, ``*``, ``**``, ``[``, backslash escapes), while entities are decoded. Inline code is kept:
it is a word of the sentence. Every character read keeps its position in the file: markdown-it reports the lines
of each block, and every inline rule is wrapped to record the range of the source it consumed, so each piece of
text is placed exactly. A soft line break is a boundary unless the text is hard-wrapped (``lines.wrap_breaks``
decides on the lines of the file, as for plain text), a hard break always is; blocks are separated by a blank
line that stands for no character of the file.
"""
from __future__ import annotations

from functools import lru_cache

from .offsets import MapBuilder, OffsetMap

#: block tokens whose content is not prose
SKIPPED_BLOCKS = {"fence", "code_block", "html_block", "hr", "front_matter", "table_open"}


def _recording(fn):
    def rule(state, silent):
        if silent:
            return fn(state, silent)
        pos, count = state.pos, len(state.tokens)
        ok = fn(state, silent)
        if ok:
            for tok in state.tokens[count:]:
                if tok.type != "text" and "src" not in tok.meta:
                    tok.meta["src"] = (pos, state.pos)
        return ok
    return rule


@lru_cache(maxsize=1)
def parser():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(front_matter_plugin)
    md.disable("text_join")  # entities and escapes stay tokens of their own, with their source range
    for rule in list(md.inline.ruler.__rules__):
        md.inline.ruler.at(rule.name, _recording(rule.fn), {"alt": list(rule.alt)})
    return md


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def _content_map(content: str, block_map: list[int], text: str, line_starts: list[int]) -> list[int]:
    """For each character of an inline block's content, its offset in ``text``."""
    out: list[int] = []
    first = block_map[0]
    for k, cline in enumerate(content.split("\n")):
        ln = first + k
        ln = min(ln, len(line_starts) - 1)
        a = line_starts[ln]
        b = line_starts[ln + 1] - 1 if ln + 1 < len(line_starts) else len(text)
        sline = text[a:b]
        c, s = cline.rstrip(), sline.rstrip()
        if s.endswith(c):
            at = len(s) - len(c)
        else:
            at = sline.find(c)
            if at < 0:  # (a tab the parser expanded): the line's own end, as near as can be told
                at = max(0, len(sline) - len(cline))
        if k:
            out.append(a - 1)  # the "\n" ending the previous line
        out.extend(min(a + at + j, b) for j in range(len(cline)))
    return out


def extract(text: str, wraps: set[int]) -> tuple[str, OffsetMap]:
    """The prose of Markdown ``text`` (line endings ``\\n``) and its map into ``text``. ``wraps`` are the offsets
    of the line breaks that are hard wraps. A piece of text that cannot be found where the parser says it is (a
    tab expanded to spaces) stands for the rest of its block: its spans are wider, never wrong."""
    tokens = parser().parse(text)
    line_starts = _line_starts(text)
    b = MapBuilder(len(text))
    skip_until: str | None = None
    for tok in tokens:
        if skip_until is not None:
            if tok.type == skip_until:
                skip_until = None
            continue
        if tok.type == "table_open":
            skip_until = "table_close"
            continue
        if tok.type != "inline" or tok.map is None:
            continue
        _inline(tok, text, line_starts, wraps, b)
    return b.build()


def _inline(tok, text: str, line_starts: list[int], wraps: set[int], b: MapBuilder) -> None:
    content = tok.content
    if not content.strip():
        return
    cmap = _content_map(content, tok.map, text, line_starts)
    cmap.append(cmap[-1] + 1 if cmap else 0)
    pieces: list[tuple[str, int, int, bool]] = []  # (text, start, end, copied)
    cursor = 0
    children = tok.children or []
    i = 0
    while i < len(children):
        child = children[i]
        kind = child.type
        src = child.meta.get("src")
        if kind == "text":
            at = content.find(child.content, cursor)
            if at < 0:
                pieces.append((child.content, cursor, len(content), False))
            else:
                pieces.append((child.content, at, at + len(child.content), True))
                cursor = at + len(child.content)
        elif kind == "text_special" and src:
            pieces.append((child.content, src[0], src[1], False))
            cursor = src[1]
        elif kind == "softbreak" and src:
            nl = content.find("\n", src[0])
            pieces.append((" " if nl >= 0 and cmap[nl] in wraps else "\n", nl, nl + 1, False))
            cursor = src[1]
        elif kind == "hardbreak" and src:
            nl = content.find("\n", src[0])
            pieces.append(("\n", nl, nl + 1, False))
            cursor = src[1]
        elif kind == "code_inline" and src:
            at = content.find(child.content, src[0], src[1])
            if at >= 0:
                pieces.append((child.content, at, at + len(child.content), True))
            else:
                pieces.append((child.content, src[0], src[1], False))
            cursor = src[1]
        elif kind == "link_open" and child.markup == "autolink" and src:
            while i + 1 < len(children) and children[i].type != "link_close":
                i += 1  # the address is a link target, not prose
            cursor = src[1]
        elif kind in ("image", "html_inline", "link_close") and src:
            cursor = max(cursor, src[1])
        elif src:
            cursor = max(cursor, src[1]) if kind.endswith("_close") else cursor
        i += 1
    if not pieces:
        return
    if b.length:
        b.replace("\n\n", cmap[pieces[0][1]], cmap[pieces[0][1]])
    for piece, s, e, copied in pieces:
        if copied and cmap[e - 1] - cmap[s] == e - 1 - s:
            b.copy(piece, cmap[s])
        elif copied:
            for j, ch in enumerate(piece):
                b.copy(ch, cmap[s + j])
        else:
            b.replace(piece, cmap[s], cmap[e - 1] + 1 if e > s else cmap[s])
