"""``claims eval``: accuracy against the gold corpus, per language and split.

A predicted claim matches a gold statement one-to-one when their character spans overlap with Jaccard ≥ the
threshold (greedy, best overlap first). On matched pairs: speaker accuracy (the predicted canonical name or
mention equals the gold speaker or one of its non-pronoun aliases, ignoring case, punctuation, articles,
post-nominal honorifics such as "KC" and a relative clause describing an unnamed source ("a café owner who did
not want to be named"); a bare personal name also matches a gold naming that puts a title before
it: "Eleanor Praed" names the source of gold "Judge Eleanor Praed", "Diabetes Voice" that of "the patient group
Diabetes Voice", but "Venn campaign" not that of "sources close to the Venn campaign"), kind and status accuracy, per-class precision/recall for status. End-to-end F1 counts a match only when the
speaker is right too.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from .gold import GoldArticle, GoldStatement, load_gold_lenient
from .lang import available_languages, load_language
from .parallel import resolve_jobs, run_jobs
from .read import from_text


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def match(pred: list[tuple[int, int]], gold: list[tuple[int, int]], threshold: float) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by best Jaccard overlap; pairs (pred index, gold index)."""
    pairs = sorted(((jaccard(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)), reverse=True)
    used_p, used_g, out = set(), set(), []
    for score, i, j in pairs:
        if score < threshold or score == 0:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return sorted(out)


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    words: set[str] = set()
    for code in available_languages():
        lang = load_language(code)
        words |= set(lang.get("subject_pronouns", {})) | lang.words("first_person")
    return frozenset(words)


@lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    return frozenset(w for code in available_languages() for w in load_language(code).words("articles"))


@lru_cache(maxsize=1)
def _relatives() -> frozenset[str]:
    return frozenset(w for code in available_languages() for w in load_language(code).words("relative_pronouns"))


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    return frozenset(w for code in available_languages() for w in load_language(code).words("honorifics"))


def _words(name: str) -> list[str]:
    text = unicodedata.normalize("NFKC", name).replace("’", "'")
    return [w for w in re.split(r"[\W_]+", text) if w]


def normalize_name(name: str | None) -> str:
    if not name:
        return ""
    articles = _articles()
    words = [w.lower() for w in _words(name)]
    while words and words[0] in articles:
        words = words[1:]
    rel = next((k for k, w in enumerate(words) if k > 0 and w in _relatives()), None)
    if rel is not None:
        words = words[:rel]  # "a café owner who did not want to be named" is "a café owner"
    return " ".join(_without_honorifics(words))  # "Neil Ashworth KC"


def _without_honorifics(words: list[str]) -> list[str]:
    while len(words) > 1 and words[-1].lower() in _honorifics():
        words = words[:-1]
    return words


def _titled(gold_name: str, predicted: str) -> bool:
    """``predicted`` is the proper-name tail of ``gold_name``: at least two words, all capitalised in the gold
    naming ("Eleanor Praed" of "Judge Eleanor Praed")."""
    pred = predicted.split()
    if len(pred) < 2:
        return False
    words = _without_honorifics(_words(gold_name))
    tail = words[-len(pred):]
    return len(words) > len(pred) and [w.lower() for w in tail] == pred and all(w[:1].isupper() for w in tail)


def speaker_ok(claim: dict, speakers: dict[str, dict], gold: GoldStatement) -> bool:
    if gold.speaker is None:
        return claim["speaker_id"] is None
    if claim["speaker_id"] is None:
        return False
    pronouns = _pronouns()
    namings = [gold.speaker] + [a for a in gold.speaker_aliases if normalize_name(a) not in pronouns]
    allowed = {normalize_name(a) for a in namings} - {""}
    sp = speakers.get(claim["speaker_id"], {})
    predicted = {normalize_name(sp.get("name"))}
    if claim.get("speaker"):
        predicted.add(normalize_name(claim["speaker"]["text"]))
    predicted.discard("")
    return bool(predicted & allowed) or any(_titled(a, p) for a in namings for p in predicted) \
        or any(_fuller_or_shorter(p, a) for a in namings for p in predicted)


def _fuller_or_shorter(predicted: str, gold_name: str) -> bool:
    """The naming conventions of the real-news scorer (``shared/realnews/score.py``), so that ``claims eval`` on
    real copy gives its numbers: a fuller naming that contains every word of the gold one ("minister Ollongren
    van Defensie" for "Ollongren", at most six words more), or a shorter one of two words or more, or the
    surname of a name."""
    pred = predicted.split()
    gold = normalize_name(gold_name).split()
    if not pred or not gold or predicted in _pronouns():
        return False
    if set(gold) <= set(pred) and len(pred) <= len(gold) + 6:
        return True
    surname = _words(gold_name)[-1:]
    return set(pred) <= set(gold) and (len(pred) >= 2 or (pred[0] == gold[-1] and bool(surname)
                                                            and surname[0][:1].isupper()))


class Tally:
    def __init__(self) -> None:
        self.c = defaultdict(int)

    def add(self, key: str, n: int = 1) -> None:
        self.c[key] += n

    def report(self) -> dict:
        c = self.c
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        out = {"articles": c["articles"], "gold": tp + fn, "predicted": tp + fp, "matched": tp}
        out["precision"], out["recall"], out["f1"] = _prf(tp, fp, fn)
        out["speaker_accuracy"] = _ratio(c["speaker_ok"], tp)
        out["kind_accuracy"] = _ratio(c["kind_ok"], tp)
        out["status_accuracy"] = _ratio(c["status_ok"], tp)
        for cls in ("confirmed", "unconfirmed"):
            p, r, f = _prf(c[f"{cls}_tp"], c[f"{cls}_fp"], c[f"{cls}_fn"])
            out[f"{cls}_precision"], out[f"{cls}_recall"], out[f"{cls}_f1"] = p, r, f
        e_tp = c["e2e_tp"]
        out["end_to_end_precision"], out["end_to_end_recall"], out["end_to_end_f1"] = _prf(
            e_tp, (tp + fp) - e_tp, (tp + fn) - e_tp)
        return out


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def score_article(art: GoldArticle, document: dict, threshold: float, tallies: list[Tally],
                  errors: list[dict], rules: dict[str, dict[str, int]] | None = None) -> None:
    claims = document["claims"]
    speakers = {s["id"]: s for s in document["speakers"]}
    pred_spans = [(c["start"], c["end"]) for c in claims]
    gold_spans = [(s.start, s.end) for s in art.statements]
    pairs = match(pred_spans, gold_spans, threshold)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}

    def add(key: str, n: int = 1) -> None:
        for t in tallies:
            t.add(key, n)

    add("articles")
    add("tp", len(pairs))
    add("fp", len(claims) - len(pairs))
    add("fn", len(art.statements) - len(pairs))
    for i, j in pairs:
        c, g = claims[i], art.statements[j]
        ok = speaker_ok(c, speakers, g)
        add("speaker_ok", ok)
        add("e2e_tp", ok)
        add("kind_ok", c["kind"] == g.kind)
        add("status_ok", c["status"] == g.status)
        for cls in ("confirmed", "unconfirmed"):
            add(f"{cls}_tp", c["status"] == cls and g.status == cls)
            add(f"{cls}_fp", c["status"] == cls and g.status != cls)
            add(f"{cls}_fn", c["status"] != cls and g.status == cls)
        name = speakers.get(c["speaker_id"] or "", {}).get("name")
        if not ok:
            errors.append({"article": art.id, "type": "wrong_speaker", "text": g.text,
                           "gold": g.speaker, "predicted": name, "mention": (c["speaker"] or {}).get("text")})
        if c["status"] != g.status:
            errors.append({"article": art.id, "type": "wrong_status", "text": g.text, "gold": g.status,
                           "predicted": c["status"], "evidence": [e["type"] for e in c["evidence"]],
                           "gold_evidence": list(g.evidence)})
        if c["kind"] != g.kind:
            errors.append({"article": art.id, "type": "wrong_kind", "text": g.text, "gold": g.kind,
                           "predicted": c["kind"]})
    if rules is not None:
        _tally_rules(claims, dict(pairs), art, speakers, rules)
    for j, g in enumerate(art.statements):
        if j not in matched_g:
            errors.append({"article": art.id, "type": "missed", "text": g.text, "gold": g.speaker, "kind": g.kind})
    for i, c in enumerate(claims):
        if i not in matched_p:
            errors.append({"article": art.id, "type": "false", "text": c["text"],
                           "predicted": speakers.get(c["speaker_id"] or "", {}).get("name"), "kind": c["kind"]})


