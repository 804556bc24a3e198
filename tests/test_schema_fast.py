"""The schema check in jsonschema-rs (claims.schema.schema_problems) says valid exactly when jsonschema does, and
its problems are jsonschema's words."""
from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.api import extract
from claims.schema import fast_validator, schema_problems, validate_document, validator

pytestmark = pytest.mark.skipif(fast_validator() is None, reason="jsonschema-rs is not installed")

TEXT = ("“We open the bridge on 3 May,” said the alderman, Mira Vos. The contractor says the work is finished.\n\n"
        "According to the council the cost was 4.2 million euros. “That is not true,” Vos said later.")


@pytest.fixture(scope="module")
def document():
    return extract(TEXT, lang="en")


def slow(doc) -> list[str]:
    return [f"{'/'.join(map(str, e.path)) or '<root>'}: {e.message}" for e in validator().iter_errors(doc)]


def test_a_real_document_is_valid_in_both(document):
    assert document["claims"] and document["speakers"]
    assert schema_problems(document) == [] == slow(document)


def paths(value, prefix=()):
    """Every (path, value) in a JSON value."""
    yield prefix, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, prefix + (i,))


def put(doc, path, value):
    out = copy.deepcopy(doc)
    target = out
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return out


def drop(doc, path):
    out = copy.deepcopy(doc)
    target = out
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return out


JSON = st.recursive(st.none() | st.booleans() | st.integers(-3, 10**6) | st.floats(allow_nan=False) | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                    max_leaves=6)
NASTY = st.sampled_from(["s1\n", "c1\n", "en\n", "x", "", "S1", "s", "c01", "status:", "attribution:x_y", "ZZ",
                         "-1", "a" * 64, "0" * 64 + "\n", "E", "nl", "zzzz"])


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_any_change_is_judged_alike(document, data):
    """A value anywhere in a document replaced by any JSON value (or a key dropped): valid in jsonschema-rs exactly
    when valid in jsonschema, and the problems listed are jsonschema's."""
    where = data.draw(st.sampled_from([p for p, _ in paths(document) if p]))
    if data.draw(st.booleans()) and isinstance(where[-1], str):
        doc = drop(document, where)
    else:
        doc = put(document, where, data.draw(JSON | NASTY))
    assert schema_problems(doc) == slow(doc)
    json.dumps(doc)


def test_problems_reach_validate_document(document):
    bad = put(document, ("claims", 0, "id"), "claim-1")
    problems = validate_document(bad, TEXT)
    assert problems and problems[0].startswith("claims/0/id: ")
