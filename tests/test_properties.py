"""Property tests: for arbitrary text the output validates against the schema and every span is exact."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claims
from claims.schema import validate_document

PIECES = st.sampled_from([
    '"', "'", "“", "”", "„", ",,", "''", "‘", "’", "«", "»", "‹", "›", ":", ",", ".", "?", "\n", "\n\n", " ",
    "zegt", "zei", "dat", "volgens", "aldus", "said", "that", "according to", "de woordvoerder", "hij", "she",
    "zo'n", "'s avonds", "it's", "Jan de Vries", "The ministry", "bevestigd", "niet", "reportedly", "😀", "\u00a0",
    "De politie", "meldde", "te hebben", "Dat", "\t", "ë", "ß",
    # figures, dates and numbers that are none, the reporter's checks, live-blog time stamps
    " 212 ", "ruim tweehonderd", "£4.6m", "70%", "two thirds", "41-day", "six weeks", "1.2.3", "12.03.2024",
    "10.0.0.1", "2bn", "½", "seen by this newspaper", "die deze krant inzag", "22.15 ", "also denied",
])
TEXT = st.one_of(st.text(max_size=200), st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join))


def spans(doc):
    for c in doc["claims"]:
        yield c
        if c["speaker"]:
            yield c["speaker"]
        if c["cue"]:
            yield c["cue"]
        yield from c["evidence"]
    for s in doc["speakers"]:
        yield from s["mentions"]


def check(text, lang):
    doc = claims.extract(text, lang=lang)
    assert validate_document(doc) == []
    assert doc["document"]["chars"] == len(text)
    for span in spans(doc):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert span["text"] == text[span["start"]:span["end"]]
    for w in doc["warnings"]:
        assert 0 <= w["start"] <= w["end"] <= len(text)
    ids = {s["id"] for s in doc["speakers"]}
    assert all(c["speaker_id"] is None or c["speaker_id"] in ids for c in doc["claims"])
    assert claims.extract(text, lang=lang) == doc  # deterministic


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_dutch_output_is_valid_for_any_text(text):
    check(text, "nl")


@SETTINGS
@given(TEXT)
def test_english_output_is_valid_for_any_text(text):
    check(text, "en")


def test_empty_text():
    check("", "nl")
    check("", "en")


def test_a_name_apposition_of_punctuation_only_is_no_crash():
    # found by the hostile-text property test: a low quote mark the parser hung on a number as an apposition
    doc = claims.extract("240 miljoen\u201ezegt", lang="nl")
    validate_document(doc)
