"""The rule registries: every statement names a registered rule, and later stages read its declarations."""
from __future__ import annotations

from pathlib import Path

import pytest

import claims
from claims.attribution import RULES
from claims.confidence import ATTRIBUTION_SLOTS, feature_names
from claims.registry import Registry

ROOT = Path(__file__).resolve().parents[1]


def test_every_statement_of_the_example_articles_names_a_registered_rule():
    seen = set()
    for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt")):
        doc = claims.extract(path.read_text(encoding="utf-8"))
        for claim in doc["claims"]:
            stage, _, name = claim["rule"].partition(":")
            assert stage == "attribution" and name in RULES, claim["rule"]
            seen.add(name)
    assert len(seen) >= 3


def test_every_rule_has_a_docstring_and_every_model_slot_one_rule():
    for rule in RULES:
        assert len(rule.doc) > 20, rule.id
    fed = [rule.feature for rule in RULES if rule.feature]
    assert sorted(fed) == sorted(ATTRIBUTION_SLOTS)  # each slot fed once, no rule feeds a slot the model lacks
    assert all(f"via_{slot}" in feature_names() for slot in ATTRIBUTION_SLOTS)


def test_a_renamed_rule_keeps_its_model_slot():
    from claims.confidence import features
    from claims.model import Claim, Span

    claim = Claim(kind="direct", span=Span(0, 4, "test"), via="trailing")
    registry_slot = features(claim)
    assert registry_slot[feature_names().index("via_trailing")] == 1.0
    unknown = Claim(kind="direct", span=Span(0, 4, "test"), via="no_such_rule")
    assert sum(features(unknown)[feature_names().index(f"via_{s}")] for s in ATTRIBUTION_SLOTS) == 0.0


def test_registry_refuses_twice_registered_rules_and_unknown_traits():
    reg = Registry("demo", {"framed": "a frame"})

    @reg.rule("one", traits=("framed",))
    def one():
        """Finds one thing."""

    assert reg["one"].id == "demo:one" and reg["one"].doc == "Finds one thing." and reg["one"].run is one
    assert reg.has("one", "framed") and not reg.has("missing", "framed")
    with pytest.raises(ValueError, match="twice"):
        reg.declare("one", "again")
    with pytest.raises(ValueError, match="unknown traits"):
        reg.declare("two", "x", traits=("nope",))
    with pytest.raises(KeyError):
        reg.has("one", "misspelt")


def test_traits_say_what_status_needs_to_know():
    assert RULES.has("headline", "framed") and RULES.has("colon", "framed")
    assert RULES.has("complementizer", "governed") and not RULES.has("trailing", "governed")
    assert RULES.has("floating", "cue_borrowed")


def test_the_attribution_doc_lists_every_rule_and_trait():
    doc = (ROOT / "docs" / "attribution.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"| `{rule.name}` |" in doc, rule.id
    for trait in RULES.trait_docs:
        assert f"| `{trait}` |" in doc, trait
