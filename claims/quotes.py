"""Direct quotes: find every quoted span in the raw text, character by character.

Works on the original string (not on tokens), so offsets are exact and tokenization mistakes cannot lose a
quote. Quote marks come from the language data (``quotes``: opener → closers); apostrophes in words and elisions
("zo'n", "'s avonds", "it's", "'90s") never open or close a quote. A quote whose paragraph ends without a
closing mark continues when the next paragraph opens with a quote mark (multi-paragraph quotes), or when the next
paragraph's first mark can only close it (the opening mark not repeated); otherwise it is closed at the end of
its paragraph with an ``unclosed-quote`` warning. Nothing here ever raises on odd input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lang import LangData
from .model import Warning

OPEN_CONTEXT = set("([{—–-/:;") | {"\u00a0"}
CLOSE_CONTEXT = set(".,;:!?)]}—–-…/") | {"\u00a0"}
APOSTROPHES = {"'", "’"}


@dataclass(frozen=True)
class Quote:
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark (None when unclosed)
    start: int  # content start (after the mark, white space stripped)
    end: int  # content end (before the mark, white space and a trailing comma stripped)
    opener: str
    closer: str
    depth: int  # 0 for a top-level quote, 1 for a quote inside a quote, …

    @property
    def outer_end(self) -> int:
        return self.close + len(self.closer) if self.close is not None else self.end


@lru_cache(maxsize=None)
def _marks(lang: LangData) -> tuple[list[str], dict[str, frozenset[str]], frozenset[str]]:
    pairs = {o: frozenset(c) for o, c in lang["quotes"]}
    closers = frozenset(c for cs in pairs.values() for c in cs)
    marks = sorted(set(pairs) | closers, key=len, reverse=True)
    return marks, pairs, closers


@lru_cache(maxsize=None)
def _elision_re(lang: LangData) -> re.Pattern[str]:
    words = "|".join(re.escape(e) for e in sorted(lang.get("elisions", []), key=len, reverse=True))
    patterns = list(lang.get("elision_patterns", []))
    if words:
        patterns.append(rf"(?:{words})(?![\w])")
    return re.compile("|".join(patterns) or r"(?!x)x", re.IGNORECASE)


@lru_cache(maxsize=None)
def _first_chars(marks: tuple[str, ...]) -> frozenset[str]:
    return frozenset(m[0] for m in marks)


@lru_cache(maxsize=None)
def _first_char_pattern(marks: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern for one character of ``_first_chars(marks)`` (``_scan`` jumps from one to the next)."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(_first_chars(marks))) + "]")


def _is_quote_char(ch: str, marks: list[str]) -> bool:
    return ch in _first_chars(tuple(marks))


def line_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the non-blank lines, without their surrounding white space. Every line is a paragraph
    for quote matching; the attribution stage uses the same spans for question-and-answer layouts."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())))
        pos += len(line) + 1
    return spans


def _scan(text: str, start: int, end: int, lang: LangData):
    """Yield (offset, mark, can_open, can_close) for every quote mark candidate in text[start:end]."""
    marks, pairs, closers = _marks(lang)
    elision = _elision_re(lang)
    candidate = _first_char_pattern(tuple(marks))
    i = start
    while i < end:
        found = candidate.search(text, i, end)  # (the next character a mark can start with)
        if found is None:
            break
        i = found.start()
        mark = next((m for m in marks if text.startswith(m, i) and i + len(m) <= end), None)
        if mark is None:
            i += 1
            continue
        j = i + len(mark)
        prev = text[i - 1] if i > start else None
        nxt = text[j] if j < end else None
        if mark[0] in APOSTROPHES and len(mark) == 1:
            if prev is not None and prev.isalnum() and nxt is not None and nxt.isalnum():
                i = j
                continue  # zo'n, it's, auto's
            if (prev is None or not prev.isalnum()) and elision.match(text, i):
                i = j
                continue  # 's avonds, 't, '90s
        prev_ok_open = prev is None or prev.isspace() or prev in OPEN_CONTEXT or _is_quote_char(prev, marks)
        next_ok_close = nxt is None or nxt.isspace() or nxt in CLOSE_CONTEXT or _is_quote_char(nxt, marks)
        can_open = mark in pairs and prev_ok_open and nxt is not None and not nxt.isspace()
        can_close = mark in closers and prev is not None and not prev.isspace() and next_ok_close
        if mark in pairs and mark in closers and prev_ok_open and nxt is not None and nxt.isspace():
            can_close = can_close or prev is not None and not prev.isspace()
        if mark in pairs and not can_open and nxt == " " and (prev is None or prev.isspace()) \
                and text[j + 1:j + 2].isupper() and text[start:i].rstrip()[-1:] in ("", ".", "!", "?", ":"):
            can_open = True  # ("… toe. ' De gemeente heeft …', zegt X": a stray space after the opening mark of
            # a quote that opens its sentence)
        if mark in closers and not can_close and not can_open and mark not in ('"', "'") and prev == " " \
                and text[i - 2:i - 1] in (",", ".", "!", "?") and (
                    nxt is None or nxt in "\r\n" or nxt == " " and text[j + 1:j + 2].islower()):
            can_close = True  # ("… the delays, ” she said.": a stray space before the closing mark, after the
            # quote's own closing punctuation)
        if can_open or can_close:
            yield i, mark, can_open, can_close
        i = j


def _content(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a and text[b - 1] == ",":
        b -= 1
        while b > a and text[b - 1].isspace():
            b -= 1
    return a, b


def find_quotes(text: str, lang: LangData) -> tuple[list[Quote], list[Warning]]:
    """All quotes in ``text`` (top-level and nested), in text order, and warnings for unbalanced marks."""
    _, pairs, _ = _marks(lang)
    quotes: list[Quote] = []
    warnings: list[Warning] = []
    stack: list[tuple[int, str]] = []  # (offset, opener)
    paragraphs = line_spans(text)
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        skip_first_open = None
        if stack:  # an unclosed quote from the previous paragraph: does this paragraph continue it?
            lead = p_start
            while lead < p_end and text[lead].isspace():
                lead += 1
            cont = next(iter(_scan(text, lead, p_end, lang)), None)
            if cont is not None and cont[0] == lead and cont[2]:
                skip_first_open = lead
            elif not (cont is not None and cont[3] and not cont[2] and cont[1] in pairs.get(stack[-1][1], ())):
                # (a paragraph whose first mark only closes the open quote goes on with it: a quote set out over
                # several paragraphs with the opening mark not repeated)
                _close_unfinished(text, stack, quotes, warnings, paragraphs[p_index - 1][1])
        for offset, mark, can_open, can_close in _scan(text, p_start, p_end, lang):
            if offset == skip_first_open:
                continue
            match = None
            if can_close:
                for depth in range(len(stack) - 1, -1, -1):
                    if mark in pairs.get(stack[depth][1], ()):
                        match = depth
                        break
            if match is not None and (not can_open or match == len(stack) - 1):
                for o_off, o_mark in stack[match + 1:]:
                    warnings.append(Warning("unclosed-quote", f"quote mark {o_mark} is never closed",
                                            o_off, o_off + len(o_mark)))
                o_off, o_mark = stack[match]
                del stack[match:]
                _add_closed(text, quotes, o_off, o_mark, offset, mark, len(stack))
            elif can_open:
                stack.append((offset, mark))
            elif can_close and _mismatched_close(text, offset, mark, stack, p_end, lang):
                o_off, o_mark = stack.pop()
                warnings.append(Warning("mismatched-quote", f"quote mark {o_mark} closed by {mark}", offset,
                                        offset + len(mark)))
                _add_closed(text, quotes, o_off, o_mark, offset, mark, len(stack))
            elif mark not in ("'", "’", "''"):
                warnings.append(Warning("unmatched-quote", f"closing quote mark {mark} without an opening mark",
                                        offset, offset + len(mark)))
    if stack:
        _close_unfinished(text, stack, quotes, warnings, paragraphs[-1][1])
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes, warnings


def _add_closed(text: str, quotes: list[Quote], o_off: int, o_mark: str, offset: int, mark: str, depth: int) -> None:
    """The quote opened by ``o_mark`` at ``o_off`` and closed by ``mark`` at ``offset``, added unless empty."""
    a, b = _content(text, o_off + len(o_mark), offset)
    if b > a:
        quotes.append(Quote(o_off, offset, a, b, o_mark, mark, depth))


def _mismatched_close(text: str, offset: int, mark: str, stack: list[tuple[int, str]], p_end: int,
                      lang: LangData) -> bool:
    """A closing mark of the other kind closes the one open quote ("‘De kosten lopen op”, zegt …", '"Wij niet’,
    zei …"): only one quote is open, the mark is right before a comma or a sentence's end mark, or right after one
    (not "the players’ union"), and nothing later in the paragraph can close the quote with its own mark."""
    after = text[offset + len(mark):offset + len(mark) + 1]
    before = text[offset - 1:offset] if offset else ""
    if len(stack) != 1 or not (after and after in ",.!?;:" or before and before in ",.!?" and (not after or after.isspace())):
        return False  # (English puts the comma inside the marks: "‘Costs are out of control,” she said")
    _, pairs, _ = _marks(lang)
    own = pairs.get(stack[0][1], frozenset())
    if mark in own:
        return False
    return not any(can_close and m in own for _, m, _, can_close in _scan(text, offset + len(mark), p_end, lang))


def _close_unfinished(text, stack, quotes, warnings, para_end) -> None:
    """Close what is still open at the end of a paragraph: the outermost quote runs to the paragraph end."""
    for o_off, o_mark in stack:
        warnings.append(Warning("unclosed-quote", f"quote mark {o_mark} is never closed", o_off, o_off + len(o_mark)))
    o_off, o_mark = stack[0]
    a, b = _content(text, o_off + len(o_mark), para_end)
    if o_mark not in APOSTROPHES and b > a:
        quotes.append(Quote(o_off, None, a, b, o_mark, "", 0))
    stack.clear()


def top_level(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.depth == 0]
