"""training/gum_subset.py: genre filter, GUM's split, and the leakage check against evaluation texts."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("gum_subset", ROOT / "training" / "gum_subset.py")
gum_subset = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gum_subset)


def _doc(doc_id: str, sentences: list[str]) -> str:
    """A small CoNLL-U document: each sentence as a flat chain of tokens."""
    out = [f"# newdoc id = {doc_id}"]
    for i, sent in enumerate(sentences, 1):
        out += [f"# sent_id = {doc_id}-{i}", f"# text = {sent}"]
        toks = sent.split()
        for j, tok in enumerate(toks, 1):
            head, rel = (0, "root") if j == 1 else (1, "dep")
            out.append(f"{j}\t{tok}\t{tok.lower()}\tX\tX\t_\t{head}\t{rel}\t_\t_")
        out.append("")
    return "\n".join(out) + "\n"


@pytest.fixture()
def gum(tmp_path: Path) -> Path:
    root = tmp_path / "gum"
    src = root / "not-to-release" / "sources"
    lists = root / "not-to-release" / "file-lists"
    src.mkdir(parents=True)
    lists.mkdir(parents=True)
    docs = {
        "GUM_news_harbour": ["The harbour board opened a second ferry berth on Monday .",
                             "Officials expect the berth to carry two thousand cars a day ."],
        "GUM_whow_soup": ["Chop three onions finely before you heat the pan ."],
        "GUM_fiction_lantern": ["The lantern swung above the quiet village square ."],
        "GUM_voyage_ridge": ["The ridge trail climbs steeply past an old stone hut ."],
        "GUM_textbook_cells": ["Plant cells store water in a large central vacuole ."],
        "GUM_interview_baker": ["Our baker told us that the ovens are lit at four every morning ."],
    }
    for name, sents in docs.items():
        (src / f"{name}.conllu").write_text(_doc(name, sents), encoding="utf-8")
    (lists / "files.train").write_text("GUM_news_harbour\nGUM_whow_soup\nGUM_fiction_lantern\nGUM_interview_baker\n")
    (lists / "files.dev").write_text("GUM_voyage_ridge\n")
    (lists / "files.test").write_text("GUM_textbook_cells\n")
    return root


def test_words_ignores_case_and_punctuation() -> None:
    assert gum_subset.words("The Board's “new” berth—opened!") == ["the", "board", "s", "new", "berth", "opened"]


def test_ngrams_of_short_and_long_sequences() -> None:
    assert gum_subset.ngrams(["a", "b"], 3) == set()
    assert gum_subset.ngrams(["a", "b", "c", "d"], 3) == {("a", "b", "c"), ("b", "c", "d")}


def test_genre_from_document_name() -> None:
    assert gum_subset.genre("GUM_news_iodine") == "news"
    assert gum_subset.genre("GUM_conversation_grounded") == "conversation"
    assert gum_subset.genre("notgum") == ""


def test_only_allowed_genres_and_gum_split_are_written(gum: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert gum_subset.main([str(gum), str(out)]) == 0
    train = (out / "train-gum-cc.conllu").read_text(encoding="utf-8")
    assert "GUM_news_harbour" in train and "GUM_interview_baker" in train
    assert "GUM_whow_soup" not in train and "GUM_fiction_lantern" not in train
    assert "GUM_voyage_ridge" in (out / "dev-gum-cc.conllu").read_text(encoding="utf-8")
    assert "GUM_textbook_cells" in (out / "test-gum-cc.conllu").read_text(encoding="utf-8")
    manifest = json.loads((out / "gum-cc-manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["skipped_genre"]["train"]) == ["GUM_fiction_lantern", "GUM_whow_soup"]
    assert manifest["dropped"] == {}


def test_documents_sharing_eight_words_or_a_sentence_are_dropped(gum: Path, tmp_path: Path) -> None:
    ev = tmp_path / "eval"
    ev.mkdir()
    # eight words in a row from the harbour document, inside other words and with other punctuation
    (ev / "a.json").write_text(json.dumps({"text": "Reporters heard: “Officials expect the berth to carry two "
                                                   "thousand vehicles”, the paper wrote."}))
    # a whole sentence (five words or more) of the ridge document
    (ev / "b.txt").write_text("Walkers agree.\nThe ridge trail climbs steeply past an old stone hut!\n")
    out = tmp_path / "out"
    gum_subset.main([str(gum), str(out), "--exclude", str(ev)])
    manifest = json.loads((out / "gum-cc-manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["dropped"]["train"]) == {"GUM_news_harbour"}
    assert set(manifest["dropped"]["dev"]) == {"GUM_voyage_ridge"}
    assert "GUM_news_harbour" not in (out / "train-gum-cc.conllu").read_text(encoding="utf-8")
    assert (out / "dev-gum-cc.conllu").read_text(encoding="utf-8") == ""
    assert manifest["kept"]["train"] == ["GUM_interview_baker"]


def test_seven_shared_words_and_short_sentences_do_not_drop(gum: Path, tmp_path: Path) -> None:
    ev = tmp_path / "eval.json"
    ev.write_text(json.dumps([{"text": "Officials expect the berth to carry two cranes. Plant cells store water."}]))
    out = tmp_path / "out"
    gum_subset.main([str(gum), str(out), "--exclude", str(ev)])
    manifest = json.loads((out / "gum-cc-manifest.json").read_text(encoding="utf-8"))
    assert manifest["dropped"] == {}


@given(st.lists(st.text(min_size=0, max_size=40), min_size=0, max_size=5))
def test_excluder_never_crashes_and_finds_its_own_text(texts: list[str]) -> None:
    ex = gum_subset.Excluder(texts)
    for text in texts:
        why = ex.overlap([text])
        if len(gum_subset.words(text)) >= gum_subset.NGRAM:
            assert why is not None


def test_genres_option_narrows_but_cannot_widen(gum: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    gum_subset.main([str(gum), str(out), "--genres", "news"])
    train = (out / "train-gum-cc.conllu").read_text(encoding="utf-8")
    assert "GUM_news_harbour" in train and "GUM_interview_baker" not in train
    with pytest.raises(SystemExit):
        gum_subset.main([str(gum), str(out), "--genres", "news,fiction"])
