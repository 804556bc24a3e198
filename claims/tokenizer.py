"""News tokenization around quote marks, for any loaded spaCy pipeline.

``customize_tokenizer(nlp)`` adjusts the pipeline's own tokenizer (prefix, suffix and infix rules compiled with
``spacy.util.compile_*_regex``, plus tokenizer special cases) so that

* quote marks (``,,`` ``„`` ``“`` ``”`` ``‘`` ``’`` ``«`` ``»`` ``‹`` ``›`` ``"`` ``'`` and whatever else the language's
  data file lists under ``quotes``) are split off as tokens of their own at the edges of a word:
  ``,,De`` → ``,,`` ``De``; ``gaan.''`` → ``gaan`` ``.`` ``''``; ``zegt:„Nee`` → ``zegt`` ``:`` ``„`` ``Nee``;
* abbreviations the language's data file lists under ``not_abbreviations`` (Dutch ``dat.``) are no special
  cases: a sentence-final ``dat.`` is ``dat`` ``.``; those it lists under ``abbreviations`` (ranks and titles such
  as ``Lt.``, ``Sgt.``, ``burg.``) are, so that no sentence ends at them; a special case of two or more capitals
  and a stop (``VS.``, ``RTL.``: the capitalised copies of abbreviations some pipelines generate) is none either,
  since in news it is an acronym that ends its sentence;
* apostrophes inside a word or in an elision stay in the word: ``zo'n``, ``zo’n``, ``auto's``, ``'s avonds``,
  ``’s nachts``, ``rock 'n' roll``, ``'95``. Elisions come from ``claims/lang/<code>.json`` (``elisions`` and
  ``elision_patterns``); elisions that end in an apostrophe (``'n'``) are loan words and are kept whole in every
  language.

The pipeline's existing rules are kept and extended, never replaced: contractions that the language's tokenizer
splits on purpose (English ``do`` + ``n't``, ``it`` + ``'s``, as in the UD English treebank the parser was trained
on) stay split, with the apostrophe inside the clitic.

Start-up: a pipeline's tokenizer holds a thousand or more special cases, and building them is the dearest part of
loading it. Loaded the ordinary way they are built three times (the language's defaults when the pipeline is
created, the saved ones from disk, then ours). ``claims.parse.load_pipeline`` creates the pipeline with
``PLACEHOLDER`` (a tokenizer without special cases), leaves the saved tokenizer on disk and hands its fields
(``read_saved``: spaCy's serialization fields of the ``tokenizer`` file) to ``customize_tokenizer``, which builds
them once, with the same rules as before.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from .lang import UnsupportedLanguage, available_languages, load_language

# Quote marks split off at word edges in every language (the data files add their own).
QUOTE_MARKS = (",,", "''", "’’", "``", "„", "“", "”", "‘", "’", "‚", "«", "»", "‹", "›", '"', "'")
# Characters that, between two word characters, are an apostrophe and not a quote mark.
APOSTROPHES = "'’‘´`"
_MARKER = "(?#claims-quotes)"  # makes customize_tokenizer idempotent


#: the config override that creates a pipeline with a tokenizer without special cases (filled by ``from_saved``)
PLACEHOLDER = {"nlp": {"tokenizer": {"@tokenizers": "claims.placeholder_tokenizer.v1"}}}


@registry.tokenizers("claims.placeholder_tokenizer.v1")
def _placeholder_tokenizer():
    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)
    return create


def read_saved(path: str | Path) -> dict | None:
    """The fields of a saved spaCy tokenizer (``Tokenizer.to_disk``: prefix_search, suffix_search, infix_finditer,
    token_match and url_match patterns, exceptions, faster_heuristics), or None when ``path`` is no such file."""
    import srsly

    path = Path(path)
    if not path.is_file():
        return None
    data = srsly.msgpack_loads(path.read_bytes())
    return data if isinstance(data, dict) and isinstance(data.get("exceptions"), dict) else None


def from_saved(nlp: Language, saved: dict) -> Language:
    """``customize_tokenizer`` on the tokenizer that ``saved`` (``read_saved``) describes, its special cases built
    once: the same tokenizer as loading it from disk and then customizing it."""
    def match(key: str):
        value = saved.get(key)
        return re.compile(value).match if isinstance(value, str) else None

    fields = {key: saved.get(key) if isinstance(saved.get(key), str) else None
              for key in ("prefix_search", "suffix_search", "infix_finditer")}
    fields.update(token_match=match("token_match"), url_match=match("url_match"), exceptions=saved["exceptions"],
                  faster_heuristics=saved.get("faster_heuristics", True))
    if fields["prefix_search"] is not None and _MARKER in fields["prefix_search"]:
        # saved after claims customised it: that tokenizer as it is
        def method(key: str, name: str):
            return getattr(re.compile(fields[key]), name) if fields[key] is not None else None

        nlp.tokenizer = Tokenizer(nlp.vocab, rules=fields["exceptions"],
                                  prefix_search=method("prefix_search", "search"),
                                  suffix_search=method("suffix_search", "search"),
                                  infix_finditer=method("infix_finditer", "finditer"),
                                  token_match=fields["token_match"], url_match=fields["url_match"],
                                  faster_heuristics=fields["faster_heuristics"])
        return nlp
    return customize_tokenizer(nlp, fields)


def _fields(tok: Tokenizer) -> dict:
    """A live tokenizer's fields as ``customize_tokenizer`` reads them (affix rules as their patterns)."""
    def pattern(method):
        return method.__self__.pattern if method is not None else None

    return {"prefix_search": pattern(tok.prefix_search), "suffix_search": pattern(tok.suffix_search),
            "infix_finditer": pattern(tok.infix_finditer), "token_match": tok.token_match,
            "url_match": tok.url_match, "exceptions": tok.rules, "faster_heuristics": tok.faster_heuristics}


