"""The first acceptance case: the seed article in ../shared/seed (not shipped; skipped when absent)."""
import json
from pathlib import Path

import pytest

from claims.evaluation import normalize_name
from extract_helpers import run

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"
pytestmark = pytest.mark.skipif(not (SEED / "toretsk-nl.txt").exists(), reason="../shared/seed is not present")


@pytest.fixture(scope="module")
def seed():
    text = (SEED / "toretsk-nl.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED / "toretsk-nl.gold.json").read_text(encoding="utf-8"))
    return text, gold, run(text, "nl")


def test_seed_statements_exactly_as_gold(seed):
    text, gold, doc = seed
    assert [c["text"] for c in doc["claims"]] == [s["text"] for s in gold["statements"]]
    assert [c["kind"] for c in doc["claims"]] == [s["kind"] for s in gold["statements"]]


def test_seed_speakers(seed):
    text, gold, doc = seed
    names = {s["id"]: s for s in doc["speakers"]}
    for c, g in zip(doc["claims"], gold["statements"]):
        sp = names[c["speaker_id"]]
        allowed = {normalize_name(g["speaker"])} | {normalize_name(a) for a in g["speaker_aliases"]}
        assert normalize_name(sp["name"]) in allowed, (c["text"], sp["name"])
        assert sp["anonymous"] == g["anonymous"]
    # the spokesperson is quoted twice: one speaker
    assert doc["claims"][1]["speaker_id"] == doc["claims"][2]["speaker_id"]


def test_seed_first_statement_not_confirmed(seed):
    text, gold, doc = seed
    first = doc["claims"][0]
    assert first["status"] == "unconfirmed"
    ev = [e for e in first["evidence"] if e["type"] == "not_confirmed"]
    assert ev and "nog niet bevestigd" in ev[0]["text"]
    assert [c["status"] for c in doc["claims"]] == [s["status"] for s in gold["statements"]]
