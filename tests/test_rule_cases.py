"""Small cases per rule and language (tests/rules/*.toml): text → the statement, its speaker and the rule that
produced it. Every registered rule has at least one case."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import claims
from claims.attribution import RULES

CASES = tomllib.loads((Path(__file__).parent / "rules" / "attribution.toml").read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['rule']}-{c['lang']}-{n}" for n, c in enumerate(CASES)])
def test_attribution_rule_case(case):
    doc = claims.extract(case["text"], lang=case["lang"])
    names = {s["id"]: s["name"] for s in doc["speakers"]}
    found = [c for c in doc["claims"] if c["text"] == case["statement"]]
    assert found, f"no statement {case['statement']!r} in {[c['text'] for c in doc['claims']]}"
    claim = found[0]
    assert claim["rule"] == RULES[case["rule"]].id
    assert names.get(claim["speaker_id"], "") == case["speaker"]


def test_every_attribution_rule_has_a_case():
    assert {rule.name for rule in RULES} - {c["rule"] for c in CASES} == set()
    assert {c["rule"] for c in CASES} <= {rule.name for rule in RULES}
