"""Round speed11 (issue #16): the status stage skips work by tests that are exactly implied, the language data answers
its look-ups without a Python call, and the check path imports what it uses where it uses it. Each shortcut is
compared here with the computation it replaces (kept below as it was on main), on hostile text (with the languages'
own phrases mixed in), on texts made of the languages' lists and on short texts written for these tests."""
import pickle
import re
import subprocess
import sys
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from claims import tfidf as T
from claims.lang import LangData, load_language
from claims.model import Span
from claims.status import rules as R

from test_stage_caches import SETTINGS

LANGS = {code: load_language(code) for code in ("en", "nl")}


# --- the computations as they were on main --------------------------------------------------------------------------

def _sets_aside_main(view, a, b) -> bool:
    stop = view.lang.words("stopwords")
    words_a = re.findall(r"\w+", a.span.text.lower())
    words_b = set(re.findall(r"\w+", b.span.text.lower()))
    stems_b = {w[:5] for w in words_b if len(w) >= 5}
    for phrase in view.lang.get("contrast_phrases", []):
        p = phrase.split()
        for k in range(len(words_a) - len(p) + 1):
            if words_a[k:k + len(p)] == p:
                after = [w for w in words_a[k + len(p):k + len(p) + 4] if w not in stop][:3]
                if any(w in words_b or len(w) >= 5 and w[:5] in stems_b for w in after):
                    return True
    return False


def _word_ngrams_main(word: str, ngram_range: tuple[int, int]) -> list[str]:
    min_n, max_n = ngram_range
    w = " " + word + " "
    w_len = len(w)
    out: list[str] = []
    for n in range(min_n, max_n + 1):
        if w_len <= n:
            out.append(w)
            break
        out.extend([w[offset:offset + n] for offset in range(w_len - n + 1)])
    return out


def _words_main(lang: LangData, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lang.raw.get(key, ()))


# --- _sets_aside -----------------------------------------------------------------------------------------------------

def _phrases(*keys: str) -> list[str]:
    out = []
    for lang in LANGS.values():
        for key in keys:
            out += [f" {p} " for p in lang.get(key, [])]
    return sorted(set(out))


CONTRAST = _phrases("contrast_phrases")
WORDS = st.sampled_from(CONTRAST + [p.upper() for p in CONTRAST] + [
    " the ", " de ", " het ", " a ", " numbers ", " number ", " distance ", " afstand ", " getallen ", " kleur ",
    " colour ", " colours ", ",", ".", "-", "\n", "  ", "'", "’", "İ", "ß", "rather", "instead", "plaats", "van",
    " in ", " of ", " than ", "_", "3", " 12 ", "Ratherthan", "in plaats-van"])
STATEMENT = st.lists(st.one_of(WORDS, st.text(max_size=5)), max_size=25).map("".join)


def _claim(text: str):
    return SimpleNamespace(span=Span(0, len(text), text))


def _view(lang: LangData):
    return SimpleNamespace(lang=lang)


@SETTINGS
@given(STATEMENT, STATEMENT, st.sampled_from(["en", "nl"]))
def test_sets_aside_answers_as_main(a, b, code):
    view = _view(LANGS[code])
    for x, y in ((a, b), (b, a), (a, a)):
        assert R._sets_aside(view, _claim(x), _claim(y)) == _sets_aside_main(view, _claim(x), _claim(y))


def test_sets_aside_on_texts_written_for_it():
    cases = {
        "en": [("The crows may count the steps rather than the seeds, she said.", "Crows count seeds.", True),
               ("The crows may count the steps rather than the seeds.", "Crows count steps.", False),
               ("They chose the tram instead of the new buses.", "The city ordered buses.", True),
               ("They chose the tram, as opposed to bicycles.", "Bicycle lanes were built.", True),
               ("Rather, than that, nothing.", "That was all.", False),
               ("Nothing is set aside here.", "Nothing at all.", False)],
        "nl": [("De gemeente koos de tram in plaats van nieuwe bussen.", "Er komen nieuwe bussen.", True),
               ("De gemeente koos de tram in plaats van nieuwe bussen.", "Er komt een tram.", False),
               ("Geen contrast in deze zin.", "Ook niet in deze.", False)],
    }
    for code, rows in cases.items():
        view = _view(LANGS[code])
        for a, b, expected in rows:
            assert _sets_aside_main(view, _claim(a), _claim(b)) is expected  # (the cases are what they say)
            assert R._sets_aside(view, _claim(a), _claim(b)) is expected


