"""The status rules one by one: cases per rule and language (tests/data/status_rules.yaml), each checked against the
evidence the rule recorded; the registry itself (docstrings, order, ids); and the stage's contracts (it returns new
Claims and leaves the ones it is given alone; it asks attribution for traits, never for rule names; one evidence
vocabulary)."""
from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
import yaml

from claims.confidence import BLOCKING, CONFIRMING, EVIDENCE_TYPES
from claims.lang import available_languages
from claims.status import RULES, assess
from claims.status.rules import STEPS
from extract_helpers import run

ROOT = Path(__file__).resolve().parents[1]
CASES = yaml.safe_load((ROOT / "tests/data/status_rules.yaml").read_text(encoding="utf-8"))
PACKAGE = ROOT / "claims/status"


def _cases():
    for rule, cases in CASES.items():
        for n, case in enumerate(cases):
            yield pytest.param(rule, case, id=f"{rule}-{case['lang']}-{n}")


def _claim(doc: dict, text: str, nth: int = 0) -> dict:
    found = [c for c in doc["claims"] if c["text"] == text]
    assert len(found) > nth, f"no statement {text!r} (number {nth}) in {[c['text'] for c in doc['claims']]}"
    return found[nth]


@pytest.mark.parametrize("rule,case", list(_cases()))
def test_rule_case(rule, case):
    doc = run(case["text"], case["lang"])
    claim = _claim(doc, case["statement"], case.get("nth", 0))
    by_rule = [e for e in claim["evidence"] if e["rule"] == RULES[rule].id]
    if case.get("absent"):
        assert not by_rule, by_rule
    else:
        assert case["evidence"] in {e["type"] for e in by_rule}, claim["evidence"]
        if "trigger" in case:
            assert case["trigger"] in {e["text"] for e in by_rule if e["type"] == case["evidence"]}, by_rule
    assert claim["status"] == case["status"], claim
    if "gone" in case:
        assert case["gone"] not in {c["text"] for c in doc["claims"]}


def test_every_rule_has_a_docstring_and_a_firing_case_in_every_language():
    languages = set(available_languages())
    assert set(CASES) == {r.name for r in RULES}, "a case list per registered rule, and no other"
    for rule in RULES:
        assert len(rule.doc.split()) >= 8, f"{rule.id} says too little of what it finds"
        firing = {c["lang"] for c in CASES[rule.name] if not c.get("absent")}
        assert firing == languages, (rule.id, languages - firing)


def test_the_rules_run_in_a_declared_order():
    """``answered_statement`` first, the steps, ``single_source`` last: every registered rule runs once."""
    names = ["answered_statement", *(r.name for r in STEPS), "single_source"]
    assert sorted(names) == sorted(r.name for r in RULES) and len(set(names)) == len(names)
    assert all(r.run is not None for r in RULES)


def test_evidence_ids_come_from_the_registry():
    """No evidence rule id is written by hand in the status code: only ``RULES[name].id`` makes one."""
    for path in PACKAGE.glob("*.py"):
        assert not re.search(r"[\"']status:[a-z_]+[\"']", path.read_text(encoding="utf-8")), path.name


def test_status_asks_attribution_for_traits_not_rule_names():
    for path in PACKAGE.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"\.via\s*(==|!=|in\b|not in\b)", source), path.name


def test_assess_returns_new_claims_and_leaves_its_input_alone():
    from claims.attribution import attribute
    from claims.lang import load_language
    from claims.parse import load_pipeline
    from claims.quotes import find_quotes, top_level
    from claims.speakers import cluster_speakers
    from claims.textview import TextView

    text = CASES["corroboration"][1]["text"] + "\n\n" + CASES["answered_statement"][1]["text"]
    lang = load_language("nl")
    doc = load_pipeline("nl")(text)
    view = TextView(doc, lang, top_level(find_quotes(text, lang)[0]))
    claims = attribute(view)
    claims, speakers = cluster_speakers(view, claims)  # (the speaker stage returns new claims)
    before = copy.deepcopy(claims)
    out = assess(view, claims, speakers)
    assert claims == before
    assert len(out) == len(claims) - 1  # the denial became evidence
    assert not any(o is c for o in out for c in claims)
    assert all(o.evidence for o in out)


