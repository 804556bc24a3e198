"""The pipeline loader's choices, language detection, and a parse through each bundled pipeline."""
from __future__ import annotations

import pytest
import spacy

from claims.lang import UnsupportedLanguage, available_languages
from claims.parse import (
    bundled_languages,
    bundled_model_path,
    detect_language,
    load_pipeline,
    PIECES_PER_BATCH,
    pipeline_name,
    resolve_model,
)

needs_bundled = pytest.mark.skipif(
    not {"nl", "en"} <= set(bundled_languages()), reason="bundled nl/en pipelines not present"
)


@pytest.fixture
def no_official_packages(monkeypatch):
    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)


# --- resolve_model: which pipeline would be loaded -------------------------------------------------------------

def test_explicit_model_wins_over_everything(monkeypatch, tmp_path):
    monkeypatch.setattr(spacy.util, "is_package", lambda name: True)
    assert resolve_model("nl", str(tmp_path)) == str(tmp_path)
    assert resolve_model("en", "en_core_web_trf") == "en_core_web_trf"


def test_installed_official_package_wins_over_bundled(monkeypatch):
    installed = {"nl_core_news_sm", "nl_core_news_md"}
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name in installed)
    assert resolve_model("nl") == "nl_core_news_md"  # largest installed first
    installed.discard("nl_core_news_md")
    assert resolve_model("nl") == "nl_core_news_sm"
    installed.add("en_core_web_lg")
    assert resolve_model("en") == "en_core_web_lg"


@needs_bundled
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_bundled_pipeline_otherwise(no_official_packages, lang):
    path = resolve_model(lang)
    assert path == str(bundled_model_path(lang))
    assert (bundled_model_path(lang) / "config.cfg").exists()


def test_language_without_pipeline_raises_clear_error(no_official_packages):
    with pytest.raises(UnsupportedLanguage, match="'xx'"):
        resolve_model("xx")


def test_unknown_language_raises_unsupported_language():
    with pytest.raises(UnsupportedLanguage) as info:
        load_pipeline("xx")
    message = str(info.value)
    assert "'xx'" in message
    for code in available_languages():
        assert code in message  # tells the user what is available
    assert isinstance(info.value, ValueError)


# --- load_pipeline ----------------------------------------------------------------------------------------------

@needs_bundled
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pipeline_is_cached(lang):
    first = load_pipeline(lang)
    assert load_pipeline(lang) is first
    assert first.lang == lang
    assert "parser" in first.pipe_names
    assert "ner" not in first.pipe_names
    assert pipeline_name(first).startswith(f"{lang}_")


@needs_bundled
def test_explicit_path_is_loaded(no_official_packages):
    path = str(bundled_model_path("nl"))
    nlp = load_pipeline("nl", path)
    assert nlp.lang == "nl"
    assert load_pipeline("nl", path) is nlp


# --- detect_language --------------------------------------------------------------------------------------------

DUTCH = [
    "De burgemeester zegt dat het plan voor de nieuwe brug niet van tafel is.",
    "Volgens de politie werd er niemand gewond bij het ongeluk op de snelweg.",
    "Het kabinet heeft nog geen besluit genomen over de extra steun voor boeren.",
]
ENGLISH = [
    "The mayor said that the plan for the new bridge has not been dropped.",
    "According to police, no one was injured in the crash on the motorway.",
    "The government has yet to decide on the extra support for farmers.",
]


@pytest.mark.parametrize("text", DUTCH)
def test_detect_dutch(text):
    assert detect_language(text) == "nl"


@pytest.mark.parametrize("text", ENGLISH)
def test_detect_english(text):
    assert detect_language(text) == "en"


def test_detect_language_is_deterministic():
    mixed = "De minister said that het plan is klaar."
    results = {detect_language(mixed) for _ in range(5)}
    assert len(results) == 1
    assert detect_language(DUTCH[0], candidates=["en", "nl"]) == detect_language(DUTCH[0], candidates=["nl", "en"])