def test_sets_aside_with_odd_phrase_lists():
    """Phrases no statement can match (upper case, a hyphen, white space only) and an empty list answer as main."""
    base = LANGS["en"].raw
    for n, phrases in enumerate([[], ["Rather Than"], ["in plaats-van", "rather than"], ["   "], [""],
                                 ["instead of", "of"]]):
        lang = LangData(f"en-speed11-test-{n}", {**base, "contrast_phrases": phrases})
        view = _view(lang)
        for a, b in [("We took the ferry instead of the bridge.", "The bridge is open."),
                     ("We took the ferry rather than the bridge.", "The bridges are open."),
                     ("Of course.", "Course of action."), ("", ""), ("of the bridge", "bridge")]:
            assert R._sets_aside(view, _claim(a), _claim(b)) == _sets_aside_main(view, _claim(a), _claim(b))


# --- n-grams of a word -------------------------------------------------------------------------------------------------

@SETTINGS
@given(st.text(max_size=12))
def test_word_ngrams_are_mains(word):
    for rng in (T.NGRAMS, (4, 4), (3, 5), (2, 6)):
        assert T._word_ngrams(word, rng) == _word_ngrams_main(word, rng)


def test_word_ngrams_at_every_short_length():
    for word in ["", "a", "ab", "abc", "abcd", "abcde", "abcdefgh", "ẞtraße", "zo’n", "x" * 40]:
        assert T._word_ngrams(word, T.NGRAMS) == _word_ngrams_main(word, T.NGRAMS)
    # a 3-letter word: two 4-grams and the whole padded word (its one 5-gram); shorter: the padded word once
    assert T._word_ngrams("cat", T.NGRAMS) == [" cat", "cat ", " cat "]
    assert T._word_ngrams("is", T.NGRAMS) == [" is "]


@SETTINGS
@given(st.lists(st.text(max_size=30), min_size=1, max_size=6))
def test_ngram_store_counts_as_mains_ngrams(texts):
    store = T.NgramStore()
    names = {v: k for k, v in store.ids.items()}
    for text in texts:
        ids, counts = store.of(text)
        names = {v: k for k, v in store.ids.items()}
        grams = [g for w in re.sub(r"\s\s+", " ", text.lower()).split() for g in _word_ngrams_main(w, T.NGRAMS)]
        expected = dict.fromkeys(grams, 0)
        for g in grams:
            expected[g] += 1
        assert [names[i] for i in ids.tolist()] == list(expected)
        assert counts.tolist() == list(expected.values())


# --- the language's word lists -------------------------------------------------------------------------------------

def test_words_and_get_answer_as_mains_methods():
    for lang in LANGS.values():
        for key in [*lang.raw, "no-such-list"]:
            value = lang.raw[key] if key in lang.raw else None
            if value is None or isinstance(value, list) and all(isinstance(w, str) for w in value):
                assert lang.words(key) == _words_main(lang, key)
                assert LangData.words(lang, key) is lang.words(key)  # (the method and the look-up: one set)
            assert lang.get(key) is lang.raw.get(key)
            assert lang.get(key, 7) is lang.raw.get(key, 7)
            assert LangData.get(lang, key) is lang.get(key)


def test_a_language_made_anew_and_a_pickled_one():
    lang = LangData("xx-speed11-test", {"fruit": ["Apple", "pear"], "one": "x"})
    assert lang.words("fruit") == {"apple", "pear"}
    assert lang.words("missing") == frozenset()
    assert lang.get("one") == "x" and lang.get("missing", 3) == 3
    copy = pickle.loads(pickle.dumps(lang))
    assert copy == lang and hash(copy) == hash(lang)
    assert copy.words("fruit") == {"apple", "pear"}
    assert repr(lang) == "LangData(code='xx-speed11-test', raw={'fruit': ['Apple', 'pear'], 'one': 'x'})"
    try:
        lang.words(["not", "hashable"])
    except TypeError:
        pass
    else:
        raise AssertionError("an unhashable key must fail as before")


# --- imports on the check path -------------------------------------------------------------------------------------

def test_modules_on_the_check_path_import_no_multiprocessing_or_tomllib():
    code = ("import sys\nimport claims.parallel, claims.checks.config\n"
            "print('multiprocessing' in sys.modules, 'tomllib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_worker_context_and_config_reading_still_work(tmp_path):
    from claims.checks.config import _has_tool_claims, load_file
    from claims.parallel import _context

    assert _context().get_start_method() in ("fork", "spawn")
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.claims]\nfail-on = "error"\n', encoding="utf-8")
    assert _has_tool_claims(pyproject)
    assert load_file(pyproject) is not None
    broken = tmp_path / "broken.toml"
    broken.write_text("[tool.claims\n", encoding="utf-8")
    assert not _has_tool_claims(broken)


