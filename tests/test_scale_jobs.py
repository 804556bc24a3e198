"""--jobs: worker processes give the output of one process, byte for byte and in order; a dead worker costs its
batch, not the run."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims import parallel
from claims.api import extract_many
from claims.cli import app
from claims.parallel import default_jobs, resolve_jobs, run_jobs
from claims.read import InputError, from_text

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))]


def test_resolve_jobs():
    assert default_jobs() >= 1
    assert resolve_jobs(None) == default_jobs()
    assert resolve_jobs(8, 3) == 3
    assert resolve_jobs(4, 0) == 1
    assert resolve_jobs(1, 50) == 1


def test_workers_give_the_same_results_in_order():
    items = [from_text(t, i) for i, t in _texts()]
    bad = InputError("missing.txt: no such file")
    bad.name = "missing.txt"
    items.insert(2, bad)
    one = list(run_jobs(items, jobs=1, batch_size=2))
    two = list(run_jobs(items, jobs=2, batch_size=2))
    assert [r.document for r in two] == [r.document for r in one]
    assert [r.error for r in two] == [r.error for r in one]
    assert two[2].error == "missing.txt: no such file" and two[2].name == "missing.txt"
    assert [r.source.id if r.source else None for r in two] == [r.source.id if r.source else None for r in one]


def _dying_work(batch, lang, model, batch_size):
    if any(getattr(item, "id", "") == "die" for item in batch):
        os._exit(3)  # a worker killed in the middle of a batch (out of memory, a signal)
    from claims.pipeline import run

    return list(run(batch, lang=lang, model=model, batch_size=batch_size))


def test_a_dead_worker_costs_its_batch_only(monkeypatch):
    if "fork" not in __import__("multiprocessing").get_all_start_methods():
        pytest.skip("the replacement worker function reaches the workers by fork only")
    monkeypatch.setattr(parallel, "_work", _dying_work)
    items = [from_text("De minister zegt dat het goed gaat.", f"d{k}") for k in range(6)]
    items[3] = from_text("Dit doodt de werker.", "die")
    results = list(run_jobs(items, lang="nl", jobs=2, batch_size=1))
    assert [r.source.id for r in results] == ["d0", "d1", "d2", "die", "d4", "d5"]
    assert "worker process died" in results[3].error
    assert all(r.document is not None for k, r in enumerate(results) if k != 3)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("jobs")
    for p in sorted((ROOT / "fixtures" / "articles").glob("*.txt")):
        shutil.copy(p, root / p.name)
    (root / "broken.txt").write_bytes(b"Geen\x00 tekst: a binary file, unreadable.\n")
    return root


def _cli(args):
    result = CliRunner().invoke(app, args)
    return result.exit_code, result.stdout_bytes, result.stderr_bytes if hasattr(result, "stderr_bytes") else b""


@pytest.mark.parametrize("command", [
    ["extract", "--format", "jsonl"],
    ["check", "--format", "json", "--quiet"],
    ["table", "--quiet"],
])
def test_cli_jobs_two_is_jobs_one_byte_for_byte(command, folder):
    files = [str(p) for p in sorted(folder.glob("*.txt"))]
    args = command + (files if command[0] == "extract" else [str(folder)])
    one = _cli(args + ["--jobs", "1"])
    two = _cli(args + ["--jobs", "2"])
    assert one[0] == two[0] and one[0] in (1, 2)  # the broken file is an error (check may also find issues)
    assert one[1] == two[1] and len(one[1]) > 1000
    assert one[2] == two[2]


def test_extract_many_defaults_to_every_core_and_keeps_order(folder):
    files = sorted(folder.glob("*.txt"))
    ids = [r.source.id if r.source else r.name for r in extract_many(files, jobs=None)]
    assert ids == [p.stem if p.name != "broken.txt" else str(p) for p in files]


def test_eval_jobs_gives_the_same_report(tmp_path):
    from claims.api import evaluate

    gold = sorted((ROOT / "fixtures" / "gold").rglob("*.json"))[:4]
    for p in gold:
        shutil.copy(p, tmp_path / p.name)
    assert evaluate(tmp_path, jobs=2) == evaluate(tmp_path, jobs=1)
