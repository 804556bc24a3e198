"""Per-language knowledge, one JSON data file per language (``claims/lang/<code>.json``).

No stage branches on a language code: everything language-specific (quote marks, cue verbs, hedges,
confirmation and denial words, anonymous-source nouns, pronouns, stop words for language detection) is looked up
here. Adding a language means adding a data file and a parsing pipeline.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


class _WordLists(dict):
    """One language's word lists by key (``LangData.words``), each made at the first look-up: a hit is the dict's
    own look-up in C, with no Python frame (the rules ask for lists some hundred thousand times a pass)."""

    __slots__ = ("raw",)

    def __missing__(self, key: str) -> frozenset[str]:
        found = self[key] = frozenset(w.lower() for w in self.raw.get(key, ()))
        return found


_WORDS: dict[str, _WordLists] = {}
_UNIONS: dict[str, dict[tuple[str, ...], frozenset[str]]] = {}


class UnsupportedLanguage(ValueError):
    """No data file (or no pipeline) for the requested language."""


@dataclass(frozen=True, eq=False)
class LangData:
    code: str
    raw: dict[str, Any]

    def __post_init__(self) -> None:
        # (the language's word lists and hash, kept on the instance: ``words`` and the caches keyed by language
        # are asked tens of thousands of times per article)
        lists = _WORDS.get(self.code)
        if lists is None:
            lists = _WORDS[self.code] = _WordLists()
            lists.raw = self.raw  # (the lists of a code are made from the first data given for it, as before)
        object.__setattr__(self, "_words", lists)
        object.__setattr__(self, "_unions", _UNIONS.setdefault(self.code, {}))
        object.__setattr__(self, "_hash", hash(self.code))
        # ``words`` and ``get`` as the dicts' own bound look-ups (the same answers as the methods below, without a
        # Python call: they are asked tens of thousands of times per article)
        object.__setattr__(self, "words", lists.__getitem__)
        object.__setattr__(self, "get", self.raw.get)

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self):
        return LangData, (self.code, self.raw)  # (made anew in another process: its hash is that process's)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LangData) and other.code == self.code

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.raw.get(key, default)

    def words(self, key: str) -> frozenset[str]:
        """A word list from the data file as a lower-cased set (computed once per language and key). (Each instance
        answers through its ``_WordLists``' own look-up, set in ``__post_init__``; this method is the same.)"""
        return self._words[key]


    def union(self, *keys: str) -> frozenset[str]:
        """The word lists ``keys`` together (``words(a) | words(b) | …``, joined once per language and keys: rules
        ask such unions of every candidate word)."""
        try:
            return self._unions[keys]
        except KeyError:
            found = self._unions[keys] = frozenset().union(*(self.words(k) for k in keys))
            return found


SHARED_DATA = {"given_names"}  # data files for every language (not languages themselves)


def available_languages() -> list[str]:
    return sorted(
        p.name[:-5] for p in resources.files(__package__).iterdir()
        if p.name.endswith(".json") and p.name[:-5] not in SHARED_DATA
    )


@lru_cache(maxsize=64)
def long_nouns(nouns: frozenset[str]) -> tuple[str, ...]:
    """The words of ``nouns`` longer than four letters, the ones a compound may end in ("legerwoordvoerder",
    "huurdersvereniging"): one ``str.endswith`` tries them all."""
    return tuple(sorted(n for n in nouns if len(n) > 4))


@lru_cache(maxsize=None)
def given_names() -> dict[str, frozenset[str]]:
    """Given names by usual gender ("female", "male", "unisex") and all of them ("all"), shared by all languages."""
    raw = json.loads(resources.files(__package__).joinpath("given_names.json").read_text(encoding="utf-8"))
    names = {key: frozenset(raw.get(key, [])) for key in ("female", "male", "unisex")}
    names["all"] = names["female"] | names["male"] | names["unisex"]
    return names


@lru_cache(maxsize=None)
def load_language(code: str) -> LangData:
    if code not in available_languages():
        raise UnsupportedLanguage(
            f"no language data for '{code}' (available: {', '.join(available_languages())})"
        )
    raw = json.loads(resources.files(__package__).joinpath(f"{code}.json").read_text(encoding="utf-8"),
                     object_pairs_hook=_unique_keys)
    return LangData(code=code, raw=_with_apostrophe_twins(raw))


_APOSTROPHES = ("'", "\u2019")  # the typewriter apostrophe and the typographic one edited copy uses


def _with_apostrophe_twins(raw: dict) -> dict:
    """The language's data with every word or phrase of a list that holds an apostrophe also written with the other
    apostrophe ("n't" and "n’t", "zo'n" and "zo’n"): a data file lists a word once, copy writes it either way.
    Regular expressions (keys ending in ``_patterns``) are left as written."""
    out = dict(raw)
    for key, value in raw.items():
        if key.endswith("_patterns") or not isinstance(value, list) \
                or not any(isinstance(w, str) and any(a in w for a in _APOSTROPHES) for w in value):
            continue
        seen = set(value)
        twins = [t for w in value if isinstance(w, str)
                 for t in (w.replace(*_APOSTROPHES), w.replace(*reversed(_APOSTROPHES))) if t not in seen]
        out[key] = value + list(dict.fromkeys(twins))
    return out


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    """A JSON object of a language file, refused when a key stands twice in it: JSON keeps the last of the two
    and the first list would be lost without a word."""
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"language data: the key '{key}' stands twice in one object")
        out[key] = value
    return out