# --- phrases, the text's phrase starts, and two tests of the speakers stage ------------------------------------------

from claims import phrases as P  # noqa: E402
from claims import speakers as S  # noqa: E402
from claims.status import signals as G  # noqa: E402

from test_stage_caches import PIECES, view_of  # noqa: E402


def _matches_main(words, phrases):
    index = P.phrase_index(tuple(phrases))
    found = []
    for i, word in enumerate(words):
        for k, pattern in index.get(word, ()):
            n = len(pattern)
            if words[i:i + n] == pattern:
                found.append((k, i, n))
    return sorted(found)


def _phrase_starts_main(view, key):
    words = [k for k, space in enumerate(view.spaces) if not space]
    lowers = view.lowers
    return sorted({words[k] for _, k, _ in _matches_main([lowers[i] for i in words], view.lang.get(key, []))})


def _heads_main(view):
    quote_of = view.quote_of
    return [i for i in range(len(quote_of)) if S._antecedent_pos(view, i) and quote_of[i] < 0]


def _asks_anonymity_main(view, m):
    phrases = view.lang.get("anonymity_phrases", [])
    span = view.span_range(m.span.start, m.span.end)
    if not phrases or span is None:
        return False
    i, end = span[1], view.sentences[view.sentence_of[span[1] - 1]][1]
    relatives, doc = view.lang.words("relative_pronouns"), view.doc
    verb_skipped = False
    while i < end and (doc[i].is_punct or view.lowers[i] in relatives
                       or not verb_skipped and doc[i].pos_ in ("VERB", "AUX") and i == span[1]):
        verb_skipped = verb_skipped or doc[i].pos_ in ("VERB", "AUX")
        i += 1
    following = " ".join(view.lowers[i:min(end, i + 8)]) + " "
    return any(following.startswith(phrase + " ") for phrase in phrases)


PHRASE_WORDS = st.sampled_from(["no", "comment", "not", "to", "be", "named", "a", "b", "the", "", "No"])


@SETTINGS
@given(st.lists(PHRASE_WORDS, max_size=20),
       st.lists(st.lists(PHRASE_WORDS, min_size=0, max_size=3).map(" ".join), max_size=6))
def test_matches_visits_the_positions_main_finds(words, phrases):
    assert P.matches(words, phrases) == _matches_main(words, phrases)
    assert P.matches(tuple(words), tuple(phrases)) == _matches_main(tuple(words), phrases)


def _speaker_data_pieces():
    out = []
    for lang in LANGS.values():
        for key in ("anonymity_phrases", "no_comment", "verified_phrases", "relative_pronouns", "role_nouns"):
            out += [f" {p} " for p in list(lang.get(key, []))[:40]]
    return sorted(set(out))


SPEAKER_TEXT = st.lists(st.one_of(PIECES, st.sampled_from(_speaker_data_pieces()), st.text(max_size=5)),
                        max_size=30).map("".join)


def _compare_view(view):
    for key in ("no_comment", "verified_phrases", "anonymity_phrases", "hedges"):
        assert G._phrase_starts(view, key) == _phrase_starts_main(view, key)
    assert S._Antecedents(view).heads == _heads_main(view)
    starts = [t.idx for t in view.doc if not t.is_space]
    ends = [t.idx + len(t) for t in view.doc if not t.is_space]
    for a in starts[:12]:
        for b in ends:
            if b > a:
                m = SimpleNamespace(span=Span(a, b, view.text[a:b]))
                assert S._asks_anonymity(view, m) == _asks_anonymity_main(view, m)


@SETTINGS
@given(SPEAKER_TEXT, st.sampled_from(["en", "nl"]))
def test_phrase_starts_heads_and_anonymity_answer_as_main(text, lang):
    _compare_view(view_of(text, lang))


def test_phrase_starts_heads_and_anonymity_on_texts_written_for_them():
    texts = {
        "en": "A lock keeper, who asked not to be named, said the gates were stuck. A diver, who asked not to be namedx, "
              "said so too. The canal trust declined to "
              "comment. \"It is shut,\" the accused said. A boatman who gave his name only as Piet agreed.",
        "nl": "Een sluiswachter, die anoniem wil blijven, zegt dat de deuren vastzitten. De verdachte wil niet "
              "reageren. 'Het is dicht,' zei de gewonde. Een schipper die alleen zijn voornaam wil geven, beaamt het. De "
              "deskundige zei het ook.",
    }
    for lang, text in texts.items():
        view = view_of(text, lang)
        _compare_view(view)
        assert _phrase_starts_main(view, "no_comment")  # (the cases are there)
        assert any(_asks_anonymity_main(view, SimpleNamespace(span=Span(a, b, text[a:b])))
                   for a in (0, 4, 5) for b in range(a + 1, 40))
        assert any(view.pos[i] == "ADJ" for i in _heads_main(view)) or lang == "en"  # ("De deskundige")
        assert any(view.pos[i] == "VERB" for i in _heads_main(view)) or lang == "en"  # ("De verdachte")
    view = view_of(texts["en"], "en")  # ("namedx": a phrase followed by more letters is no phrase)
    diver = texts["en"].index("A diver")
    m = SimpleNamespace(span=Span(diver, diver + 7, "A diver"))
    assert not _asks_anonymity_main(view, m) and not S._asks_anonymity(view, m)


