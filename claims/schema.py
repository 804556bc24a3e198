"""The output contract: ``claims/schemas/claims.schema.json``, one file shipped inside the package (the top-level
``schemas/`` folder is a link to it, so the published path keeps working).

Every document is checked before it leaves the pipeline. The check runs in jsonschema-rs (compiled, a hundredth of
the time); when it finds a problem, or is not installed, ``jsonschema`` lists the problems, so that the messages
are always jsonschema's. (jsonschema-rs's regular expressions end at ``$`` where Python's also allow a final line
break: it is the stricter of the two, never the more lenient.)
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # jsonschema is imported when a document has a problem to report
    from jsonschema import Draft202012Validator


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files("claims").joinpath("schemas", "claims.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


@lru_cache(maxsize=1)
def fast_validator():
    """The schema compiled by jsonschema-rs, or None when it is not installed."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs.Draft202012Validator(schema())


def schema_problems(doc) -> list[str]:
    """``doc``'s problems against the schema, as jsonschema words them (empty when valid)."""
    fast = fast_validator()
    if fast is not None and fast.is_valid(doc):
        return []
    return [f"{'/'.join(map(str, e.path)) or '<root>'}: {e.message}" for e in validator().iter_errors(doc)]


def validate_document(doc: dict, text: str | None = None) -> list[str]:
    """Schema problems (empty when valid), plus span problems the schema cannot express: every span has
    start <= end, and, when the input ``text`` is given, ``text[start:end] == span text`` for every claim, cue,
    speaker mention and piece of evidence (``== source_text`` for a span that runs over markup: its ``text`` is
    then the prose read from there)."""
    problems = schema_problems(doc)
    for where, span in _spans(doc):
        start, end = span.get("start"), span.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue  # (the schema reported it)
        if start > end:
            problems.append(f"{where}: start {start} > end {end}")
        elif text is not None and text[start:end] != span.get("source_text", span.get("text")):
            problems.append(f"{where}: {'source_text' if 'source_text' in span else 'text'} != input[{start}:{end}]")
    return problems


def _spans(doc: dict):
    for i, c in enumerate(doc.get("claims", []) if isinstance(doc, dict) else []):
        if not isinstance(c, dict):
            continue
        yield f"claims/{i}", c
        for key in ("speaker", "cue"):
            if isinstance(c.get(key), dict):
                yield f"claims/{i}/{key}", c[key]
        for k, e in enumerate(c.get("evidence") or []):
            if isinstance(e, dict):
                yield f"claims/{i}/evidence/{k}", e
    for i, s in enumerate(doc.get("speakers", []) if isinstance(doc, dict) else []):
        for k, m in enumerate(s.get("mentions") or [] if isinstance(s, dict) else []):
            if isinstance(m, dict):
                yield f"speakers/{i}/mentions/{k}", m
