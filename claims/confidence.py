"""Confidence of a statement's status: a logistic regression over evidence and attribution features.

The model is trained on the gold corpus by ``training/train_status.py`` (fixed seeds, cross-validated) and
shipped as plain JSON coefficients in ``claims/models/status.json`` — no pickles. ``confidence`` returns the
model's probability for the status the rules decided.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

from .model import EVIDENCE_TYPES, KINDS, Claim

# the evidence vocabulary (``claims.model.EVIDENCE_TYPES``, read from the schema's enum; tests/test_status_rules.py
# checks the schema, the gold format and the model's features against it), and its two camps
CONFIRMING = ("confirmed", "corroborated")  # evidence that confirms a statement
BLOCKING = ("denied", "disputed", "not_confirmed", "hedge")  # evidence that keeps it unconfirmed
CUE_TYPES = ("speech", "opinion", "directive", "confirm", "admit", "deny", "dispute", "source")
# the model's slots for the attribution rule: each rule names the slot it feeds (``feature`` in
# ``claims.attribution.RULES``), so that renaming a rule does not change the model's input
ATTRIBUTION_SLOTS = ("complement", "complementizer", "infinitive", "trailing", "anaphoric", "source", "adjacent",
                     "colon", "headline", "floating", "neighbour", "interview", "unattributed")


def feature_names() -> list[str]:
    return ([f"ev_{t}" for t in EVIDENCE_TYPES] + [f"kind_{k}" for k in KINDS] + [f"cue_{c}" for c in CUE_TYPES]
            + [f"via_{v}" for v in ATTRIBUTION_SLOTS] + ["has_speaker", "negated", "n_evidence", "rule_confirmed"])


def features(claim: Claim) -> list[float]:
    from .attribution import RULES

    types = {e.type for e in claim.evidence}
    slot = RULES[claim.via].feature if claim.via in RULES else None
    rule = 1.0 if claim.status == "confirmed" else 0.0
    return ([1.0 if t in types else 0.0 for t in EVIDENCE_TYPES]
            + [1.0 if claim.kind == k else 0.0 for k in KINDS]
            + [1.0 if claim.cue_type == c else 0.0 for c in CUE_TYPES]
            + [1.0 if slot == v else 0.0 for v in ATTRIBUTION_SLOTS]
            + [1.0 if claim.speaker is not None else 0.0, 1.0 if claim.negated else 0.0,
               min(len(claim.evidence), 6) / 6.0, rule])


@lru_cache(maxsize=1)
def load_model() -> dict:
    path = resources.files("claims").joinpath("models", "status.json")
    model = json.loads(path.read_text(encoding="utf-8"))
    if model.get("features") != feature_names():
        raise ValueError("claims/models/status.json does not match the feature set: retrain with training/train_status.py")
    return model


def probability_confirmed(claim: Claim) -> float:
    model = load_model()
    x = features(claim)
    z = model["intercept"] + sum(w * v for w, v in zip(model["coef"], x))
    return 1.0 / (1.0 + math.exp(-z))


def decide(claim: Claim) -> tuple[str, float]:
    """The final status and its confidence. ``claim.status`` holds the rules' decision; when the shipped model
    beat the rules significantly in cross-validation ("decides" in its JSON), the model's decision replaces it."""
    p = probability_confirmed(claim)
    status = claim.status
    model = load_model()
    if model.get("decides"):
        status = "confirmed" if p >= model.get("threshold", 0.5) else "unconfirmed"
    return status, (p if status == "confirmed" else 1.0 - p)
