"""Gold annotations: load and validate gold corpora (``fixtures/gold``, ``fixtures/realnews``).

A gold file is one article in the format of ``fixtures/gold/GUIDELINES.md``. Statements may nest (a claim inside
another source's quote or reported clause) and may omit ``start``/``end``: then the text's first occurrence is
used, and the next one for a statement whose text was already placed (as the real-news scorer does).
``load_gold`` returns the parsed articles with spans checked; ``load_gold_lenient`` also returns one error line
per file that breaks the format; ``python -m claims.gold DIR`` lists every problem in a corpus.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import model

# the output's vocabularies (``claims.model``, read from the schema), as sets
KINDS = frozenset(model.KINDS)
STATUSES = frozenset(model.STATUSES)
EVIDENCE_TYPES = frozenset(model.EVIDENCE_TYPES)


@dataclass(frozen=True)
class GoldStatement:
    text: str
    start: int
    end: int
    kind: str
    speaker: str | None
    speaker_aliases: tuple[str, ...]
    anonymous: bool
    cue: str | None
    status: str
    evidence: tuple[str, ...] = ()
    status_note: str = ""


@dataclass(frozen=True)
class GoldArticle:
    id: str
    language: str
    text: str
    statements: tuple[GoldStatement, ...]
    path: str = ""
    split: str = ""
    genre: str = ""
    topic: str = ""
    not_statements: tuple[str, ...] = field(default=())


class GoldError(ValueError):
    """A gold file that does not follow the guidelines."""


def _statement(raw: dict, text: str, where: str, placed: dict[str, int] | None = None) -> GoldStatement:
    if not isinstance(raw, dict):
        raise GoldError(f"{where}: not an object")
    for key in ("text", "kind", "status"):
        if key not in raw:
            raise GoldError(f"{where}: missing '{key}'")
    s_text = raw["text"]
    if not isinstance(s_text, str) or not s_text:
        raise GoldError(f"{where}: 'text' must be a non-empty string")
    start, end = raw.get("start"), raw.get("end")
    if start is None or end is None:
        placed = {} if placed is None else placed
        start = -1
        for _ in range(placed.get(s_text, 0) + 1):  # the same text twice: its next occurrence
            start = text.find(s_text, start + 1)
            if start < 0:
                raise GoldError(f"{where}: text not found in article: {s_text[:60]!r}")
        placed[s_text] = placed.get(s_text, 0) + 1
        end = start + len(s_text)
    if not isinstance(start, int) or not isinstance(end, int):
        raise GoldError(f"{where}: 'start' and 'end' must be integers")
    if text[start:end] != s_text:
        raise GoldError(f"{where}: text != article[{start}:{end}] ({text[start:end][:40]!r} vs {s_text[:40]!r})")
    if raw["kind"] not in KINDS:
        raise GoldError(f"{where}: unknown kind {raw['kind']!r}")
    if raw["status"] not in STATUSES:
        raise GoldError(f"{where}: unknown status {raw['status']!r}")
    evidence = tuple(raw.get("evidence") or ())
    unknown = set(evidence) - EVIDENCE_TYPES
    if unknown:
        raise GoldError(f"{where}: unknown evidence types {sorted(unknown)}")
    if s_text != s_text.strip():
        raise GoldError(f"{where}: statement text has surrounding white space")
    return GoldStatement(
        text=s_text, start=start, end=end, kind=raw["kind"], speaker=raw.get("speaker"),
        speaker_aliases=tuple(raw.get("speaker_aliases") or ()), anonymous=bool(raw.get("anonymous", False)),
        cue=raw.get("cue"), status=raw["status"], evidence=evidence, status_note=raw.get("status_note", ""),
    )


def load_article(path: Path, split: str = "") -> GoldArticle:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise GoldError(f"{path}: not a JSON object")
    for key in ("id", "language", "text", "statements"):
        if key not in raw:
            raise GoldError(f"{path}: missing '{key}'")
    text = raw["text"]
    if not isinstance(text, str) or not isinstance(raw["statements"], list):
        raise GoldError(f"{path}: 'text' must be a string and 'statements' a list")
    placed: dict[str, int] = {}
    statements = tuple(
        _statement(s, text, f"{path}: statement {i}", placed) for i, s in enumerate(raw["statements"])
    )
    # statements may nest or overlap (a claim inside another source's quote); matching stays one-to-one
    return GoldArticle(
        id=raw["id"], language=raw["language"], text=text, statements=statements, path=str(path),
        split=split, genre=raw.get("genre", ""), topic=raw.get("topic", ""),
        not_statements=tuple(n.get("text", "") for n in raw.get("not_statements") or ()),
    )


SPLITS = ("dev", "test")


def _split_of(path: Path) -> str:
    return path.parent.name if path.parent.name in SPLITS else ""


def gold_files(root: Path) -> list[tuple[Path, str]]:
    """Every gold file under ``root`` with its split (the name of its folder when it is dev or test, else "").
    Files whose name starts with ``_`` or ``.`` are not articles (notes, indexes)."""
    root = Path(root)
    if root.is_file():
        return [(root, _split_of(root))]
    return [(p, _split_of(p)) for p in sorted(root.rglob("*.json"))
            if not p.name.startswith(("_", ".")) and p.is_file()]


def load_gold(root: Path) -> list[GoldArticle]:
    return [load_article(p, split) for p, split in gold_files(root)]


def load_gold_lenient(root: Path) -> tuple[list[GoldArticle], list[str]]:
    """The articles that load, and one line per file that breaks the format (naming the file and the problem)."""
    articles, problems = [], []
    for p, split in gold_files(root):
        try:
            articles.append(load_article(p, split))
        except GoldError as exc:
            problems.append(str(exc))
    return articles, problems


def main(argv: list[str]) -> int:
    problems = 0
    articles = []
    for root in argv or ["fixtures/gold"]:
        for path, split in gold_files(Path(root)):
            try:
                articles.append(load_article(path, split))
            except GoldError as exc:
                problems += 1
                print(exc)
    n = sum(len(a.statements) for a in articles)
    conf = sum(s.status == "confirmed" for a in articles for s in a.statements)
    print(f"{len(articles)} articles, {n} statements, {conf} confirmed, {problems} files with problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