def _tally_rules(claims: list[dict], matched: dict[int, int], art: GoldArticle, speakers: dict[str, dict],
                 rules: dict[str, dict[str, int]]) -> None:
    """Per rule: how many statements it produced and how many were right. An attribution rule is right when its
    statement matches a gold one and the speaker is right; a status rule (one that put evidence on a statement)
    when the statement matches and its status is right."""
    for i, c in enumerate(claims):
        j = matched.get(i)
        g = art.statements[j] if j is not None else None
        rule = c.get("rule") or "attribution:unattributed"
        row = rules.setdefault(rule, {"produced": 0, "matched": 0, "right": 0})
        row["produced"] += 1
        row["matched"] += g is not None
        row["right"] += g is not None and speaker_ok(c, speakers, g)
        for srule in sorted({e.get("rule") for e in c["evidence"] if e.get("rule")}):
            row = rules.setdefault(srule, {"produced": 0, "matched": 0, "right": 0})
            row["produced"] += 1
            row["matched"] += g is not None
            row["right"] += g is not None and c["status"] == g.status


class SelectionError(ValueError):
    """A split or language that selects no gold article."""


def evaluate_corpus(root: Path, threshold: float = 0.5, model: str | None = None, split: str | None = None,
                    lang: str | None = None, progress=None, jobs: int | None = 1) -> dict:
    """Score the pipeline on every gold article under ``root``. A gold file that breaks the format is reported
    in ``report["problems"]`` (one line naming the file) and the others are still scored; a document the
    pipeline fails on is a problem too. ``progress(done, total)`` is called after every article. Raises
    ``SelectionError`` when ``split`` or ``lang`` selects nothing."""
    loaded, problems = load_gold_lenient(root)
    splits = sorted({a.split or "all" for a in loaded})
    if split is not None and split not in splits:
        raise SelectionError(f"no gold article in split '{split}' under {root} (splits: {', '.join(splits) or 'none'})")
    langs = sorted({a.language for a in loaded})
    if lang is not None and lang not in langs:
        raise SelectionError(f"no gold article in language '{lang}' under {root} (languages: {', '.join(langs) or 'none'})")
    articles = [a for a in loaded if (split is None or (a.split or "all") == split) and (lang is None or a.language == lang)]
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    errors: list[dict] = []
    rules: dict[str, dict[str, int]] = {}
    by_lang: dict[str, list[GoldArticle]] = defaultdict(list)
    for art in articles:
        by_lang[art.language].append(art)
    done = 0
    for code, arts in sorted(by_lang.items()):
        inputs = [from_text(a.text, a.id, a.path) for a in arts]
        try:
            results = list(run_jobs(inputs, lang=code, model=model, jobs=resolve_jobs(jobs, len(inputs))))
        except (OSError, ValueError) as exc:  # no pipeline for this language
            problems.extend(f"{a.path}: {exc}" for a in arts)
            continue
        for art, result in zip(arts, results):
            done += 1
            if progress is not None:
                progress(done, len(articles))
            if result.error:
                problems.append(f"{art.path}: {result.error}")
                continue
            keys = [(code, "all"), ("all", "all"), (code, art.split or "all"), ("all", art.split or "all")]
            score_article(art, result.document, threshold,
                          [tallies[k] for k in dict.fromkeys(keys)], errors, rules)
    report = {"threshold": threshold, "results": {}, "errors": errors, "problems": problems,
              "rules": {k: rules[k] for k in sorted(rules)}}
    for (code, sp), tally in sorted(tallies.items()):
        report["results"].setdefault(code, {})[sp] = tally.report()
    return report


