"""Long texts cost linear time: the shortcuts that keep a rule from reading the text between every cue and every
quote (or every name and every subject) must give what the full reading gives."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

import claims.attribution as attribution
from claims.attribution import attribute

from test_stage_caches import SETTINGS, TEXT, view_of

QUOTED = st.lists(st.sampled_from([
    '"We will rebuild the pier," said the mayor. ', 'She said: "It is over." ', 'The council met on Monday. ',
    '“Dit is een ramp”, zegt de burgemeester. ', 'Hij zei: „We stoppen.” ', 'Het bestuur vergaderde maandag. ',
    'Lorna Tate, a nurse, told the Herald: "Nobody came." ', '"Enough," Tate added. ', "Q: Will you stay?\n\n",
    "Yes, I will stay.\n\n", 'The report, "a disgrace", was published. ', "\n\n",
]), max_size=40).map("".join)


def _statements(text, lang):
    view = view_of(text, lang)
    return [(c.span.start, c.span.end, c.via, c.speaker) for c in attribute(view)]


@SETTINGS
@given(st.one_of(QUOTED, TEXT), st.sampled_from(["en", "nl"]))
def test_far_quotes_skipped_by_distance_change_nothing(text, lang):
    near = attribution.NEAR_QUOTE
    try:
        fast = _statements(text, lang)
        attribution.NEAR_QUOTE = 10 ** 9  # every quote read in full, as before the shortcut
        full = _statements(text, lang)
    finally:
        attribution.NEAR_QUOTE = near
    assert fast == full


@pytest.mark.parametrize("lang,text", [
    ("en", "Lorna Tate, a nurse, said she would stay. " * 3 + "\n\nQ: Will you stay?\n\nYes.\n\nQ: Why?\n\nIt is home."),
    ("nl", "Lorna Tate, verpleegkundige, zei dat ze blijft. " * 3 + "\n\nVraag: Blijft u?\n\nJa.\n\nVraag: Waarom?\n\n"
           "Het is thuis."),
])
def test_the_interviewee_is_found_the_same_way_with_one_set_of_subject_words(lang, text):
    """The interviewee named in a subject of the introduction: the subjects' words read once, not once per name."""
    answers = [c for c in attribute(view_of(text, lang)) if c.via == "interview"]
    assert answers and all(c.speaker is not None and "Tate" in c.speaker.text for c in answers)


GOLD = sorted((__import__("pathlib").Path(__file__).parents[1] / "fixtures" / "gold").glob("*/*.json"))[:16]


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_far_quotes_skipped_by_distance_change_nothing_in_the_gold_articles(path):
    import json
    doc = json.loads(path.read_text(encoding="utf-8"))
    near = attribution.NEAR_QUOTE
    try:
        fast = _statements(doc["text"], doc["language"])
        attribution.NEAR_QUOTE = 10 ** 9
        full = _statements(doc["text"], doc["language"])
    finally:
        attribution.NEAR_QUOTE = near
    assert fast == full
