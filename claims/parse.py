"""Parsing: one loader for every spaCy pipeline the project uses, and cheap language detection.

``load_pipeline(lang, model)`` takes, in order: an explicit model name or path; an installed official spaCy
package for the language (``<lang>_core_news_*`` / ``<lang>_core_web_*``, largest first); the pipeline bundled in
``claims/models/<lang>``. Pipelines are loaded once per process, and only with what the stages read: no named
entity recognizer, no sentence recognizer where the parser sets sentences, and the tokenizer's special cases built
once (``claims.tokenizer.from_saved``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from .lang import UnsupportedLanguage, available_languages, load_language
from .syntax import UnknownScheme, register
from .tokenizer import PLACEHOLDER, customize_tokenizer, from_saved, read_saved

OFFICIAL_PACKAGES = ("{lang}_core_news_lg", "{lang}_core_web_lg", "{lang}_core_news_md", "{lang}_core_web_md",
                     "{lang}_core_news_sm", "{lang}_core_web_sm")


def bundled_model_path(lang: str) -> Path:
    return Path(str(resources.files("claims").joinpath("models", lang)))


def resolve_model(lang: str, model: str | None = None) -> str:
    """The name or path of the pipeline that ``load_pipeline`` would load for ``lang``."""
    if model:
        return model
    for pattern in OFFICIAL_PACKAGES:
        name = pattern.format(lang=lang)
        if spacy.util.is_package(name):
            return name
    path = bundled_model_path(lang)
    if (path / "config.cfg").exists():
        return str(path)
    raise UnsupportedLanguage(f"no parsing pipeline for language '{lang}' (bundled: {', '.join(bundled_languages())})")


def bundled_languages() -> list[str]:
    root = Path(str(resources.files("claims").joinpath("models")))
    return sorted(p.name for p in root.iterdir() if (p / "config.cfg").exists()) if root.exists() else []


def model_dir(name: str) -> Path | None:
    """The folder of a pipeline's ``config.cfg`` for a path or an installed package name, or None."""
    path = Path(name)
    if not (path / "config.cfg").is_file():
        try:
            path = spacy.util.get_package_path(name) if spacy.util.is_package(name) else None
        except Exception:  # noqa: BLE001 - not a package after all: loaded the ordinary way
            return None
        if path is not None and not (path / "config.cfg").is_file():
            path = next((p for p in sorted(path.iterdir()) if (p / "config.cfg").is_file()), None)
    return path if path is not None and (path / "config.cfg").is_file() else None


def _plan(name: str) -> tuple[list[str], dict | None]:
    """What to leave out of loading pipeline ``name``: the components the stages never run (``ner``; ``senter``
    beside a ``parser``, which sets sentence boundaries), and the saved tokenizer's fields when it is spaCy's
    own rule-based tokenizer (``claims.tokenizer.from_saved`` builds it once), else None."""
    folder = model_dir(name)
    if folder is None:
        return ["ner"], None
    config = spacy.util.load_config(folder / "config.cfg", interpolate=False)
    pipes = list(config.get("nlp", {}).get("pipeline", []))
    exclude = ["ner"] + (["senter"] if "senter" in pipes and "parser" in pipes else [])
    factory = config.get("nlp", {}).get("tokenizer", {}).get("@tokenizers")
    return exclude, read_saved(folder / "tokenizer") if factory == "spacy.Tokenizer.v1" else None


@lru_cache(maxsize=None)
def load_pipeline(lang: str, model: str | None = None) -> Language:
    """The pipeline ``resolve_model`` names, ready for the stages and tied to its dependency scheme
    (``claims.syntax``). An official package whose labels no scheme file covers is passed over for the bundled
    pipeline; an explicitly named one is refused (``UnknownScheme``)."""
    load_language(lang)  # raises UnsupportedLanguage for a language without data
    name = resolve_model(lang, model)
    nlp = _load(name)
    try:
        register(nlp, name)
    except UnknownScheme:
        bundled = bundled_model_path(lang)
        if model or name == str(bundled) or not (bundled / "config.cfg").exists():
            raise
        nlp = _load(str(bundled))
        register(nlp, str(bundled))
    return nlp


