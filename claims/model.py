"""The data model that flows between the pipeline stages, and its JSON form.

Every span is a pair of code-point offsets into the original input (end exclusive) with the text it covers;
``Span.of`` builds one from the input so that ``text == input[start:end]`` holds by construction.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

SCHEMA_VERSION = "1.0"


def _claim_enum(key: str, *inner: str) -> tuple[str, ...]:
    """The values the schema allows for a claim's ``key`` (``inner`` keys below it), in the schema's order: the
    vocabularies are written once, in ``claims/schemas/claims.schema.json``."""
    schema = json.loads(resources.files(__package__).joinpath("schemas", "claims.schema.json")
                        .read_text(encoding="utf-8"))
    node = schema["properties"]["claims"]["items"]["properties"][key]
    for step in inner:
        node = node[step]
    return tuple(node["enum"])


#: Claim kinds, statuses and evidence types (the status model's features use this order).
KINDS = _claim_enum("kind")
STATUSES = _claim_enum("status")
EVIDENCE_TYPES = _claim_enum("evidence", "items", "properties", "type")


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> "Span":
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Cue:
    span: Span
    lemma: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.span.text, "lemma": self.lemma, "start": self.span.start, "end": self.span.end}


@dataclass(frozen=True)
class Evidence:
    type: str  # one of EVIDENCE_TYPES
    span: Span
    rule: str = field(default="", compare=False)  # the status rule that found it ("status:corroboration")

    def to_dict(self) -> dict[str, Any]:
        out = {"type": self.type, **self.span.to_dict()}
        if self.rule:
            out["rule"] = self.rule
        return out


@dataclass
class Claim:
    """One quoted or reported statement."""

    kind: str  # one of KINDS
    span: Span
    speaker: Span | None = None  # the mention that attributes this statement
    cue: Cue | None = None
    speaker_id: str | None = None
    status: str = "unconfirmed"
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    via: str = ""  # how the attribution was found (internal; useful for debugging and features)
    id: str = ""
    # internal, not serialized: what later stages need from attribution
    cue_type: str = ""  # speech | opinion | confirm | admit | deny | dispute | source (volgens/according to)
    negated: bool = False
    speaker_head: int | None = None  # token index of the speaker mention's head
    sentence: tuple[int, int] = (0, 0)  # character range of the attribution sentence(s)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            **self.span.to_dict(),
            "speaker_id": self.speaker_id,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "status": self.status,
            "confidence": round(float(self.confidence), 4),
            "evidence": [e.to_dict() for e in self.evidence],
            "rule": f"attribution:{self.via or 'unattributed'}",
        }


@dataclass
class Speaker:
    id: str
    name: str
    type: str  # person | organization | group | unknown
    anonymous: bool
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "anonymous": self.anonymous,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True)
class Warning:
    code: str
    message: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "start": self.start, "end": self.end}


@dataclass
class Document:
    id: str
    path: str | None
    language: str
    text: str
    sha256: str
    pipeline: str
    claims: list[Claim] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def to_dict(self, tool_version: str) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "claims", "version": tool_version, "pipeline": self.pipeline},
            "document": {
                "id": self.id,
                "path": self.path,
                "language": self.language,
                "sha256": self.sha256,
                "chars": len(self.text),
            },
            "speakers": [s.to_dict() for s in self.speakers],
            "claims": [c.to_dict() for c in self.claims],
            "warnings": [w.to_dict() for w in self.warnings],
        }


def number_ids(claims: list[Claim], speakers: list[Speaker]) -> tuple[list[Claim], list[Speaker]]:
    """The one numbering of ids, when a document is put together for output: the speakers that attribute a claim,
    in the order given, become s1, s2, …; the claims, in text order, c1, c2, …, each pointing at its speaker's new
    id. Speakers no claim points at are dropped. Returns new objects; the arguments are not changed."""
    used = {c.speaker_id for c in claims if c.speaker_id}
    kept = [s for s in speakers if s.id in used]
    renumber = {s.id: f"s{n}" for n, s in enumerate(kept, 1)}
    ordered = sorted(claims, key=lambda c: (c.span.start, c.span.end))
    return ([replace(c, id=f"c{n}", speaker_id=renumber.get(c.speaker_id) if c.speaker_id else None)
             for n, c in enumerate(ordered, 1)],
            [replace(s, id=renumber[s.id]) for s in kept])
