"""The shortcuts of round speed6 (issue #16) give the answers of the plain computation: each one is compared with
the reading it replaced, on hostile text."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.attribution import CUE_POS, _guessed, attribute, cue_lexicon, cue_of, lexical_cues
from claims.lang import LangData, load_language
from claims.phrases import matches, range_indices
from claims.speakers import _proper_runs, _run_part, _role_word
from claims.status.terms import _word_matches, WordMatches, phrase_spans
from claims.model import Span
from claims.textview import norm_lemma

from test_stage_caches import META, SETTINGS, TEXT, view_of


def _lexical_test(token, view) -> bool:  # (``cue_of``'s first test as it read each Token, round speed5)
    lang, lexicon = view.lang, cue_lexicon(view.lang)
    lemma, lower, pos = norm_lemma(token), token.lower_, token.pos_
    reports = lang.words("report_predicates")
    return lemma in lexicon or lower in lexicon or any(f in lexicon for f in _guessed(lower, lang)) \
        or (pos == "NOUN" and (lemma in reports or lower in reports))


@SETTINGS
@given(TEXT, st.sampled_from(["en", "nl"]))
def test_the_lexical_cue_test_of_every_token_is_the_test_of_each_token(text, lang):
    view = view_of(text, lang)
    found = lexical_cues(view)
    assert found == [t.pos_ in CUE_POS and _lexical_test(t, view) for t in view.doc]
    assert lexical_cues(view) is found  # (kept on the view)
    attribute(view)
    for tok in view.doc:
        assert cue_of(tok, view) == cue_of.__wrapped__(tok, view)
        if not found[tok.i]:
            assert cue_of(tok, view) is None


def test_the_lexical_cue_test_finds_cues_by_lemma_form_and_inflection():
    view = view_of("The mayor said the bridge would close. Officials conceded nothing. A man sat down.", "en")
    found = {view.doc[i].text for i, hit in enumerate(lexical_cues(view)) if hit}
    assert {"said", "conceded"} <= found and "bridge" not in found and "sat" not in found


def _phrase_spans_per_range(view, phrases, a, b, skip_quotes):  # (as ``phrase_spans`` read one range, speed5)
    idx = range_indices(view, a, b)
    out = []
    for _, k, n in matches([view.lowers[i] for i in idx], phrases):
        if skip_quotes and any(view.quote_of[i] >= 0 for i in idx[k:k + n]):
            continue
        first, last = view.doc[idx[k]], view.doc[idx[k + n - 1]]
        out.append(Span.of(view.text, first.idx, last.idx + len(last)))
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(META, st.sampled_from(["en", "nl"]), st.data())
def test_phrases_found_once_per_text_are_the_phrases_of_each_range(text, lang, data):
    view = view_of(text, lang)
    n = len(view.text)
    ranges = [(s, e) for s, e in (view.sentence_chars(k) for k in range(len(view.sentences)))]
    ranges += [tuple(sorted(data.draw(st.tuples(st.integers(0, n), st.integers(0, n))))) for _ in range(4)]
    for key in ("hedges", "no_comment", "verified_phrases", "admission_phrases"):
        phrases = view.lang.get(key, [])
        for a, b in ranges:
            for skip in (True, False):
                assert phrase_spans(view, phrases, a, b, skip) == _phrase_spans_per_range(view, phrases, a, b, skip)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="abcs#1", min_size=1, max_size=12), min_size=1, max_size=30),
       st.text(alphabet="abcs#1", min_size=1, max_size=12))
def test_word_matches_with_the_halves_apart_are_the_word_matches(words, query):
    exact = dict.fromkeys(words)
    forward, backward = sorted(exact), sorted(w[::-1] for w in exact)

    def plain(q):  # (round speed5: one loop over the lengths for both tests)
        found = {q} if q in exact else set()
        if q[:1] == "#":
            return found
        n = len(q)
        if n >= 4:
            found.update(w[::-1] for w in backward if w.startswith(q[::-1]) and len(w) > n and w[-1] != "#")
            found.update(w for w in forward if w.startswith(q) and n < len(w) <= 2 * n)
        for k in range(4, n):
            tail, head = q[n - k:], q[:k]
            if tail in exact and tail[:1] != "#":
                found.add(tail)
            if 2 * k >= n and head in exact and head[:1] != "#":
                found.add(head)
        return found

    for q in [query, *words]:
        assert _word_matches(q, exact, forward, backward) == plain(q)
    shared = WordMatches([(w, w) for w in words])
    assert all(shared.of(0, q) == plain(q) for q in [query, *words])


@SETTINGS
@given(TEXT, st.sampled_from(["en", "nl"]))
def test_runs_of_names_read_with_the_proper_noun_shortcut_are_the_runs(text, lang):
    view = view_of(text, lang)
    runs, where = _proper_runs(view)
    # (the runs as round speed5 read them: ``_run_part`` asked of every candidate word)
    expected, run = [], []
    particles, stop = view.lang.words("name_particles"), view.lang.words("stopwords")

    def close(run):
        while run and run[-1].lower_ in particles:
            run.pop()
        if run:
            expected.append(run)

    doc = view.doc
    joined = -1
    for tok in doc:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.i == joined:
            run.append(tok)  # (the word after the hyphen, whatever its tag: "Jenn St-Onge" with "Onge" an adjective)
            continue
        if tok.text == "-" and run and not doc[tok.i - 1].whitespace_ and not tok.whitespace_ and nxt is not None \
                and nxt.text[:1].isupper() and (_run_part(view, nxt, run)
                                                or nxt.text.isalpha() and run[-1].i == tok.i - 1):
            run.append(tok)  # (a double-barrelled name, "Tara Spires-Jones")
            joined = tok.i + 1
            continue
        if tok.pos_ == "PROPN" or tok.text[:1].isupper() or tok.lower_ in particles:
            if _run_part(view, tok, run):
                if run or not (_role_word(view, tok) or tok.lower_ in stop):
                    run.append(tok)
                continue
        if run:
            close(run)
            run = []
    close(run)
    assert [[t.i for t in r] for r in runs] == [[t.i for t in r] for r in expected]
    plain: dict[str, list[int]] = {}
    for k, r in enumerate(expected):
        for t in r:
            plain.setdefault(t.lower_, []).append(k)
    assert where == plain


@SETTINGS
@given(TEXT, st.sampled_from(["en", "nl"]))
def test_the_views_lemmas_and_positions_are_the_tokens(text, lang):
    view = view_of(text, lang)
    assert view.lemmas == [norm_lemma(t) for t in view.doc]
    plain: dict[str, list[int]] = {}
    for t in view.doc:
        plain.setdefault(t.lower_, []).append(t.i)
    assert view.positions == plain


def test_language_data_keeps_its_word_lists_and_hash_and_travels_between_processes():
    import pickle

    en = load_language("en")
    assert en.words("stopwords") is en.words("stopwords") and hash(en) == hash("en")
    again = pickle.loads(pickle.dumps(en))
    assert again == en and hash(again) == hash(en) and again.words("stopwords") == en.words("stopwords")
    other = LangData("xx-test", {"things": ["A", "b"]})
    assert other.words("things") == frozenset({"a", "b"}) and other.words("missing") == frozenset()


@pytest.mark.parametrize("seed", range(4))
def test_corroboration_asked_only_of_possible_partners_is_corroboration_of_all_pairs(seed, monkeypatch):
    from claims.api import extract
    from claims.status import rules
    from test_scale_blocking import _document

    lang = "en" if seed % 2 == 0 else "nl"
    text = _document(seed + 10, lang, 20 + 4 * seed)
    asked = []
    real = rules._partners
    monkeypatch.setattr(rules, "_partners", lambda art: asked.append(real(art)) or asked[-1])
    pruned = extract(text, lang=lang)
    assert any(p for p in asked) and any(len(p) < len(art_all) - i - 1 for art_all in asked for i, p in
                                         enumerate(art_all)), "some pairs are left out before comparing words"
    monkeypatch.setattr(rules, "_partners", lambda art: [set(range(i + 1, len(art.kept))) for i in range(len(art.kept))])
    assert extract(text, lang=lang) == pruned
    monkeypatch.setattr(rules, "_partners", real)
    monkeypatch.setattr(rules, "PAIRS_AT_ONCE", 0)  # (a long article: no pair tested up front, the blocking alone)
    assert extract(text, lang=lang) == pruned


def test_an_article_of_one_source_compares_no_words(monkeypatch):
    from claims.api import extract
    from claims.status import blocking

    built = []
    monkeypatch.setattr(blocking._Tfidf, "get", lambda self: built.append(1))
    text = ("The harbour master said the bridge would reopen in May. The harbour master said 40 ships were delayed. "
            "\"The bridge will reopen in May,\" the harbour master said.")
    extract(text, lang="en")
    assert built == []


@SETTINGS
@given(TEXT, st.sampled_from(["en", "nl"]))
def test_noun_phrases_kept_per_head_and_stop_are_the_noun_phrases_computed(text, lang):
    view = view_of(text, lang)
    n = len(view.text)
    for stop in (None, (0, n // 2), (n // 3, n)):
        for tok in view.doc:
            assert view.np_range(tok, stop) == view._np_range(tok, stop)
            assert view.np_range(tok, stop) == view._np_range(tok, stop)  # (the second answer is the kept one)


def test_runs_of_names_on_a_hyphen_before_a_word_that_is_no_name():
    # (hypothesis found it: "D-A" ended the run "D" on its hyphen; the word after the hyphen is part of the run)
    test_runs_of_names_read_with_the_proper_noun_shortcut_are_the_runs.hypothesis.inner_test("D-A", "en")
    test_runs_of_names_read_with_the_proper_noun_shortcut_are_the_runs.hypothesis.inner_test("Tara Spires-Jones said", "en")