def _load(name: str) -> Language:
    exclude, saved = _plan(name)
    if saved is not None:
        nlp = spacy.load(name, exclude=[*exclude, "tokenizer"], config=PLACEHOLDER)
        from_saved(nlp, saved)  # quote marks split off, apostrophes kept in words
    else:
        nlp = spacy.load(name, exclude=exclude)
        customize_tokenizer(nlp)
    if "senter" in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.disable_pipe("senter")  # the parser sets sentence boundaries
    if SENTENCE_STARTS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_STARTS, first=True)
    return nlp


SENTENCE_STARTS = "claims_sentence_starts"


def _abbreviations(code: str) -> frozenset[str]:
    try:
        return frozenset(load_language(code).get("abbreviations", []))
    except Exception:  # (a pipeline of a language claims has no data file for)
        return frozenset()


def _sentence_starts(nlp: Language, name: str):
    """Where no sentence may start, set before the parser (which keeps boundaries set before it): right after a
    title or rank the language lists under ``abbreviations`` ("…, Sgt. Maria Lopez said."), and after any token
    that does not end in a sentence-final mark, a closing quote or bracket (``SENTENCE_ENDS``) on the same line."""
    titles = _abbreviations(nlp.lang)

    def mark(doc):
        for tok in doc[:-1]:
            if tok.text in titles:
                doc[tok.i + 1].is_sent_start = False
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if tok.is_space or prev.is_space or "\n" in prev.whitespace_ or prev.text[-1:] in SENTENCE_ENDS:
                continue
            tok.is_sent_start = False
        return doc
    return mark


if not Language.has_factory(SENTENCE_STARTS):  # (a second copy of this module, as benchmarks/stages_ab.py loads
    # to compare two trees in one process, uses the factory the first registered: spaCy refuses a second one)
    Language.factory(SENTENCE_STARTS)(_sentence_starts)


#: the last characters of a token after which a sentence may start (a line break always may): the parser trained
#: on web text starts sentences in the middle of news sentences ("…, Labour MP Rachel Turner said", "…, Capt. Eric
#: Dunn of the fire department said"), which cuts the cue off from its content
SENTENCE_ENDS = frozenset(".!?:;…\"'”’»)]")


def pipeline_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0.0.0')}"


def detect_language(text: str, candidates: list[str] | None = None) -> str:
    """The candidate language whose stop words cover most of the text's words (ties: alphabetical order)."""
    langs = candidates or available_languages()
    words = [w.strip(".,:;!?\"'()[]«»„“”‘’").lower() for w in text.split()]
    best, best_score = langs[0], -1
    for code in sorted(langs):
        stop = load_language(code).words("stopwords")
        score = sum(w in stop for w in words)
        if score > best_score:
            best, best_score = code, score
    return best


def blocks(text: str) -> list[str]:
    """The text cut at blank lines into pieces that are parsed on their own, each piece ending with the line breaks
    after it, so that the pieces joined are the text. A parser that sees a headline, a paragraph break and the lead
    as one sentence hangs words of one on the other."""
    pieces, start = [], 0
    while start < len(text):
        cut = text.find("\n\n", start)
        if cut < 0:
            pieces.append(text[start:])
            break
        end = cut + 2
        while end < len(text) and text[end] in "\n\r":
            end += 1  # the whole run of line breaks stays with the piece before it
        pieces.append(text[start:end])
        start = end
    return pieces


# Paragraphs per ``nlp.pipe`` batch, and per batch of the dependency parser (which sorts its batch by length and
# parses it in quarters). A paragraph is a tenth of an article or less: batches of 16 of them left the parser's
# steps with four short sentences each, and claims' parse cost about 10 % more than the bare parse of whole texts
# in batches of 16 (``benchmarks/scale.py``). The parse of a piece does not depend on the pieces beside it in
# its batch (the 275-article snapshot is the same with any batch size).
PIECES_PER_BATCH = 32
PARSER_BATCH = 64