def test_detect_language_empty_text():
    assert detect_language("") == sorted(available_languages())[0]  # ties go to alphabetical order
    assert detect_language("   ") == detect_language("")
    assert detect_language("", candidates=["nl"]) == "nl"


# --- a real parse with the bundled pipelines --------------------------------------------------------------------

PARAGRAPHS = {
    "nl": ("De gemeenteraad van Utrecht heeft dinsdag ingestemd met een nieuw parkeerbeleid. "
           "Wethouder Jansen zegt dat bewoners vanaf maart minder gaan betalen. "
           "„We willen de binnenstad bereikbaar houden”, aldus Jansen."),
    "en": ("The city council approved a new parking policy on Tuesday. "
           "Councillor Jane Smith said residents would pay less from March. "
           "“We want to keep the centre accessible,” she told reporters."),
}


@needs_bundled
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_parse_news_paragraph(lang):
    nlp = load_pipeline(lang)
    doc = nlp(PARAGRAPHS[lang])
    sents = list(doc.sents)
    assert len(sents) >= 2
    assert all(t.pos_ for t in doc)
    pos = {t.pos_ for t in doc}
    assert {"NOUN", "VERB", "PUNCT"} <= pos
    assert all(t.dep_ for t in doc)
    assert sum(t.dep_ == "ROOT" for t in doc) == len(sents)
    deps = {t.dep_ for t in doc}
    assert "nsubj" in deps
    assert {"det", "punct"} <= deps
    # quote marks are tokens of their own and tagged as punctuation
    quotes = [t for t in doc if t.text in {"„", "”", "“"}]
    assert len(quotes) == 2
    assert all(t.pos_ == "PUNCT" for t in quotes)


# --- parsing paragraph by paragraph ---------------------------------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from claims.parse import blocks, parse  # noqa: E402


@given(st.text(alphabet=st.sampled_from("ab .\n\r\"“”"), max_size=80))
@settings(max_examples=200, deadline=None)
def test_the_pieces_of_a_text_join_to_the_text(text):
    pieces = blocks(text)
    assert "".join(pieces) == text
    assert all(pieces)


def test_a_parse_by_paragraph_keeps_every_character_and_no_link_crosses_a_blank_line():
    text = ("Bridge to close for a month, council says\n\nThe council said on Monday that the bridge will close in "
            "May.\n\n\nRepairs will cost £2m, a spokesperson added.")
    nlp = load_pipeline("en")
    doc = next(parse(nlp, [text]))
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)  # token offsets are into the text
    breaks = [i for i in range(len(text)) if text.startswith("\n\n", i)]
    for tok in doc:
        lo, hi = sorted((tok.idx, tok.head.idx))
        assert not any(lo < b < hi for b in breaks), (tok.text, tok.head.text)


def test_the_headline_and_the_lead_are_parsed_apart():
    nlp = load_pipeline("en")
    text = "Warehouse fire was arson, police say\n\nA fire that destroyed a warehouse was started deliberately, police said."
    doc = next(parse(nlp, [text]))
    lead_start = text.index("A fire")
    assert all(t.head.idx >= lead_start for t in doc if t.idx >= lead_start)


@needs_bundled
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_loaded_without_what_the_stages_never_run(lang):
    """No named entity recognizer, no sentence recognizer beside the parser (the parser sets sentences)."""
    nlp = load_pipeline(lang)
    assert "ner" not in nlp.component_names
    assert "parser" in nlp.pipe_names and "senter" not in nlp.pipe_names
    doc = nlp("Het is laat. Hij gaat naar huis." if lang == "nl" else "It is late. He goes home.")
    assert len(list(doc.sents)) == 2


def _annotations(doc):
    """Everything the stages read of a parsed Doc: per token its text, spacing, tags, lemma, morphology, head,
    relation and sentence start."""
    return [(t.text, t.whitespace_, t.tag_, t.pos_, t.lemma_, str(t.morph), t.head.i, t.dep_, t.is_sent_start)
            for t in doc]


