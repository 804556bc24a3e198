"""The failure families seen on real published news, one small case per family and language, written for this
project (never text from a real article). Each names the rule that must fire (the ``rule`` field)."""
import pytest

import claims


def _by_text(doc: dict) -> dict[str, dict]:
    names = {s["id"]: s for s in doc["speakers"]}
    return {c["text"]: {**c, "name": names[c["speaker_id"]]["name"] if c["speaker_id"] else None,
                        "anonymous_speaker": names[c["speaker_id"]]["anonymous"] if c["speaker_id"] else None}
            for c in doc["claims"]}


def _find(doc: dict, start: str) -> dict:
    hits = [c for t, c in _by_text(doc).items() if t.startswith(start)]
    assert hits, (start, list(_by_text(doc)))
    return hits[0]


# --- quotes without a cue: the person introduced in the paragraph before -----------------------------------------

@pytest.mark.parametrize("lang,text,quote,speaker", [
    ("en", "Floodwater reached the ward on Monday.\n\nMarta Quill, the night manager at the shelter, has not slept "
           "since the river rose.\n\n“We moved forty beds upstairs in one hour. Nobody was hurt.”",
     "We moved forty beds", "Marta Quill"),
    ("nl", "Het water stond maandag in de kelder.\n\nJoost Verbeek, beheerder van de sporthal, is al drie dagen in "
           "touw.\n\n\"We hebben alle matten naar boven gesleept. Er is niemand gewond geraakt.\"",
     "We hebben alle matten", "Joost Verbeek"),
])
def test_a_quote_opening_its_paragraph_belongs_to_the_person_introduced_just_before(lang, text, quote, speaker):
    c = _find(claims.extract(text, lang=lang), quote)
    assert c["name"] == speaker
    assert c["rule"] == "attribution:neighbour"


@pytest.mark.parametrize("lang,text,quote", [
    ("en", "Quill Bakery to close after 80 years\n\n“I start at four every morning and I cannot go on.”", "I start"),
    ("nl", "Bakkerij De Graanzolder sluit na 80 jaar\n\n\"Ik sta hier elke ochtend om vier uur.\"", "Ik sta hier"),
])
def test_a_headline_introduces_nobody(lang, text, quote):
    c = _find(claims.extract(text, lang=lang), quote)
    assert c["name"] is None


# --- nested statements ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,outer,inner,inner_speaker", [
    ("en", "The Harbour Gazette reported that dock workers say the crane collapsed twice last year.",
     "dock workers say", "the crane collapsed twice", "dock workers"),
    ("nl", "De bewonersvereniging stelt volgens de gemeente dat de kraan vorig jaar twee keer is omgevallen.",
     "De bewonersvereniging stelt", "de kraan vorig jaar", "de bewonersvereniging"),
])
def test_a_statement_reported_inside_another_is_a_statement_too(lang, text, outer, inner, inner_speaker):
    doc = claims.extract(text, lang=lang)
    o, i = _find(doc, outer), _find(doc, inner)
    assert o["start"] <= i["start"] and i["end"] <= o["end"]
    assert i["name"].lower() == inner_speaker
