"""Direct quotes found character by character: every quote style, apostrophes, nesting, paragraphs, warnings."""
import pytest

from claims.lang import load_language
from claims.quotes import find_quotes, top_level

NL = load_language("nl")
EN = load_language("en")


def contents(text, lang):
    quotes, warnings = find_quotes(text, lang)
    return [text[q.start:q.end] for q in top_level(quotes)], [w.code for w in warnings]


@pytest.mark.parametrize("text,expected", [
    ('"De situatie is instabiel", zegt hij.', ["De situatie is instabiel"]),
    ("“Het gaat goed”, zegt zij.", ["Het gaat goed"]),
    ("„Het gaat goed”, zegt zij.", ["Het gaat goed"]),
    (",,Het gaat goed'', zegt zij.", ["Het gaat goed"]),
    ("‘Het gaat goed’, zegt zij.", ["Het gaat goed"]),
    ("'Het gaat goed', zegt zij.", ["Het gaat goed"]),
    ("«Het gaat goed», zegt zij.", ["Het gaat goed"]),
    ("‹Het gaat goed›, zegt zij.", ["Het gaat goed"]),
])
def test_every_dutch_quote_style(text, expected):
    assert contents(text, NL) == (expected, [])


@pytest.mark.parametrize("text", [
    "Het was zo'n dag dat 's avonds niemand kwam.",
    "Het was zo’n dag dat ’s avonds niemand kwam.",
    "De auto's en foto's van m'n buurman in de jaren '90.",
])
def test_dutch_apostrophes_never_open_quotes(text):
    assert contents(text, NL) == ([], [])


@pytest.mark.parametrize("text", [
    "It's the players' union, and they don't like rock 'n' roll from the '90s.",
    "It’s the players’ union, and they don’t care.",
])
def test_english_apostrophes_never_open_quotes(text):
    assert contents(text, EN) == ([], [])


def test_english_trailing_comma_inside_quote_is_dropped():
    assert contents('"We will win," she said.', EN) == (["We will win"], [])


def test_final_period_inside_quote_is_kept():
    assert contents("She said: 'We will win.'", EN) == (["We will win."], [])


def test_quote_with_apostrophes_inside():
    assert contents("'It's fine, we don't mind,' she said.", EN) == (["It's fine, we don't mind"], [])


def test_nested_quote_stays_inside_the_outer_one():
    text = "“He told me ‘no’ twice,” she said."
    quotes, _ = find_quotes(text, EN)
    assert [text[q.start:q.end] for q in top_level(quotes)] == ["He told me ‘no’ twice"]
    assert [text[q.start:q.end] for q in quotes if q.depth == 1] == ["no"]


def test_split_quote_gives_two_quotes():
    text = '"Het is bizar", zegt Roethof, "en het moet stoppen."'
    assert contents(text, NL) == (["Het is bizar", "en het moet stoppen."], [])


def test_quote_over_several_paragraphs_is_one_quote():
    text = '"First paragraph of a long quote.\n\n"Second paragraph goes on.\n\n"Third ends here," he said.'
    got, warnings = contents(text, EN)
    assert got == ['First paragraph of a long quote.\n\n"Second paragraph goes on.\n\n"Third ends here']
    assert warnings == []


@pytest.mark.parametrize("text,lang,expected", [
    ('The union wrote:\n\n"Talks have failed.\n\nWe strike on Monday."\n\nThe board was silent.', EN,
     "Talks have failed.\n\nWe strike on Monday."),
    ("Smit schreef de raad:\n\n“De begroting klopt niet.\nIk trek mijn steun in.”", NL,
     "De begroting klopt niet.\nIk trek mijn steun in."),
])
def test_a_quote_whose_opening_mark_is_not_repeated_runs_to_the_mark_that_closes_it(text, lang, expected):
    # a letter or statement set out over several paragraphs: the opening mark only at the start, the closing
    # mark only at the end, and nothing in between that could open a quote
    assert contents(text, lang) == ([expected], [])


def test_unclosed_quote_warns_and_runs_to_paragraph_end():
    text = 'He said "this never closes and the rest.\n\nNext paragraph.'
    got, warnings = contents(text, EN)
    assert got == ["this never closes and the rest."]
    assert warnings == ["unclosed-quote"]


def test_stray_closing_mark_warns():
    got, warnings = contents("Het ging mis” en toen niet.", NL)
    assert got == [] and warnings == ["unmatched-quote"]


@pytest.mark.parametrize("text", ["", "\n\n", '"', "''", ",,", "«", '"""', "'\n'", "“”"])
def test_degenerate_input_never_raises(text):
    find_quotes(text, NL)
    find_quotes(text, EN)


@pytest.mark.parametrize("text,lang,expected", [
    ("‘De brug blijft dicht”, zegt de wethouder. Hij verwacht geen snelle oplossing.", NL, ["De brug blijft dicht"]),
    ("“De brug blijft dicht’, zegt de wethouder.", NL, ["De brug blijft dicht"]),
    ("‘The bridge stays shut,” the councillor said. She expects no quick fix.", EN, ["The bridge stays shut"]),
])
def test_a_closing_mark_of_the_other_kind_closes_the_one_open_quote(text, lang, expected):
    assert contents(text, lang) == (expected, ["mismatched-quote"])


@pytest.mark.parametrize("text,lang,expected", [
    ("“The players’ union is angry,” she said.", EN, ["The players’ union is angry"]),
    ("“De spelers’ bond is boos”, zegt ze.", NL, ["De spelers’ bond is boos"]),
])
def test_an_apostrophe_of_the_other_kind_inside_a_quote_closes_nothing(text, lang, expected):
    assert contents(text, lang)[0] == expected
