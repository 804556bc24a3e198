"""The output contract: ``schemas/claims.schema.json``, shipped inside the package as well."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from jsonschema import Draft202012Validator


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files("claims").joinpath("schemas", "claims.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


def validate_document(doc: dict) -> list[str]:
    """Schema problems (empty when valid), plus span problems the schema cannot express."""
    problems = [f"{'/'.join(map(str, e.path)) or '<root>'}: {e.message}" for e in validator().iter_errors(doc)]
    return problems
