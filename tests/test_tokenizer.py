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


# --- loading: the saved tokenizer built once (claims.tokenizer.from_saved) is the ordinary one, customized -------

SAMPLES = [
    "“It’s rock 'n' roll,” he said: ‘I don’t know.’ Dr. Smith (U.S.) paid $3.5m at 9 a.m. on Jan. 5th.",
    ",,We gaan ’s avonds met zo’n auto.'' Hij zegt:„Nee.” Zie o.a. blz. 4 t/m 7, d.w.z. niet dat.",
    "Mail info@example.org or see https://example.org/a?b=c — 'twas 'n dag. «Non», dit-il. St. Paul's, e.g. this.",
    "Hulsman ontkent dat. Mr. O'Neil can't won't shan't; y'all. 1.000,50 euro. zo'n 50% (ca. 1/3).",
]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_saved_tokenizer_built_once_equals_loading_then_customizing(lang):
    from claims.parse import bundled_languages, load_pipeline, model_dir, resolve_model

    if lang not in bundled_languages():
        pytest.skip(f"no bundled {lang} pipeline")
    name = resolve_model(lang)
    ordinary = customize_tokenizer(spacy.load(name, exclude=["ner"]))
    fast = load_pipeline(lang, None)
    assert model_dir(name) is not None  # (so the fast path was taken)
    a, b = ordinary.tokenizer, fast.tokenizer
    assert a.rules == b.rules
    for attr in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        pa, pb = getattr(a, attr), getattr(b, attr)
        assert (pa is None) == (pb is None)
        if pa is not None:
            assert pa.__self__.pattern == pb.__self__.pattern
    assert a.faster_heuristics == b.faster_heuristics
    for text in SAMPLES:
        assert [(t.text, t.idx) for t in a(text)] == [(t.text, t.idx) for t in b(text)]


def test_read_saved_refuses_what_is_no_saved_tokenizer(tmp_path):
    from claims.tokenizer import read_saved

    assert read_saved(tmp_path / "missing") is None
    (tmp_path / "junk").write_bytes(b"\x93\x01\x02\x03")  # valid msgpack, not a tokenizer's fields
    assert read_saved(tmp_path / "junk") is None


def test_pipeline_without_saved_tokenizer_is_loaded_the_ordinary_way(tmp_path):
    """A pipeline folder whose tokenizer is not spaCy's rule-based one (or has no tokenizer file) is loaded with
    its own tokenizer and customized as before."""
    from claims.parse import _plan

    nlp = spacy.blank("en")
    nlp.to_disk(tmp_path / "blank")
    (tmp_path / "blank" / "tokenizer").unlink()
    exclude, saved = _plan(str(tmp_path / "blank"))
    assert saved is None and "ner" in exclude
    exclude, saved = _plan("no-such-pipeline-anywhere")
    assert (exclude, saved) == (["ner"], None)


def test_a_pipeline_saved_after_customizing_loads_as_saved(tmp_path):
    """A pipeline written to disk from claims (its tokenizer already customized) is loaded with that tokenizer,
    not customized twice nor left without its special cases."""
    from claims.parse import _load

    nlp = customize_tokenizer(spacy.blank("nl"))
    nlp.to_disk(tmp_path / "saved")
    loaded = _load(str(tmp_path / "saved"))
    assert loaded.tokenizer.rules == nlp.tokenizer.rules
    assert loaded.tokenizer.prefix_search.__self__.pattern == nlp.tokenizer.prefix_search.__self__.pattern
    text = ",,We gaan ’s avonds met zo’n auto.'' Hij zegt:„Nee.” Zie o.a. blz. 4."
    assert toks(loaded, text) == toks(nlp, text)


@pytest.mark.parametrize("text,expected", [
    ("Bakker/KL Holding", ["Bakker", "/", "KL", "Holding"]),
    ("en/of", ["en", "/", "of"]),
    ("the Hale/Morton inquiry", ["the", "Hale", "/", "Morton", "inquiry"]),
    ("24/7", ["24/7"]),
    ("1/2", ["1/2"]),
])
def test_a_slash_between_words_is_a_token_of_its_own(nlp, text, expected):
    """A name pair joined by a slash is two names: kept as one token, the parser took the rest of the sentence
    for a new one and lost the statement around it. Numbers and dates keep their slash."""
    assert toks(nlp, text) == expected


def test_a_statement_around_a_slashed_name_pair_stays_whole():
    import claims
    doc = claims.extract("De fabriek praat met Bakker/KL Holding over de voorwaarden, zegt de directeur.", lang="nl")
    assert [c["text"] for c in doc["claims"]] == ["De fabriek praat met Bakker/KL Holding over de voorwaarden"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_capitals_before_a_stop_are_an_acronym_that_ends_its_sentence(lang):
    from claims.parse import bundled_languages, load_pipeline

    if lang not in bundled_languages():
        pytest.skip(f"no bundled {lang} pipeline")
    nlp = load_pipeline(lang, None)
    text = {"nl": "De fabriek sluit, meldt RTL. Ze verhuist naar de VS. J. Bos is blij.",
            "en": "The plant will close, the BBC reported on ITV. It moves to the US. J. Ross is glad."}[lang]
    doc = nlp(text)
    assert len(list(doc.sents)) == 3
    assert "J." in [t.text for t in doc]  # (an initial keeps its stop)
    assert not any(len(t.text) > 2 and t.text.endswith(".") and t.text[:-1].isupper() for t in doc)
