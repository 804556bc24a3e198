"""The syntax layer every stage reads parses through: dependency relations by name, per annotation scheme.

The rules never spell a dependency label. They ask for a named set of relations (``deps.subject``,
``deps.clausal_complement``), and the sets are data: one file per annotation scheme in
``claims/lang/schemes/<scheme>.json``. A parsing pipeline is accepted only when one scheme file holds every label
its parser can produce (``scheme_for_labels``); ``register`` ties the pipeline's vocabulary to that scheme, and
``deps_of(doc)`` gives a parsed text's sets. A pipeline of another scheme (spaCy's English ``en_core_web_*``
pipelines use ClearNLP labels, where a preposition heads its noun) is refused instead of silently firing other
rules: supporting it means writing its scheme file and checking the rules on its trees.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from types import SimpleNamespace


class UnknownScheme(ValueError):
    """A parsing pipeline whose dependency labels no scheme file covers."""


def available_schemes() -> list[str]:
    folder = resources.files("claims").joinpath("lang", "schemes")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))


@lru_cache(maxsize=None)
def _raw(name: str) -> dict:
    return json.loads(resources.files("claims").joinpath("lang", "schemes", f"{name}.json").read_text("utf-8"))


def _expand(sets: dict[str, list[str]], name: str, seen: tuple[str, ...] = ()) -> frozenset[str]:
    if name in seen:
        raise ValueError(f"label set '{name}' refers to itself")
    out: set[str] = set()
    for entry in sets[name]:
        out |= _expand(sets, entry[1:], seen + (name,)) if entry.startswith("@") else {entry}
    return frozenset(out)


@lru_cache(maxsize=None)
def load_scheme(name: str) -> SimpleNamespace:
    """The named label sets of one scheme as frozensets (``load_scheme("ud").subject``); ``.name`` and
    ``.labels`` give the scheme's name and all its labels. A set name that does not exist is an AttributeError."""
    raw = _raw(name)
    labels = frozenset(raw["labels"])
    sets = {key: _expand(raw["sets"], key) for key in raw["sets"]}
    for key, values in sets.items():
        if values - labels:
            raise ValueError(f"scheme '{name}': set '{key}' names labels outside the scheme: {sorted(values - labels)}")
    return SimpleNamespace(name=name, labels=labels, **sets)


def scheme_for_labels(labels) -> str | None:
    """The first scheme (by name) whose labels include all of ``labels``; None when no scheme file does."""
    wanted = set(labels)
    for name in available_schemes():
        if wanted <= load_scheme(name).labels:
            return name
    return None


_BY_VOCAB: dict[int, SimpleNamespace] = {}  # id(vocab) → scheme: loaded pipelines live for the whole process


def parser_labels(nlp) -> list[str]:
    return [label for name in ("parser", "beam_parser") if name in nlp.pipe_names
            for label in nlp.get_pipe(name).labels]


def register(nlp, model: str = "") -> SimpleNamespace:
    """Find the scheme of a loaded pipeline's parser and tie the pipeline's docs to it; UnknownScheme when no
    scheme file covers its labels."""
    labels = parser_labels(nlp)
    name = scheme_for_labels(labels)
    if name is None:
        known = {n: sorted(set(labels) - load_scheme(n).labels)[:5] for n in available_schemes()}
        raise UnknownScheme(
            f"the parsing pipeline {model or nlp.meta.get('name', '')!r} uses dependency labels that no scheme in "
            f"claims/lang/schemes knows ({'; '.join(f'{n}: not {missing}' for n, missing in known.items())})")
    _BY_VOCAB[id(nlp.vocab)] = load_scheme(name)
    return _BY_VOCAB[id(nlp.vocab)]


def deps_of(doc) -> SimpleNamespace:
    """The label sets of the scheme a parsed text was parsed with (its pipeline was loaded by
    ``claims.parse.load_pipeline``)."""
    try:
        return _BY_VOCAB[id(doc.vocab)]
    except KeyError:
        raise UnknownScheme("this text was parsed by a pipeline that claims.parse.load_pipeline did not load, "
                            "so its dependency scheme is unknown") from None