def test_one_evidence_vocabulary():
    """The evidence types the schema allows, the gold format reads and the model is fed are one list, and the two
    camps the status decision reads are drawn from it."""
    from claims.gold import EVIDENCE_TYPES as GOLD_TYPES

    schema = json.loads((ROOT / "claims/schemas/claims.schema.json").read_text(encoding="utf-8"))
    enums = [v["enum"] for v in _walk(schema) if isinstance(v, dict) and "single_source" in v.get("enum", [])]
    assert enums and all(tuple(e) == EVIDENCE_TYPES for e in enums)
    assert set(GOLD_TYPES) == set(EVIDENCE_TYPES)
    assert set(CONFIRMING) | set(BLOCKING) <= set(EVIDENCE_TYPES) and not set(CONFIRMING) & set(BLOCKING)


def _walk(node):
    yield node
    if isinstance(node, dict):
        for v in node.values():
            yield from _walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v)


def test_the_status_doc_lists_every_rule():
    doc = (ROOT / "docs/status.md").read_text(encoding="utf-8")
    assert all(f"`{r.id}`" in doc for r in RULES), [r.id for r in RULES if f"`{r.id}`" not in doc]


def _ev(etype: str, start: int):
    from claims.model import Evidence, Span

    return Evidence(etype, Span(start, start + 1, "x"), "status:test")


def _claim_of(cue_type: str = "speech", negated: bool = False):
    from claims.model import Claim, Span

    return Claim("indirect", Span(0, 5, "words"), cue_type=cue_type, negated=negated)


def in_text_order(pos: int):
    return (0, pos)


def test_rule_status_confirms_only_what_nothing_blocks():
    from claims.status import rule_status

    c = _claim_of()
    assert rule_status(c, [_ev("confirmed", 10)], False, in_text_order) == "confirmed"
    assert rule_status(c, [_ev("corroborated", 10), _ev("hedge", 3)], False, in_text_order) == "unconfirmed"
    assert rule_status(c, [_ev("single_source", 0)], False, in_text_order) == "unconfirmed"
    assert rule_status(c, [], False, in_text_order) == "unconfirmed"


def test_rule_status_the_last_word_and_the_reporters_own_check():
    from claims.status import rule_status

    c = _claim_of()
    later_confirmation = [_ev("denied", 10), _ev("confirmed", 20)]
    assert rule_status(c, later_confirmation, False, in_text_order) == "confirmed"
    assert rule_status(c, [_ev("confirmed", 10), _ev("denied", 20)], False, in_text_order) == "unconfirmed"
    newest_first = lambda pos: (-pos, pos)  # noqa: E731  (a liveblog: what stands lower happened earlier)
    assert rule_status(c, later_confirmation, False, newest_first) == "unconfirmed"
    assert rule_status(c, [_ev("confirmed", 10), _ev("not_confirmed", 20)], False, in_text_order) == "unconfirmed"
    assert rule_status(c, [_ev("confirmed", 10), _ev("not_confirmed", 20)], True, in_text_order) == "confirmed"
    own = _claim_of("confirm")  # "X bevestigt dat …" is not undone by a no-comment elsewhere
    assert rule_status(own, [_ev("confirmed", 1), _ev("not_confirmed", 20)], False, in_text_order) == "confirmed"
    assert rule_status(own, [_ev("confirmed", 1), _ev("hedge", 2)], True, in_text_order) == "unconfirmed"


def test_settle_adds_single_source_and_builds_a_new_claim():
    from claims.status import settle

    c = _claim_of()
    evidence = [_ev("hedge", 3), _ev("hedge", 3)]
    out = settle(c, evidence, False, in_text_order, use_model=False)
    assert out is not c and c.evidence == [] and c.status == "unconfirmed" and len(evidence) == 2
    assert [e.type for e in out.evidence] == ["single_source", "hedge"]  # each piece once, in text order
    assert out.evidence[0].rule == RULES["single_source"].id
    confirmed = settle(c, [_ev("confirmed", 3)], False, in_text_order, use_model=False)
    assert confirmed.status == "confirmed" and [e.type for e in confirmed.evidence] == ["confirmed"]
