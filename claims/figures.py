"""Figures in news text, read as quantities from the language's data file: "212", "ruim tweehonderd", "£4.6m",
"four and a half million", "70%", "two thirds", "six weeks", "2016". Status uses them to see that two statements
give the same figure in other words ("212 arbeidsplaatsen" ~ "ruim tweehonderd mensen"), or different figures
("15 miljoen" vs "240 miljoen").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .phrases import longest_at, range_indices
from .textview import TextView


def normal_number(text: str) -> str:
    """'1.400' / '1,400' → '1400', '1,4' / '1.4' → '1.4': thousands separators dropped, decimal mark a point."""
    text = text.rstrip(".,")
    parts = re.split(r"[.,]", text)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        return "".join(parts)
    return ".".join(parts)


def _value(digits: str) -> float | None:
    """The value of a figure in digits, or None when it is no number ("1.2.3")."""
    try:
        return float(normal_number(digits))
    except ValueError:
        return None


def number_word(word: str, lang) -> int | None:
    """The value of a number written in words, from the language's data: "thirty", "twenty-five", "negenhonderd",
    "vijfentwintig", "three hundred" is two words and gives 3 and 100."""
    words, mults = lang.get("number_words", {}), lang.get("number_multipliers", {})
    word = word.lower()
    if word in words:
        return words[word]
    if word in mults:
        return mults[word]
    for m, factor in mults.items():  # "negenhonderd", "tweeduizend"
        if word.endswith(m) and word[: -len(m)] in words:
            return words[word[: -len(m)]] * factor
    if "-" in word:  # "twenty-five"
        parts = [words.get(p) for p in word.split("-")]
        if all(p is not None for p in parts):
            return sum(parts)
    for link in lang.words("number_links"):  # "vijfentwintig"
        head, _, tail = word.partition(link)
        if head in words and tail in words and words[tail] >= 20:
            return words[head] + words[tail]
    return None


@dataclass(frozen=True)
class Figure:
    """A quantity in the text: "212", "ruim tweehonderd", "£4.6m", "four and a half million", "70%", "two thirds"."""

    value: float
    kind: str  # count | share | year | duration (in days) | difference (followed by "than": "5 more than")
    approx: bool  # "about", "just over", "ruim", "zo'n" …
    digits: bool  # written in digits
    unit: str = ""  # the unit it was given in ("weeks", "dagen")
    number: float = 0.0  # the number as written, before the unit ("six" weeks)


_DIGITS = re.compile(r"(\d[\d.,]*)([^\W\d_]*)")


@lru_cache(maxsize=65536)
def _number_word(word: str, lang) -> int | None:
    """``number_word``, remembered by word and language (a pure function of the two; every word of every
    statement and part is asked)."""
    return number_word(word, lang)


def figures(view: TextView, a: int, b: int) -> list[Figure]:
    """The figures of the character range [a, b), from the language's number words, multipliers, suffixes,
    fractions, percent words and approximators: "ruim tweehonderd" → 200 (approximate), "£4.6m" → 4,600,000,
    "a little over two thirds" → a share of 0.667 (approximate), "2016" → the year 2016."""
    lang = view.lang
    idx = range_indices(view, a, b)  # (the words of the range by index: lists of the view, no Token objects)
    texts, lowers, alphas = view.texts, view.lowers, view.alphas
    words = [lowers[k] for k in idx]
    mults, suffixes = lang.get("number_multipliers", {}), lang.get("number_suffixes", {})
    fractions = lang.get("fraction_words", {})
    approximators = lang.get("approximators", [])
    comparatives = lang.words("comparative_markers")
    numbers = view.__dict__.get("_claims_number_words")  # ``_number_word`` of the text's words, asked once per word
    if numbers is None:
        numbers = view.__dict__["_claims_number_words"] = {}
    out: list[Figure] = []
    i = 0
    while i < len(idx):
        text = texts[idx[i]]
        m = _DIGITS.fullmatch(text) if text[:1].isdecimal() else None  # (the pattern opens with a digit)
        value = _value(m.group(1)) if m and (not m.group(2) or m.group(2).lower() in suffixes) else None
        if value is not None:  # (not "12.03.2024" or "10.0.0.1": dates and addresses are no figures)
            digits = True
            value *= suffixes.get(m.group(2).lower(), 1)
        elif alphas[idx[i]] and words[i] not in mults and (v := numbers[words[i]] if words[i] in numbers else
                                                          numbers.setdefault(words[i], _number_word(words[i], lang))) is not None:
            value, digits = float(v), False
        else:
            i += 1
            continue
        j = i + 1
        n = longest_at(words, j, lang.get("half_links", []))
        if n:
            value, j = value + 0.5, j + n
        while j < len(idx) and (words[j] in mults or words[j] in suffixes):
            value *= mults.get(words[j], suffixes.get(words[j], 1))
            j += 1
        kind, unit, number = "count", "", value
        ratio = _ratio_at(view, idx, words, j, value, numbers)  # "six in ten", "zes op de tien"
        if ratio is not None:
            share, j = ratio
            approx = any(longest_at(words, k, approximators) == i - k for k in range(max(0, i - 4), i))
            out.append(Figure(share, "share", approx, digits, "", value))
            i = j
            continue
        units = lang.get("duration_units", {})
        k = j + 1 if j + 1 < len(idx) and words[j] == "-" else j  # "a 41-day suspension"
        n = longest_at(words, j, lang.get("percent_words", []))
        if k < len(idx) and words[k] in units:
            kind, unit, value, j = "duration", words[k], value * units[words[k]], k + 1
            number = value / units[unit]
        elif n:
            kind, value, j = "share", value / 100, j + n
        elif j < len(idx) and words[j] in fractions and not digits:
            kind, value, j = "share", value / fractions[words[j]], j + 1
        elif digits and j == i + 1 and value.is_integer() and 1900 <= value <= 2100 and text.isdecimal():
            kind = "year"  # (four plain digits: "2,000" or "2.000" is a count)
        than = next((k for k in range(j, min(j + 4, len(words))) if words[k] in comparatives), None)
        if kind != "year" and than is not None and (than + 1 >= len(words) or not (
                words[than + 1][:1].isdigit() or _number_word(words[than + 1], lang) is not None)):
            kind = "difference"  # "2 billion euros more than the minister admits": a gap, not the amount (but "14
            # people waiting more than 12 hours": the marker bounds the next figure)
        approx = any(longest_at(words, k, approximators) == i - k for k in range(max(0, i - 4), i))
        out.append(Figure(value, kind, approx, digits, unit, number))
        i = j
    return out


def _ratio_at(view: TextView, idx: list[int], words: list[str], j: int, value: float,
              numbers: dict) -> tuple[float, int] | None:
    """A ratio after the number just read ("six in ten", "one out of five", "zes op de tien"): the share and the
    position after it, from the language's ``ratio_links``; the second number is larger and no year ("two in
    2020" is no ratio)."""
    n = longest_at(words, j, view.lang.get("ratio_links", []))
    if not n or j + n >= len(words):
        return None
    k = j + n
    text = view.texts[idx[k]]
    if text[:1].isdecimal():
        d = _value(text) if _DIGITS.fullmatch(text) and not _DIGITS.fullmatch(text).group(2) else None
        if d is not None and d.is_integer() and 1900 <= d <= 2100:
            return None
    elif view.alphas[idx[k]]:
        d = numbers[words[k]] if words[k] in numbers else numbers.setdefault(words[k], _number_word(words[k], view.lang))
    else:
        return None
    if d is None or d <= value or d <= 0:
        return None
    return value / d, k + 1


