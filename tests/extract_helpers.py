"""Shared helpers for tests that run the whole pipeline: one extraction per text, cached."""
from functools import lru_cache

import claims


@lru_cache(maxsize=None)
def run(text: str, lang: str) -> dict:
    return claims.extract(text, lang=lang)


def statements(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, canonical speaker name) for every claim."""
    doc = run(text, lang)
    names = {s["id"]: s["name"] for s in doc["speakers"]}
    return [(c["kind"], c["text"], names.get(c["speaker_id"])) for c in doc["claims"]]


def speaker_of(text: str, lang: str, claim_text: str) -> dict | None:
    doc = run(text, lang)
    by_id = {s["id"]: s for s in doc["speakers"]}
    for c in doc["claims"]:
        if c["text"] == claim_text:
            return by_id.get(c["speaker_id"])
    raise AssertionError(f"no claim {claim_text!r} in {[c['text'] for c in doc['claims']]}")
