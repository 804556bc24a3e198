"""The orchestrator: read → parse → quotes → attribution → speakers → status → serialize.

``process`` runs one parsed document through the stages; ``run`` streams many inputs through ``parse.parse``
(paragraph by paragraph) in batches and yields one result at a time, so memory stays flat whatever the corpus
size.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from spacy.tokens import Doc

from . import __version__, chunks
from .attribution import attribute
from .budget import Budget, BudgetExceeded
from .lang import load_language
from .model import Document, number_ids
from .parse import detect_language, doc_text, load_pipeline, parse, pipeline_name
from .quotes import find_quotes, top_level
from .read import Input
from .schema import validate_document
from .speakers import cluster_speakers
from .status import assess
from .textview import TextView


def process(doc: Doc, source: Input, lang_code: str, pipeline: str, use_model: bool = True) -> Document:
    """All stages after parsing, for one document. ``use_model=False`` keeps the rules' status decision (used to
    train the status model)."""
    lang = load_language(lang_code)
    text = doc_text(doc)  # (spaCy joins the tokens' texts anew on every ``Doc.text``: the text ``parse`` kept, shared
    # with the view)
    quotes, warnings = find_quotes(text, lang)
    view = TextView(doc, lang, top_level(quotes))
    view.text = text
    claims = attribute(view)
    claims, speakers = cluster_speakers(view, claims)
    claims = assess(view, claims, speakers, use_model=use_model)
    claims, speakers = number_ids(claims, speakers)
    return Document(id=source.id, path=source.path, language=lang_code, text=text, sha256=source.sha256,
                    pipeline=pipeline, claims=claims, speakers=speakers, warnings=sorted(
                        set(warnings), key=lambda w: (w.start, w.end, w.code)))


def to_json(document: Document) -> dict:
    return document.to_dict(__version__)


class Result:
    """One input's outcome: the document, or the one-line error that stopped it.

    A document processed in parts (longer than the part size, ``claims.chunks``) is kept on disk as it is built:
    ``streamed`` is that ``claims.chunks.StreamedDocument`` (``claims.output.write_json`` writes it without holding
    it in memory), and ``document`` builds the whole dict from it when first asked for."""

    __slots__ = ("source", "_document", "error", "name", "streamed")

    def __init__(self, source: Input | None, document: dict | None = None, error: str | None = None,
                 name: str = "", streamed: "chunks.StreamedDocument | None" = None) -> None:
        self.source, self._document, self.error, self.name, self.streamed = source, document, error, name, streamed

    @property
    def document(self) -> dict | None:
        if self._document is None and self.streamed is not None:
            self._document = self.streamed.to_dict()
        return self._document

    @document.setter
    def document(self, value: dict | None) -> None:
        self._document = value

    def __repr__(self) -> str:
        return f"Result(source={self.source!r}, error={self.error!r}, streamed={self.streamed is not None})"

    def __getstate__(self):
        return {k: getattr(self, k) for k in self.__slots__}

    def __setstate__(self, state) -> None:
        for k, v in state.items():
            setattr(self, k, v)


def run(inputs: Iterable[Input | Exception], lang: str | None = None, model: str | None = None,
        batch_size: int = 16, time_budget: float | None = None, chunk_chars: int | None = None,
        part_map=None) -> Iterator[Result]:
    """Stream inputs through the pipeline in language ``lang`` (a code; None detects each document's: the API
    turns "auto" into None, ``claims.api.language_code``). ``inputs`` may hold exceptions (unreadable files): they come out as
    error results in order, and the run goes on. ``time_budget`` (seconds) ends a document that takes longer
    with an error result (``claims.budget``); a text longer than ``chunk_chars`` (default
    ``claims.chunks.CHUNK_CHARS``) is processed in parts (``claims.chunks``). Every document is checked against
    the schema and the input before it is yielded. ``part_map``: how a long document's parts are run (see
    ``run_long``)."""
    if time_budget is not None and time_budget <= 0:
        raise ValueError("the time budget must be a positive number of seconds")
    chunk_chars = chunk_chars or chunks.CHUNK_CHARS
    batch: list[Input] = []
    for item in inputs:
        if isinstance(item, Exception):
            yield from _flush(batch, lang, model, batch_size, time_budget, chunk_chars, part_map)
            batch = []
            yield Result(None, error=str(item), name=getattr(item, "name", ""))
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _flush(batch, lang, model, batch_size, time_budget, chunk_chars, part_map)
            batch = []
    yield from _flush(batch, lang, model, batch_size, time_budget, chunk_chars, part_map)


def _flush(batch: list[Input], lang: str | None, model: str | None, batch_size: int,
           time_budget: float | None = None, chunk_chars: int | None = None, part_map=None) -> Iterator[Result]:
    if not batch:
        return
    groups: dict[str, list[int]] = {}
    codes = []
    for i, item in enumerate(batch):
        text = item.pipeline_text
        if chunks.needs_parts(text, chunk_chars or chunks.CHUNK_CHARS):
            text = text[:chunk_chars or chunks.CHUNK_CHARS]  # a long text's language: that of its first part
        code = lang or detect_language(text)
        codes.append(code)
        groups.setdefault(code, []).append(i)
    results: dict[int, Result] = {}
    for code, idxs in groups.items():
        try:
            nlp = load_pipeline(code, model)
        except (ValueError, OSError) as exc:
            for i in idxs:
                results[i] = Result(batch[i], error=f"{batch[i].path or batch[i].id}: {exc}")
            continue
        name = pipeline_name(nlp)
        limit = chunk_chars or chunks.CHUNK_CHARS
        long = [i for i in idxs if chunks.needs_parts(batch[i].pipeline_text, limit)]
        short = [i for i in idxs if not chunks.needs_parts(batch[i].pipeline_text, limit)]
        for i, doc in zip(short, parse(nlp, (batch[i].pipeline_text for i in short))):
            results[i] = _guarded(batch[i], time_budget, lambda check: process(doc, batch[i], code, name))
        for i in long:
            results[i] = run_long(batch[i], code, model, name, limit, time_budget, batch_size, part_map)
    for i in range(len(batch)):
        yield results[i]


def run_long(source: Input, code: str, model: str | None, name: str, limit: int, time_budget: float | None = None,
             batch_size: int = 16, part_map=None) -> Result:
    """A text longer than ``limit``: its parts (``claims.chunks.cut_points``) through the stages one after another,
    or through ``part_map(function, argument_tuples)`` (an ordered, lazy map: ``claims.parallel`` runs the parts
    in worker processes), and the result written to disk part by part (``claims.chunks.stream_long``): memory
    does not grow with the length of the document beyond its text. The time budget covers every part."""
    text = source.pipeline_text
    ranges = chunks.cut_points(text, limit)
    header = source.finish(to_json(Document(id=source.id, path=source.path, language=code, text=text,
                                            sha256=source.sha256, pipeline=name)))
    args = ((text[a:b], a, k, source.id, source.path, code, model, batch_size) for k, (a, b) in enumerate(ranges))
    mapper = part_map or (lambda fn, items: (fn(*item) for item in items))

    def work(check):
        parts = mapper(chunks.work_part, args)
        try:
            return chunks.stream_long(source, header, parts, ranges, limit, checkpoint=check)
        finally:
            close = getattr(parts, "close", None)
            if close is not None:
                close()  # (a pool's parts still queued are cancelled)

    return _guarded(source, time_budget, work)


def _guarded(source: Input, time_budget: float | None, work) -> Result:
    """One document's stages under its time budget, checked before it leaves the pipeline: a document that is
    not valid against the schema or whose spans are not the input's text is an internal error (one line, the
    document dropped), never an invalid output. ``work(check)`` returns the ``Document`` (a long document calls
    the budget's cooperative ``check()`` between its parts)."""
    name = source.path or source.id
    try:
        with Budget(time_budget, name) as budget:
            document = work(budget.check)
            budget.check()
        if isinstance(document, chunks.StreamedDocument):  # (mapped and checked part by part)
            return Result(source, streamed=document)
        doc = source.finish(to_json(document))  # offsets into the input's text (claims.read)
    except BudgetExceeded as exc:
        return Result(source, error=str(exc))
    except chunks.PartCheckFailed as exc:
        return Result(source, error=f"{name}: internal error: the output failed its own check ({exc}); not written")
    except Exception as exc:  # noqa: BLE001 - one bad document never stops the run
        return Result(source, error=f"{name}: internal error: {exc!r}")
    problems = validate_document(doc, source.text)
    if problems:
        return Result(source, error=f"{name}: internal error: the output failed its own check ({problems[0]}"
                                    f"{f' and {len(problems) - 1} more' if len(problems) > 1 else ''}); not written")
    return Result(source, document=doc)
