"""Gold annotations: load and validate the gold corpus (``fixtures/gold``).

A gold file is one article in the format of ``fixtures/gold/GUIDELINES.md``. ``load_gold`` returns the parsed
articles with spans checked; ``python -m claims.gold DIR`` lists every problem in a corpus.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

KINDS = {"direct", "indirect", "mixed"}
STATUSES = {"confirmed", "unconfirmed"}
EVIDENCE_TYPES = {"hedge", "not_confirmed", "denied", "disputed", "confirmed", "corroborated",
                  "anonymous_source", "single_source"}


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


def _statement(raw: dict, text: str, where: str) -> GoldStatement:
    for key in ("text", "kind", "status"):
        if key not in raw:
            raise GoldError(f"{where}: missing '{key}'")
    s_text = raw["text"]
    start, end = raw.get("start"), raw.get("end")
    if start is None or end is None:
        start = text.find(s_text)
        if start < 0:
            raise GoldError(f"{where}: text not found in article: {s_text[:60]!r}")
        end = start + len(s_text)
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
    for key in ("id", "language", "text", "statements"):
        if key not in raw:
            raise GoldError(f"{path}: missing '{key}'")
    text = raw["text"]
    statements = tuple(
        _statement(s, text, f"{path}: statement {i}") for i, s in enumerate(raw["statements"])
    )
    spans = sorted((s.start, s.end) for s in statements)
    for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
        if b0 < a1:
            raise GoldError(f"{path}: statements overlap at {a0}-{a1} and {b0}-{b1}")
    return GoldArticle(
        id=raw["id"], language=raw["language"], text=text, statements=statements, path=str(path),
        split=split, genre=raw.get("genre", ""), topic=raw.get("topic", ""),
        not_statements=tuple(n.get("text", "") for n in raw.get("not_statements") or ()),
    )


def gold_files(root: Path) -> list[tuple[Path, str]]:
    """Every gold file under ``root`` with its split (the name of its folder: dev or test)."""
    root = Path(root)
    if root.is_file():
        return [(root, root.parent.name)]
    return [(p, p.parent.name) for p in sorted(root.rglob("*.json"))]


def load_gold(root: Path) -> list[GoldArticle]:
    return [load_article(p, split) for p, split in gold_files(root)]


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
    for art in articles:
        if not 700 <= len(art.text) <= 3000:
            print(f"{art.path}: {len(art.text)} characters (want 700-3000)")
    n = sum(len(a.statements) for a in articles)
    conf = sum(s.status == "confirmed" for a in articles for s in a.statements)
    print(f"{len(articles)} articles, {n} statements, {conf} confirmed, {problems} files with problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