def agree(x: Figure, y: Figure) -> bool:
    """The same figure, allowing 10% when either is approximate ("ruim tweehonderd" ~ 212) or they are given in
    different units ("six weeks" ~ "41 days"); years exactly."""
    if x.kind != y.kind:
        return False
    if abs(x.value - y.value) <= 1e-9 * max(abs(x.value), abs(y.value), 1):
        return True
    rounded = x.approx or y.approx or x.unit != y.unit
    return x.kind != "year" and rounded and abs(x.value - y.value) <= 0.1 * max(abs(x.value), abs(y.value))


def _significant(figs: list[Figure]) -> list[Figure]:
    """Figures that identify a fact: in digits, ten or more, or a share ("three flats", "twee jaar" are not)."""
    return [f for f in figs if f.digits or (f.number if f.kind == "duration" else f.value) >= 10 or f.kind == "share"]


def significant(figs: list[Figure]) -> bool:
    """Some figure identifies a fact (``_significant``): a statement with a number of its own."""
    return bool(_significant(figs))


def figures_differ(a: list[Figure], b: list[Figure]) -> bool:
    """Both give figures of one kind and none agree: not the same fact ("15 miljoen" vs "240 miljoen"; "twee jaar"
    and "in 2026 en 2027" are not figures of one kind)."""
    sa, sb = _significant(a), _significant(b)
    if any((x.kind == "difference") != (y.kind == "difference") and x.value == y.value for x in sa for y in sb):
        return True  # the same number as an amount and as a gap ("costs 2 billion" / "2 billion more than …")
    if not {f.kind for f in sa} & {f.kind for f in sb}:
        if bool(sa) == bool(sb):
            return False
        # one gives a figure that identifies a fact, the other only a small one of the same kind, and they disagree:
        # "the spill covered 20 kilometres" / "less than two kilometres" (a small figure is no fact two statements
        # share, but it can contradict one)
        big, small = (sa, b) if sa else (sb, a)
        return any(x.kind == y.kind for x in big for y in small) and not any(agree(x, y) for x in big for y in small)
    if not any(agree(x, y) for x in sa for y in sb):
        return True
    # a shared bound ("more than 12 hours") does not make one fact of two exact counts that differ ("14 people
    # waited more than 12 hours" / "212 patients waited more than 12 hours")
    ea, eb = [f for f in sa if not f.approx], [f for f in sb if not f.approx]
    kinds = {f.kind for f in ea} & {f.kind for f in eb}
    return any(not any(agree(x, y) for x in ea if x.kind == k for y in eb if y.kind == k) for k in kinds)


