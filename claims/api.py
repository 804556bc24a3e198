"""The Python API. Every CLI command calls one of these; they return data and never print."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .pipeline import Result, run
from .read import Input, InputError, from_text, read_path


def extract(text: str, lang: str | None = None, model: str | None = None, doc_id: str = "text",
            path: str | None = None) -> dict:
    """Statements, speakers and status for one article, as a document valid against the JSON schema."""
    result = next(run([from_text(text, doc_id, path)], lang=lang, model=model))
    if result.error:
        raise ValueError(result.error)
    return result.document


def _inputs(paths: Iterable[str | Path]) -> Iterator[Input | Exception]:
    for p in paths:
        try:
            yield read_path(p)
        except InputError as exc:
            exc.name = str(p)
            yield exc


def extract_many(paths: Iterable[str | Path], lang: str | None = None, model: str | None = None,
                 batch_size: int = 16) -> Iterator[Result]:
    """Stream files (``-`` for standard input) through the pipeline, one ``Result`` per path, in order."""
    return run(_inputs(paths), lang=lang, model=model, batch_size=batch_size)


def evaluate(gold_dir: str | Path, threshold: float = 0.5, lang: str | None = None, model: str | None = None,
             split: str | None = None) -> dict:
    """Accuracy against the gold corpus (see ``claims.evaluate``)."""
    from .evaluation import evaluate_corpus

    return evaluate_corpus(Path(gold_dir), threshold=threshold, model=model, split=split, lang=lang)