def _lang_data(code: str):
    try:
        return load_language(code)
    except UnsupportedLanguage:
        return None


def quote_marks(code: str) -> list[str]:
    """Every quote mark for the language (data file plus the common set), longest first."""
    marks = set(QUOTE_MARKS)
    data = _lang_data(code)
    if data is not None:
        for opener, closers in data.get("quotes", []):
            marks.add(opener)
            marks.update(closers)
    return sorted(marks, key=lambda m: (-len(m), m))


def opening_quotes(code: str) -> list[str]:
    marks = {",,", "„", "“", "‘", "‚", "«", "‹", '"', "'"}
    data = _lang_data(code)
    if data is not None:
        marks.update(opener for opener, _ in data.get("quotes", []))
    return sorted(marks, key=lambda m: (-len(m), m))


def loanword_elisions() -> set[str]:
    """Elisions from any language's data that end in an apostrophe ('n' in rock 'n' roll)."""
    out: set[str] = set()
    for code in available_languages():
        out.update(e for e in load_language(code).get("elisions", []) if e and e[-1] in APOSTROPHES)
    return out


def elisions(code: str) -> list[str]:
    data = _lang_data(code)
    own = set(data.get("elisions", [])) if data is not None else set()
    return sorted(own | loanword_elisions(), key=lambda e: (-len(e), e))


def elision_guard(code: str) -> str:
    """A regex that matches at the start of an elision (so no prefix may be split off there)."""
    alts = []
    for e in elisions(code):
        alts.append(re.escape(e) + (r"(?!\w)" if e[-1].isalnum() else ""))
    data = _lang_data(code)
    if data is not None:
        alts.extend(f"(?:{p})" for p in data.get("elision_patterns", []))
    return "|".join(alts)


def _hyphen_prefixes(code: str) -> list[str]:
    """The language's word prefixes that keep their hyphen inside the word (data ``unsplit_hyphen_prefixes``), in
    lower, title and upper case."""
    data = _lang_data(code)
    words = data.get("unsplit_hyphen_prefixes", []) if data is not None else []
    return sorted({form for w in words for form in (w.lower(), w.title(), w.upper())})


def _alt(entries: Iterable[str]) -> str:
    return "|".join(entries)


