"""Golden end-to-end tests: the example articles in fixtures/articles against their expected statements in
fixtures/golden (kind, text, speaker, anonymous, status, evidence types). After an intended change in behaviour,
regenerate with `python tests/test_golden.py --update` and review the diff."""
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
GOLDEN = ROOT / "fixtures" / "golden"


def summary(path: Path) -> dict:
    import claims

    text = path.read_text(encoding="utf-8")
    doc = claims.extract(text)
    speakers = {s["id"]: s for s in doc["speakers"]}
    return {
        "language": doc["document"]["language"],
        "claims": [{
            "kind": c["kind"], "text": c["text"], "start": c["start"],
            "speaker": speakers[c["speaker_id"]]["name"] if c["speaker_id"] else None,
            "anonymous": speakers[c["speaker_id"]]["anonymous"] if c["speaker_id"] else None,
            "cue": c["cue"]["lemma"] if c["cue"] else None,
            "status": c["status"], "evidence": sorted({e["type"] for e in c["evidence"]}),
            "rule": c["rule"], "evidence_rules": sorted({e["rule"] for e in c["evidence"]}),
        } for c in doc["claims"]],
        "warnings": [w["code"] for w in doc["warnings"]],
    }


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_golden(article):
    expected = json.loads((GOLDEN / f"{article.stem}.json").read_text(encoding="utf-8"))
    assert summary(article) == expected


def test_the_fixtures_show_every_evidence_type_in_both_languages():
    from claims.gold import EVIDENCE_TYPES
    seen: dict[str, set[str]] = {}
    for golden in GOLDEN.glob("*.json"):
        doc = json.loads(golden.read_text(encoding="utf-8"))
        for claim in doc["claims"]:
            seen.setdefault(doc["language"], set()).update(claim["evidence"])
    assert seen == {"nl": EVIDENCE_TYPES, "en": EVIDENCE_TYPES}


def test_every_article_has_a_golden_file():
    assert ARTICLES and {a.stem for a in ARTICLES} == {g.stem for g in GOLDEN.glob("*.json")}


if __name__ == "__main__" and "--update" in sys.argv:
    sys.path.insert(0, str(ROOT))
    for article in ARTICLES:
        (GOLDEN / f"{article.stem}.json").write_text(
            json.dumps(summary(article), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote", GOLDEN / f"{article.stem}.json")
