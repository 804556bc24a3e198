"""Registries of named rules, one per stage (``attribution``, ``status``), the way ``claims.checks.rules`` keeps
the desk's checks.

Every statement and every piece of evidence records the rule that produced it (``attribution:trailing``,
``status:corroboration``). A rule has a stable id, a docstring that says what it finds, and two declarations that
later stages read instead of branching on rule names:

- ``traits``: what kind of finding it makes (``framed`` for a heading or colon frame, ``governed`` for content a
  cue verb governs, …): the status stage asks for a trait, so a new rule with the same traits is treated alike;
- ``feature``: the slot of the shipped status model that the rule feeds (``claims.confidence``). Renaming a rule
  keeps its slot; a new rule feeds no slot until the model is retrained with one.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    id: str  # "<stage>:<name>"
    doc: str
    traits: frozenset[str] = frozenset()
    feature: str | None = None
    run: Callable | None = None  # the function that applies it, when the rule is one function

    @property
    def name(self) -> str:
        return self.id.split(":", 1)[1]


class Registry:
    """The rules of one stage by name. ``rule(name, …)`` registers a function (its docstring is the rule's);
    ``declare(name, doc, …)`` registers a rule applied inside a larger function (a content strategy of a cue)."""

    def __init__(self, stage: str, traits: dict[str, str]):
        self.stage = stage
        self.trait_docs = dict(traits)  # every trait a rule may carry, with what it means
        self._rules: dict[str, Rule] = {}

    def declare(self, name: str, doc: str, traits: tuple[str, ...] = (), feature: str | None = None,
                run: Callable | None = None) -> Rule:
        if name in self._rules:
            raise ValueError(f"rule {self.stage}:{name} is registered twice")
        unknown = set(traits) - set(self.trait_docs)
        if unknown:
            raise ValueError(f"rule {self.stage}:{name}: unknown traits {sorted(unknown)}")
        rule = Rule(f"{self.stage}:{name}", " ".join(doc.split()), frozenset(traits), feature, run)
        self._rules[name] = rule
        return rule

    def rule(self, name: str, traits: tuple[str, ...] = (), feature: str | None = None):
        def register(fn: Callable) -> Callable:
            self.declare(name, fn.__doc__ or "", traits, feature, fn)
            return fn
        return register

    def __getitem__(self, name: str) -> Rule:
        return self._rules[name]

    def __contains__(self, name: str) -> bool:
        return name in self._rules

    def __iter__(self):
        return iter(sorted(self._rules.values(), key=lambda r: r.id))

    def has(self, name: str, trait: str) -> bool:
        """Whether the rule ``name`` carries ``trait`` (an unknown trait is an error, a typo never a silent no)."""
        if trait not in self.trait_docs:
            raise KeyError(f"no trait {trait!r} in the {self.stage} registry")
        rule = self._rules.get(name)
        return rule is not None and trait in rule.traits