def parse(nlp: Language, texts, batch_size: int = PIECES_PER_BATCH):
    """Parse texts paragraph by paragraph (``blocks``) and join each text's pieces into one ``Doc`` whose text is the
    input text, character for character. The pieces of all the texts go through one ``nlp.pipe``, ``batch_size``
    pieces at a time (the parser takes ``PARSER_BATCH``, or ``batch_size`` when that is larger)."""
    texts = list(texts)
    pieces = [blocks(text) for text in texts]
    title_case = _title_case_headlines(nlp.lang)
    plain = _plain_apostrophes(nlp.lang)
    fed = [[sentence_cased(parts[0]), *parts[1:]] if title_case and parts else parts for parts in pieces]
    if plain is not None:
        fed = [[plain_apostrophes(piece, plain) for piece in parts] for parts in fed]
    docs = iter(nlp.pipe((piece for parts in fed for piece in parts), batch_size=batch_size,
                         component_cfg={name: {"batch_size": max(PARSER_BATCH, batch_size)}
                                        for name in nlp.pipe_names if name == "parser"}))
    for text, parts, given in zip(texts, pieces, fed):
        parsed = [_lone_particle_verbs(next(docs), own) for own in parts]
        for k, (own, read) in enumerate(zip(parts, given)):
            if read is not own:
                parsed[k] = _with_words_of(parsed[k], own)
        if len(parsed) == 1:
            yield _known_text(parsed[0], text)  # (the one piece is the text)
            continue
        doc = joined(parsed, text) if parsed else None
        yield _known_text(doc if doc is not None else nlp(text), text)  # (offsets are into the text, whatever
        # happens)


def joined(parsed: list, text: str):
    """The parsed pieces of ``text`` as one Doc, the Doc ``Doc.from_docs(parsed, ensure_whitespace=False,
    exclude=["tensor"])`` makes (the stages read no tok2vec tensor), or None when the pieces' words and spaces do
    not make ``text`` character for character. Built from the pieces' attribute arrays alone: ``from_docs`` makes a
    spaCy Token for every word three times over (its words, its spaces, each piece's text), and checking the
    joined text would make them a fourth time; this costs about a third less (``tests/test_parse.py`` checks the
    two Docs are the same in bytes)."""
    import numpy
    from spacy.attrs import ORTH, SPACY
    from spacy.tokens import Doc

    attrs = _array_attrs()
    table = numpy.concatenate([piece.to_array(attrs) for piece in parsed])
    strings = parsed[0].vocab.strings
    words = [strings[orth] for orth in table[:, attrs.index(ORTH)].tolist()]
    spaces = [bool(space) for space in table[:, attrs.index(SPACY)].tolist()]
    if "".join([word + " " if space else word for word, space in zip(words, spaces)]) != text:
        return None
    doc = Doc(parsed[0].vocab, words=words, spaces=spaces)
    doc.from_array(attrs, table)
    return doc


@lru_cache(maxsize=1)
def _array_attrs() -> list[int]:
    """The attributes ``Doc.from_docs`` copies by default (with ``SPACY``, the space after each word)."""
    from spacy.attrs import SPACY
    from spacy.tokens import Doc

    attrs = list(Doc._get_array_attrs())
    return attrs if SPACY in attrs else [*attrs, SPACY]


@lru_cache(maxsize=None)
def _title_case_headlines(code: str) -> bool:
    """The language's news writes headlines in Title Case (data ``title_case_headlines``)."""
    try:
        return bool(load_language(code).get("title_case_headlines"))
    except UnsupportedLanguage:
        return False


@lru_cache(maxsize=None)
def _plain_apostrophes(code: str):
    """The pattern of the typographic apostrophes the language's parser reads better as plain ones (data
    ``parser_plain_apostrophes``: the clipped articles; ``parser_plain_apostrophe_words``: clipped words such as
    "z’n"), or None."""
    try:
        data = load_language(code)
    except UnsupportedLanguage:
        return None
    if not data.get("parser_plain_apostrophes"):
        return None
    words = sorted({w for w in data.get("parser_plain_apostrophe_words", []) if "’" in w}, key=len, reverse=True)
    alternatives = [_APOSTROPHE.pattern]
    for w in words:  # each word's apostrophe, the word whole, in any case, with ’ or ‘
        head, tail = w.split("’", 1)
        h = re.escape(head)
        alternatives.append(rf"(?<={h})(?<![\w’‘']{h})[’‘](?={re.escape(tail)}(?!\w))")
    return re.compile("|".join(alternatives), re.IGNORECASE)


_APOSTROPHE = re.compile(r"(?<!\w)[’‘](?=[stn](?:\b|-))")