def customize_tokenizer(nlp: Language, base: dict | None = None) -> Language:
    """Make ``nlp.tokenizer`` split quote marks off at word edges and keep apostrophes in words. Idempotent.
    ``base``: the tokenizer to start from, as its fields (``from_saved``); default: ``nlp.tokenizer``'s own."""
    base = _fields(nlp.tokenizer) if base is None else base
    prefix_old = base["prefix_search"]
    if prefix_old is not None and _MARKER in prefix_old:
        return nlp
    code = nlp.lang
    marks = [re.escape(m) for m in quote_marks(code)]
    openers = _alt(re.escape(m) for m in opening_quotes(code))
    guard = elision_guard(code)
    no_elision = f"(?!{guard})" if guard else ""

    # Prefixes: quote marks first (longest first, so ",," beats ","), then the pipeline's own rules; nothing is
    # split off the front of an elision ('s avonds, 't, '95).
    prefixes = [f"{_MARKER}{no_elision}(?:{_alt(marks)})"]
    if prefix_old is not None:
        prefixes.append(f"{no_elision}(?:{prefix_old})")
    prefix_search = compile_prefix_regex(prefixes).search

    # Suffixes: quote marks (regex search takes the leftmost match, so '' and ’’ stay whole).
    suffixes = [f"(?:{_alt(marks)})"]
    if base["suffix_search"] is not None:
        suffixes.append(f"(?:{base['suffix_search']})")
    suffix_search = compile_suffix_regex(suffixes).search

    # Infixes: a colon or semicolon glued to an opening quote (zegt:„Nee) is split into both; no infix rule may
    # split an apostrophe between two word characters (zo’n, auto’s, don’t).
    infixes = [
        rf"(?<=[\w\)\]])[:;](?=(?:{openers}))",
        rf"(?<=[:;])(?:{openers})(?=\S)",
        r"(?<=[^\W\d_]{2})/(?=[^\W\d_]{2})",  # a slash between words ("Bakker/KL Holding", "and/or")
    ]
    if base["infix_finditer"] is not None:
        kept = "".join(rf"(?!(?<=\b{re.escape(p)})-)" for p in _hyphen_prefixes(code))  # ("ex-mayor" stays one
        # word, as the treebank writes it: split, "ex" became the apposition of the name before it)
        infixes.append(rf"(?!(?<=\w)[{APOSTROPHES}](?=\w)){kept}(?:{base['infix_finditer']})")
    infix_finditer = compile_infix_regex(infixes).finditer

    # Whole elisions stay one token, also next to punctuation (the special-case matcher handles 's, and so on).
    rules = dict(base["exceptions"])
    for e in elisions(code):
        if e not in rules:
            rules[e] = [{"ORTH": e}]
    # Abbreviation special cases that are common words before a full stop in news ("Hulsman ontkent dat.": not
    # "dat." for "datief") are dropped, so the word and the stop come apart.
    data = _lang_data(code)
    words = set(data.get("not_abbreviations", [])) if data is not None else set()
    rules = {k: v for k, v in rules.items() if k not in words and not _capitals_with_stop(k)}
    # So are the capitalised copies of abbreviations that some pipelines generate ("VS.", "VN.", "RTL.", "ING." of
    # "vs.", "rtl." …): in news a word of capitals before a full stop is an acronym that ends its sentence ("… in de
    # VS. Daar …", "…, meldt RTL. Directeur …"); single capitals (initials: "J. Smit") keep their special case.
    # Titles and ranks the pipeline's own special cases miss ("Lt.", "Sgt.", "Capt.", "burg."): one token with the
    # stop, so that no sentence ends at them ("…, Lt. Jason Hall said.")
    for word in (data.get("abbreviations", []) if data is not None else []):
        rules.setdefault(word, [{"ORTH": word}])
    # one new tokenizer with all of it: setting each rule on the old one re-read its thousands of special cases
    # every time (a second of start-up)
    nlp.tokenizer = Tokenizer(nlp.vocab, rules=rules, prefix_search=prefix_search, suffix_search=suffix_search,
                              infix_finditer=infix_finditer, token_match=base["token_match"],
                              url_match=base["url_match"], faster_heuristics=base["faster_heuristics"])
    return nlp


def _capitals_with_stop(word: str) -> bool:
    """A special case of two or more capital letters and a full stop ("VS.", "RTL."): an acronym, not an
    abbreviation (``customize_tokenizer``)."""
    return len(word) > 2 and word.endswith(".") and word[:-1].isalpha() and word[:-1].isupper()