COLUMNS = [("articles", "docs"), ("gold", "gold"), ("predicted", "pred"), ("precision", "P"), ("recall", "R"),
           ("f1", "F1"), ("speaker_accuracy", "speaker"), ("kind_accuracy", "kind"), ("status_accuracy", "status"),
           ("confirmed_precision", "conf-P"), ("confirmed_recall", "conf-R"), ("end_to_end_f1", "e2e-F1")]


def format_text(report: dict, show_errors: bool = False) -> str:
    lines = [f"{'lang':<5} {'split':<5} " + " ".join(f"{h:>7}" for _, h in COLUMNS)]
    for code, splits in report["results"].items():
        for sp, r in splits.items():
            cells = []
            for key, _ in COLUMNS:
                v = r[key]
                cells.append(f"{v:>7}" if isinstance(v, int) else f"{v:>7.3f}")
            lines.append(f"{code:<5} {sp:<5} " + " ".join(cells))
    if show_errors:
        lines.append("")
        for e in report["errors"]:
            detail = ", ".join(f"{k}={v!r}" for k, v in e.items() if k not in ("article", "type", "text"))
            lines.append(f"{e['article']}: {e['type']}: {e['text'][:90]!r} {detail}")
    return "\n".join(lines)


def format_rules(report: dict) -> str:
    """The ``--by-rule`` table: per rule, statements produced, matched to gold, and right."""
    lines = [f"{'rule':<40} {'produced':>8} {'matched':>8} {'right':>8} {'right %':>8}"]
    for rule, r in report.get("rules", {}).items():
        share = r["right"] / r["produced"] if r["produced"] else 0.0
        lines.append(f"{rule:<40} {r['produced']:>8} {r['matched']:>8} {r['right']:>8} {share:>8.3f}")
    return "\n".join(lines)


def failing_languages(report: dict, min_f1: float) -> list[str]:
    return [code for code, splits in report["results"].items()
            if code != "all" and splits["all"]["f1"] < min_f1]
