"""The lexicon-phrase finder shared by the status rules and the figure reader."""
from hypothesis import given, strategies as st

from claims.phrases import longest_at, matches, phrase_index

WORDS = st.sampled_from(["naar", "verluidt", "zo", "snel", "mogelijk", "not", "yet", "to", "comment", "x"])


def _naive(words, phrases):
    """Every (phrase number, position, length), phrase by phrase, by brute force."""
    out = []
    for k, phrase in enumerate(phrases):
        pattern = phrase.lower().split()
        for i in range(len(words)):
            if pattern and words[i:i + len(pattern)] == pattern:
                out.append((k, i, len(pattern)))
    return sorted(out)


def test_a_phrase_is_found_as_whole_words_in_lexicon_order():
    words = "he would not yet comment , reportedly".split()
    assert matches(words, ["reportedly", "not yet", "yet to comment"]) == [(0, 6, 1), (1, 2, 2)]
    assert matches(words, ["NOT yet"]) == [(0, 2, 2)]  # the lexicon is read lower-cased
    assert matches(words, ["", "   "]) == []


def test_the_longest_phrase_at_a_position():
    words = "just over two thirds".split()
    assert longest_at(words, 0, ["just", "just over", "over"]) == 2
    assert longest_at(words, 1, ["just over"]) == 0
    assert longest_at(words, 4, ["just"]) == 0  # past the end


def test_the_index_is_built_once_per_lexicon():
    phrases = ("naar verluidt", "naar het schijnt")
    assert phrase_index(phrases) is phrase_index(phrases)
    assert [k for k, _ in phrase_index(phrases)["naar"]] == [0, 1]


@given(st.lists(WORDS, max_size=30), st.lists(st.lists(WORDS, min_size=1, max_size=3).map(" ".join), max_size=6))
def test_matches_agree_with_a_brute_force_scan(words, phrases):
    assert matches(words, phrases) == _naive(words, phrases)
    for i in range(len(words) + 1):
        found = [n for k, j, n in _naive(words, phrases) if j == i]
        assert longest_at(words, i, phrases) == max(found, default=0)
