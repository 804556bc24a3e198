"""Tokenization around quote marks and apostrophes (claims.tokenizer.customize_tokenizer)."""
from __future__ import annotations

import pytest
import spacy

from claims.tokenizer import customize_tokenizer

QUOTES = {",,", "''", "’’", "„", "“", "”", "‘", "’", "«", "»", "‹", "›", '"', "'"}


@pytest.fixture(scope="module", params=["nl", "en"])
def nlp(request):
    return customize_tokenizer(spacy.blank(request.param))


def toks(nlp, text):
    return [t.text for t in nlp(text)]


# Quote marks at word edges: the same in every language.
EDGE_CASES = [
    (",,De minister zegt", [",,", "De", "minister", "zegt"]),
    ("dat we gaan.''", ["dat", "we", "gaan", ".", "''"]),
    ("dat we gaan.’’", ["dat", "we", "gaan", ".", "’’"]),
    ("„Het is klaar”, zegt hij.", ["„", "Het", "is", "klaar", "”", ",", "zegt", "hij", "."]),
    ("Hij zegt:„Nee.”", ["Hij", "zegt", ":", "„", "Nee", ".", "”"]),
    ("Hij zegt:„ Nee”", ["Hij", "zegt", ":", "„", "Nee", "”"]),
    ("zei:,,Nee''", ["zei", ":", ",,", "Nee", "''"]),
    ("“Yes,” he said.", ["“", "Yes", ",", "”", "he", "said", "."]),
    ("‘Ja’, zei ze.", ["‘", "Ja", "’", ",", "zei", "ze", "."]),
    ("'Nee', zei hij.", ["'", "Nee", "'", ",", "zei", "hij", "."]),
    ("«Non» en ‹oui›", ["«", "Non", "»", "en", "‹", "oui", "›"]),
    ('"Quote" said', ['"', "Quote", '"', "said"]),
    ("(„Ja”)", ["(", "„", "Ja", "”", ")"]),
    ("Ze zei: ‘Nee’.", ["Ze", "zei", ":", "‘", "Nee", "’", "."]),
]


@pytest.mark.parametrize("text,expected", EDGE_CASES)
def test_quote_marks_split_at_word_edges(nlp, text, expected):
    assert toks(nlp, text) == expected


# Apostrophes inside words and in elisions. Dutch keeps every case whole; English keeps its treebank's
# contraction split (do + n't, it + 's, auto + 's) with the apostrophe inside the clitic, never alone.
APOSTROPHE_CASES = {
    "zo'n auto": {"nl": ["zo'n", "auto"], "en": ["zo'n", "auto"]},
    "zo’n auto": {"nl": ["zo’n", "auto"], "en": ["zo’n", "auto"]},
    "'s avonds laat": {"nl": ["'s", "avonds", "laat"], "en": ["'s", "avonds", "laat"]},
    "’s nachts": {"nl": ["’s", "nachts"], "en": ["’s", "nachts"]},
    "„’s Avonds”": {"nl": ["„", "’s", "Avonds", "”"], "en": ["„", "’s", "Avonds", "”"]},
    "auto's kopen": {"nl": ["auto's", "kopen"], "en": ["auto", "'s", "kopen"]},
    "de auto’s.": {"nl": ["de", "auto’s", "."], "en": ["de", "auto", "’s", "."]},
    "I don’t know": {"nl": ["I", "don’t", "know"], "en": ["I", "do", "n’t", "know"]},
    "it's late": {"nl": ["it's", "late"], "en": ["it", "'s", "late"]},
    "rock 'n' roll": {"nl": ["rock", "'n'", "roll"], "en": ["rock", "'n'", "roll"]},
    "rock ’n’ roll,": {"nl": ["rock", "’n’", "roll", ","], "en": ["rock", "’n’", "roll", ","]},
    "in '95.": {"nl": ["in", "'95", "."], "en": ["in", "'95", "."]},
}


@pytest.mark.parametrize("text", list(APOSTROPHE_CASES))
def test_apostrophes_stay_in_words(nlp, text):
    got = toks(nlp, text)
    assert got == APOSTROPHE_CASES[text][nlp.lang]
    assert not any(t in {"'", "’"} for t in got), "an apostrophe was split off as if it were a quote mark"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_quoted_elision_and_closing_apostrophe(lang):
    nlp = customize_tokenizer(spacy.blank(lang))
    assert toks(nlp, "'De auto's zijn weg,' zei ze.") == (
        ["'", "De", "auto's", "zijn", "weg", ",", "'", "zei", "ze", "."] if lang == "nl"
        else ["'", "De", "auto", "'s", "zijn", "weg", ",", "'", "zei", "ze", "."]
    )


def test_dutch_elisions_from_data_file():
    nlp = customize_tokenizer(spacy.blank("nl"))
    assert toks(nlp, "in 't huis, 's-Hertogenbosch en 'k ben") == [
        "in", "'t", "huis", ",", "'s-Hertogenbosch", "en", "'k", "ben"]


def test_english_elisions_from_data_file():
    nlp = customize_tokenizer(spacy.blank("en"))
    assert toks(nlp, "'tis the '90s, 'til then") == ["'tis", "the", "'90s", ",", "'til", "then"]


def test_idempotent():
    nlp = customize_tokenizer(spacy.blank("nl"))
    pattern = nlp.tokenizer.prefix_search.__self__.pattern
    customize_tokenizer(nlp)
    assert nlp.tokenizer.prefix_search.__self__.pattern == pattern
    assert toks(nlp, ",,Ja''") == [",,", "Ja", "''"]


def test_language_without_data_still_splits_quotes():
    nlp = customize_tokenizer(spacy.blank("de"))
    assert toks(nlp, "„Nein“, sagt er.") == ["„", "Nein", "“", ",", "sagt", "er", "."]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_through_load_pipeline(lang):
    from claims.parse import bundled_languages, load_pipeline

    if lang not in bundled_languages():
        pytest.skip(f"no bundled {lang} pipeline")
    nlp = load_pipeline(lang, None)
    text = {"nl": ",,We gaan ’s avonds met zo’n auto.'' Hij zegt:„Nee.”",
            "en": "“It’s rock 'n' roll,” he said: ‘I don’t know.’"}[lang]
    got = toks(nlp, text)
    expected = {
        "nl": [",,", "We", "gaan", "’s", "avonds", "met", "zo’n", "auto", ".", "''", "Hij", "zegt", ":", "„",
               "Nee", ".", "”"],
        "en": ["“", "It", "’s", "rock", "'n'", "roll", ",", "”", "he", "said", ":", "‘", "I", "do", "n’t", "know",
               ".", "’"],
    }[lang]
    assert got == expected
    assert all(t in QUOTES for t in got if not any(c.isalnum() for c in t) and t not in {".", ",", ":"})
