"""Shared fixtures: the example articles, a corpus folder with unreadable files, and one extraction of it that
the check, format and table tests share (the pipeline takes a second or two to load)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"
BROKEN = "broken.txt"  # no text in any encoding tried (invalid UTF-8, and bytes Windows-1252 leaves undefined)
DANGLING = "dangling.txt"  # a symlink to nowhere
# the articles of the test corpus (the last one, with its unclosed quote, goes in a subfolder as Markdown)
CORPUS = ("en-harbour-bridge-closure", "en-school-meals-pilot", "nl-gemeente-windpark", "nl-ziekenhuis-fusie")


@pytest.fixture(scope="session")
def articles() -> list[Path]:
    return sorted(ARTICLES.glob("*.txt"))


@pytest.fixture(scope="session")
def corpus(tmp_path_factory, articles) -> Path:
    """Four example articles (one in a subfolder, as Markdown), an undecodable file, a dangling symlink, and a
    hidden folder whose file must be skipped."""
    root = tmp_path_factory.mktemp("corpus")
    four = [ARTICLES / f"{name}.txt" for name in CORPUS]
    for a in four[:3]:
        shutil.copy(a, root / a.name)
    (root / "sub").mkdir()
    shutil.copy(four[3], root / "sub" / (four[3].stem + ".md"))
    (root / BROKEN).write_bytes(b"Dit is \x81\x8d\x8f\x90\x9d geen tekst.\n")
    (root / DANGLING).symlink_to(root / "does-not-exist.txt")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "skip.txt").write_text('"Never read," he said.\n', encoding="utf-8")
    (root / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def check_run(corpus):
    """One ``claims.api.check`` over the corpus, with default configuration."""
    from claims.api import check
    from claims.checks import CheckConfig

    return check([corpus], CheckConfig())
