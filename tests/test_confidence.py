"""The shipped status model: safe JSON, matching features, probabilities, decision."""
import json
from importlib import resources

from claims.confidence import decide, feature_names, features, load_model
from claims.model import Claim, Evidence, Span


def claim(*types, status="unconfirmed"):
    span = Span(0, 4, "text")
    return Claim(kind="indirect", span=span, speaker=span, status=status, cue_type="speech", via="complement",
                 evidence=[Evidence(t, span) for t in types])


def test_model_is_plain_json_with_the_current_features():
    raw = json.loads(resources.files("claims").joinpath("models", "status.json").read_text())
    assert raw["features"] == feature_names()
    assert len(raw["coef"]) == len(feature_names())
    assert {"rules_accuracy", "model_accuracy", "folds", "seed"} <= set(raw["cross_validation"])
    assert load_model() == raw


def test_features_have_the_model_width():
    assert len(features(claim("hedge"))) == len(feature_names())


def test_confirmation_evidence_raises_the_probability_of_confirmed():
    confirmed_status, confirmed_conf = decide(claim("confirmed", "corroborated", status="confirmed"))
    single_status, single_conf = decide(claim("single_source", "anonymous_source", "hedge"))
    assert confirmed_status == "confirmed"
    assert single_status == "unconfirmed"
    assert 0.5 <= confirmed_conf <= 1.0 and 0.5 <= single_conf <= 1.0