def same_figure(a: list[Figure], b: list[Figure]) -> bool:
    """They share a figure that is not a year ("212 arbeidsplaatsen" ~ "ruim tweehonderd mensen"), or one gives in
    other units a duration the other gives in digits ("for six weeks" ~ "suspended for 41 days")."""
    if any(agree(x, y) for x in _significant(a) for y in _significant(b) if x.kind != "year"):
        return True
    return any(agree(x, y) and x.unit != y.unit and (x.digits or y.digits)
               for x in a for y in b if x.kind == "duration")


def written_otherwise(a: list[Figure], b: list[Figure]) -> bool:
    """They share a figure (not a year) that one of them writes in words where the other gives digits ("212 jobs" ~
    "some two hundred people"): the second source put the number in its own words. (Two figures in digits, one
    approximate, are not enough: "around 40 kilograms" and "aged 41".)"""
    return any(agree(x, y) and x.digits != y.digits
               for x in _significant(a) for y in _significant(b) if x.kind != "year")


_CODE = re.compile(r"[^\W_]*\d[\w-]*")


def codes(view: TextView, a: int, b: int) -> frozenset[str]:
    """The designations of the character range [a, b): words with digits that name a thing rather than count it —
    with letters in them ("A300s", "MH17", "F-16"), or digits right after a capitalised word that is no time word
    ("Boeing 737", "Route 66", "Article 50"). A plural "s" is dropped ("707s" is 707), case ignored."""
    times = view.lang.union("time_words", "time_adverbs")
    texts, out = view.texts, set()
    for k in range_indices(view, a, b):
        text = texts[k]
        if not _CODE.fullmatch(text):
            continue
        word = text[:-1] if text[-1:] in "sS" and text[-2:-1].isdigit() else text
        letters = any(ch.isalpha() for ch in word)
        named = k > 0 and texts[k - 1][:1].isupper() and texts[k - 1].isalpha() and texts[k - 1].lower() not in times \
            and not view.sent_starts[k - 1]
        if letters or word.isdigit() and named:
            out.add(word.upper())
    return frozenset(out)


def codes_differ(x: frozenset[str], y: frozenset[str]) -> bool:
    """Each of two statements names a designation the other does not ("flies 707s and A300s" / "flies the A300 and
    the 737"): they list different things, not one fact."""
    return bool(x - y) and bool(y - x)