@needs_bundled
@pytest.mark.parametrize("lang, texts", [
    ("en", ["Dock workers will strike on Friday, the union said.\n\nThe port authority said it had not been told.",
            "Rates rise\n\n\nThe bank raised its rate to 4.5% on Thursday, saying prices \"keep climbing\".",
            "\"We did nothing wrong,\" the mayor told reporters.",
            "A short one.\n\nAnd a second paragraph, which is a good deal longer than the first one and runs on with "
            "a clause or two, as the lead of a report often does, before it ends.\n\nA third."]),
    ("nl", ["De bond zegt dat de stakingen vrijdag beginnen.\n\nHet havenbedrijf wist van niets, zei een woordvoerder.",
            "\"Wij hebben niets verkeerd gedaan\", zei de burgemeester.\n\nDe raad vergadert dinsdag opnieuw."]),
])
def test_a_texts_parse_does_not_depend_on_its_batch(lang, texts):
    """claims parses the paragraphs of many texts in large batches (``PIECES_PER_BATCH``, ``PARSER_BATCH``): a
    text's parse must be the one it gets alone, with the smallest batches, in whatever company."""
    from spacy.tokens import Doc

    nlp = load_pipeline(lang)
    alone = [_annotations(Doc.from_docs([nlp(piece) for piece in blocks(text)], ensure_whitespace=False))
             for text in texts]  # every paragraph parsed on its own: batches of one everywhere
    for batch_size in (2, PIECES_PER_BATCH, 1000):
        together = [_annotations(doc) for doc in parse(nlp, texts * 3, batch_size=batch_size)]
        assert together == alone * 3
    assert [_annotations(doc) for doc in parse(nlp, texts[::-1])] == alone[::-1]


def test_no_sentence_starts_after_a_word_without_a_final_mark_or_after_a_rank():
    from claims.parse import load_pipeline, parse
    text = ("The van had been stolen in Leeds, Det. Ruth Ambler of the county police said.\n\n"
            "Nobody was hurt, Labour councillor Imran Vale said. A second sentence follows.")
    doc = next(iter(parse(load_pipeline("en", None), [text])))
    starts = [t.text for t in doc if t.is_sent_start and not t.is_space]
    assert starts == ["The", "Nobody", "A"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Ferry fares rise again on island routes\n\nThe operator said fares would rise by 6% in March.\n\n"
           "\"Nobody likes it,\" a councillor said.\r\n\r\nA last line without an end"),
    ("en", "  Leading spaces.\n\n\n\nMany blank lines,  two spaces\tand a tab.\n\n"),
    ("nl", "Veerdienst duurder\n\nDe rederij zegt dat de prijzen in maart met 6% stijgen.\n\n,,Niemand wil dit'', "
           "zei een raadslid."),
])
def test_the_pieces_are_joined_into_the_doc_spacys_from_docs_makes(lang, text):
    """``joined`` builds the text's Doc from its parsed paragraphs without spaCy's ``Doc.from_docs``: the same Doc,
    byte for byte, and the same Doc ``parse`` yields."""
    from spacy.tokens import Doc

    from claims.parse import joined

    nlp = load_pipeline(lang)
    parsed = [nlp(piece) for piece in blocks(text)]
    assert len(parsed) > 1
    made = joined(parsed, text)
    assert made.text == text
    assert made.to_bytes(exclude=["user_data"]) == Doc.from_docs(
        parsed, ensure_whitespace=False, exclude=["tensor"]).to_bytes(exclude=["user_data"])
    assert _annotations(made) == _annotations(next(parse(nlp, [text])))


def test_pieces_that_do_not_make_the_text_are_not_joined():
    """The join checks the words and spaces against the text: pieces of another text give None (``parse`` then
    parses the text whole, so offsets stay into the user's text)."""
    from claims.parse import joined

    nlp = load_pipeline("en")
    parsed = [nlp(piece) for piece in blocks("One paragraph.\n\nAnother one.")]
    assert joined(parsed, "One paragraph.\n\nAnother one.") is not None
    assert joined(parsed, "One paragraph.\n\nAnother one!") is None
    assert joined(parsed, "One paragraph.\n\nAnother one. And more.") is None