def test_phrase_starts_on_the_languages_own_lists():
    for lang in LANGS:
        data = LANGS[lang]
        phrases = list(data.get("no_comment", [])) + list(data.get("verified_phrases", []))
        text = ". ".join(phrases + [p[:1].upper() + p[1:] for p in phrases]
                         + [f"Kim, {p}, zei het" for p in data.get("anonymity_phrases", [])]) + "."
        view = view_of(text, lang)
        _compare_view(view)
        assert G._phrase_starts(view, "no_comment")


# --- the words of a sorted list with a prefix ------------------------------------------------------------------------

from claims.status import terms as TM  # noqa: E402


def _prefixed_main(words, prefix):
    import bisect
    out = []
    for k in range(bisect.bisect_left(words, prefix), len(words)):
        if not words[k].startswith(prefix):
            break
        out.append(words[k])
    return out


PREFIX_CHARS = st.sampled_from(["a", "b", "z", "#", "é", "\U0010ffff", "\U0010fffe", "\ud800", "\x00", "ab"])
PREFIX_WORD = st.lists(PREFIX_CHARS, max_size=4).map("".join)


@SETTINGS
@given(st.lists(st.one_of(PREFIX_WORD, st.text(max_size=4)), max_size=30), st.one_of(PREFIX_WORD, st.text(max_size=3)))
def test_prefixed_is_mains_scan(words, prefix):
    words = sorted(set(words))
    assert TM._prefixed(words, prefix) == _prefixed_main(words, prefix)
    for w in words:  # (every word's own prefixes, the ones the matches ask)
        for n in range(len(w) + 1):
            assert TM._prefixed(words, w[:n]) == _prefixed_main(words, w[:n])


def test_prefixed_on_words_written_for_it():
    words = sorted(["school", "scholen", "basisscholen", "schoolbus", "schoolz", "schoolé", "schoom", "schoo",
                    "schoolbord", "tekort", "tekorten", "#12", "#120"])
    for prefix, expected in [("school", ["school", "schoolbord", "schoolbus", "schoolz", "schoolé"]),
                             ("schoo", ["schoo", "school", "schoolbord", "schoolbus", "schoolz", "schoolé", "schoom"]),
                             ("tekort", ["tekort", "tekorten"]), ("#12", ["#12", "#120"]), ("x", [])]:
        assert _prefixed_main(words, prefix) == expected
        assert TM._prefixed(words, prefix) == expected


# --- the corroboration score with each text's words kept ------------------------------------------------------------

SCORE_TEXT = st.lists(st.sampled_from(["The", "Port", "of", "Linden", "12", "1.400", "1,4", "De", "Haven", "van",
                                       "Zwolle", "x", " ", ", ", ". ", "\n", "ÉCLAIR", "é", "3rd"]),
                      max_size=14).map(" ".join)


@SETTINGS
@given(st.lists(SCORE_TEXT, min_size=2, max_size=5), st.floats(0, 1))
def test_corroboration_score_with_a_memo_is_the_score(texts, sim):
    memo: dict = {}
    for a in texts:
        for b in texts:
            assert TM.corroboration_score(a, b, sim, memo) == TM.corroboration_score(a, b, sim)
    assert set(memo) == set(texts)


def test_corroboration_score_on_texts_written_for_it():
    a = "The Port of Linden moved 12 ships and Harbour Master Vos said so."
    b = "Ships were moved from Linden, 12 of them, according to Vos."
    memo: dict = {}
    expected = 0.1 + min(0.15 * 1 + 0.05 * 2, TM.MAX_BONUS)  # ("12"; "Linden" and "Vos" past the first word)
    assert TM.corroboration_score(a, b, 0.1) == expected
    assert TM.corroboration_score(a, b, 0.1, memo) == expected
    assert TM.corroboration_score(b, a, 0.1, memo) == expected  # (the second time from the memo)