def plain_apostrophes(piece: str, pattern: re.Pattern | None = None) -> str:
    """The piece with the typographic apostrophes that open a clipped article ("’s avonds", "’t", "’s-Hertogenbosch")
    written plain, character for character: the treebank the parser learned from writes "'", and "’s Avonds" was
    read as a noun that could be a speaker. ``pattern`` (``_plain_apostrophes``) adds the language's clipped words
    ("z’n eigenaren" was read as a particle and a verb, plain as "zijn eigenaren"). Quote marks stay, and so do
    other apostrophes inside words ("auto’s", "zo’n", "Sana’a": plain, they changed the parse of the real-news dev
    copy around them, one statement lost and none gained). The piece itself when nothing changes."""
    if "’" not in piece and "‘" not in piece:
        return piece
    plain = (pattern or _APOSTROPHE).sub("'", piece)
    return piece if plain == piece else plain


def sentence_cased(piece: str) -> str:
    """A Title Case headline ("Police Say Gunman Acted Alone In Mall Shooting": one line, no full stop, four words or
    more, four in five of them capitalised) with its capitalised words after the first in lower case, the way the
    parser was trained to read a sentence; the piece itself otherwise (and when lower case would change its
    length). Words in capitals ("UN", "NHS") and words with digits stay as they are."""
    line = piece.rstrip("\r\n")
    words = line.split()
    alpha = [w for w in words if w[:1].isalpha()]
    if "\n" in line or len(words) < 4 or line.rstrip()[-1:] in ".!?" or not alpha:
        return piece
    titled = [w for w in alpha if w[:1].isupper() and not w.isupper()]
    if len(titled) < 0.8 * len(alpha) or len(titled) < 4:
        return piece
    out, first = [], True
    for w in line.split(" "):
        if w and not first and w[:1].isupper() and not w.isupper() and w.isalpha() and len(w.lower()) == len(w):
            w = w[:1].lower() + w[1:]
        first = first and not w
        out.append(w)
    cased = " ".join(out) + piece[len(line):]
    return cased if len(cased) == len(piece) else piece


def _lone_particle_verbs(doc, piece: str):
    """The parse with the lemma of a verb that the lemmatizer took for a separable one ("plaats_vinden" for "vond"
    in "Regen is geen excuus, vond de wethouder", "op_volgen" for "volgt") made the verb's own ("vinden") when the
    particle is nowhere in the piece and not in the word itself: "vond … plaats" and "plaatsvond" keep theirs. A
    lemma joins a particle and its verb with "_" (the Alpino treebanks' way); other lemmas are left alone."""
    from spacy.attrs import LEMMA

    strings = doc.vocab.strings
    ids = doc.to_array(LEMMA).tolist()
    joined_ids = {h for h in set(ids) if "_" in strings[h]}
    if not joined_ids:
        return doc
    lowered = piece.lower()
    for k, h in enumerate(ids):
        if h in joined_ids:
            token = doc[k]
            particle, _, verb = strings[h].rpartition("_")
            particle = particle.split("_")[0].lower()
            if verb and particle and particle not in token.lower_ \
                    and not re.search(rf"(?<!\w){re.escape(particle)}(?!\w)", lowered):
                token.lemma_ = verb
    return doc


def _with_words_of(doc, piece: str):
    """The parse of a piece fed to the parser in another form of the same length (a sentence-cased headline, plain
    apostrophes) with the piece's own words: the same tokens (same offsets), the annotations of the parse; the
    parse as it was when the tokens differ."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc

    words = [piece[t.idx:t.idx + len(t)] for t in doc]
    if "".join(w + t.whitespace_ for w, t in zip(words, doc)) != piece:
        return doc
    attrs = [TAG, POS, MORPH, LEMMA, HEAD, DEP]
    out = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    out.from_array(attrs, doc.to_array(attrs))
    return out


def _known_text(doc, text: str):
    """The Doc, with its text (which it is, character for character) kept in its ``user_data`` under ``TEXT_KEY``:
    spaCy joins the tokens' texts anew on every ``Doc.text``, and ``claims.pipeline.process`` needs it once more."""
    doc.user_data[TEXT_KEY] = text
    return doc


TEXT_KEY = "claims_text"


def doc_text(doc) -> str:
    """``doc.text``: the text ``parse`` kept (``TEXT_KEY``; used when its length is the Doc's, read from the last
    token), else joined from the tokens."""
    text = doc.user_data.get(TEXT_KEY)
    if type(text) is str and len(text) == (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0):
        return text
    return doc.text
