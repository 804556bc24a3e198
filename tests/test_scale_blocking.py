"""Blocking never drops a pair that comparing all pairs would have scored: the indexes against brute force, and
whole documents with blocking on and off (every pair compared, as before blocking)."""
from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims import status
from claims.api import extract
from claims.status import SentenceTerms, SimilarityTable, TermIndex, _similarity, _term_match
from claims.tfidf import CharTfidf, similarity

WORDS = ["school", "choo", "hool", "scho", "scholen", "basisscholen", "tekort", "tekorten", "brug", "bruggen", "brugdek", "minister",
         "ministerie", "haven", "havens", "havenbedrijf", "#12", "#1200", "#2026", "bridge", "bridges", "harbour",
         "harbourmaster", "strike", "striking", "strikes", "plan", "plans", "planning", "ab", "abcd", "abcdefgh",
         "abcdefghij", "#", "#a", "zoning", "rezoning"]
term = st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS))
items = st.lists(st.lists(term, max_size=6), min_size=1, max_size=8)


@settings(deadline=None)
@given(items, term)
def test_term_index_finds_exactly_the_matching_items(sentences, query):
    index = TermIndex(sentences)
    expected = {i for i, s in enumerate(sentences) if any(_term_match(query, x) for x in s)}
    assert index.items(query) == expected


@settings(deadline=None)
@given(items, st.lists(term, max_size=6))
def test_sharing_counts_the_distinct_terms_matched(sentences, terms):
    counts = TermIndex(sentences).sharing(terms)
    for i, s in enumerate(sentences):
        expected = sum(1 for t in dict.fromkeys(terms) if any(_term_match(t, x) for x in s))
        assert counts.get(i, 0) == expected


@settings(deadline=None)
@given(items, term)
def test_document_frequency_from_the_index_is_the_count(sentences, query):
    terms = SentenceTerms(sentences)
    assert terms.df(query) == sum(1 for s in sentences if any(_term_match(query, x) for x in s))


TEXTS = st.lists(st.text(alphabet="abcdé fgh\n\t.,'0123456789ABC", max_size=60), min_size=1, max_size=12)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(TEXTS)
def test_similarity_rows_are_the_full_table(texts):
    full = _similarity(texts, texts)
    table = SimilarityTable(texts)
    assert [table[i] for i in range(len(texts))] == full
    keep = list(range(0, len(texts), 2))
    sub = table.subset(keep)
    assert [sub[a] for a in range(len(keep))] == [[full[i][j] for j in keep] for i in keep]
    for i in range(len(texts)):
        assert table.above(i, 0.2) == [j for j, v in enumerate(full[i]) if v >= 0.2]


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60, deadline=None)
@given(TEXTS, TEXTS)
def test_tfidf_is_scikit_learn_bit_for_bit(a, b):
    sklearn = pytest.importorskip("sklearn")  # noqa: F841 - the reference
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), sublinear_tf=True, lowercase=True)
    try:
        m = vec.fit_transform(a + b)
        expected = cosine_similarity(m[:len(a)], m[len(a):]).tolist()
    except ValueError:  # no n-gram at all
        expected = [[0.0] * len(b) for _ in a]
    assert similarity(a, b) == expected


def test_an_empty_corpus_has_no_ngrams():
    assert CharTfidf(["", "  "]).empty
    assert similarity(["abc"], ["de"]) == [[0.0]]


# --- whole documents: blocked against all pairs ---------------------------------------------------------------------

SPEAKERS_EN = ["Anna Berg", "the mayor", "a spokesman for the port", "Tom Hale", "the harbour master", "Ortiz",
               "the union", "Priya Shah"]
CLAIMS_EN = ["the bridge will reopen in {month}", "{n} ships were delayed at the harbour", "the strike cost {n} million",
             "the plans for the harbour were kept quiet", "about {n} workers lost their jobs",
             "the bridge deck was repaired by {month}", "the council had approved the plan in {year}",
             "nobody was hurt in the fire at the harbour", "the port will hire {n} new staff"]
FRAMES_EN = ["{s} said {c}.", "\"{C},\" {s} said.", "According to {s}, {c}.", "{s} confirmed that {c}.",
             "{s} denied that {c}.", "{S} has not confirmed that.", "{s} also said {c}.", "{S} indeed said {c}."]
SPEAKERS_NL = ["Anna Berg", "de burgemeester", "een woordvoerder van de haven", "Tom de Vries", "de havenmeester",
               "de vakbond"]
CLAIMS_NL = ["de brug gaat in {month} weer open", "er zijn {n} schepen vertraagd in de haven",
             "de staking kostte {n} miljoen", "ongeveer {n} medewerkers verliezen hun baan",
             "de gemeente keurde het plan in {year} goed", "de haven neemt {n} nieuwe mensen aan"]
FRAMES_NL = ["{S} zegt dat {c}.", "'{C}', zei {s}.", "Volgens {s} {c}.", "{S} bevestigt dat {c}.",
             "{S} ontkent dat {c}.", "{S} heeft dat nog niet bevestigd.", "Ook {s} zegt dat {c}."]


def _document(seed: int, lang: str, sentences: int) -> str:
    rnd = random.Random(seed)
    speakers, claims, frames = (SPEAKERS_EN, CLAIMS_EN, FRAMES_EN) if lang == "en" else (SPEAKERS_NL, CLAIMS_NL,
                                                                                       FRAMES_NL)
    months = ["March", "May", "June"] if lang == "en" else ["maart", "mei", "juni"]
    paragraphs, current = [], []
    for _ in range(sentences):
        s = rnd.choice(speakers)
        c = rnd.choice(claims).format(n=rnd.choice([12, 40, 200, 1200]), month=rnd.choice(months),
                                      year=rnd.choice([2024, 2025]))
        current.append(rnd.choice(frames).format(s=s, S=s[0].upper() + s[1:], c=c, C=c[0].upper() + c[1:]))
        if rnd.random() < 0.3:
            paragraphs.append(" ".join(current))
            current = []
    paragraphs.append(" ".join(current))
    return "\n\n".join(p for p in paragraphs if p)


def _all_pairs(monkeypatch):
    """Blocking off: every index answers 'every item', so every pair goes through the rules, as before."""
    monkeypatch.setattr(status._Blocks, "similar", lambda self, i: set(range(len(self.terms))) - {i})
    monkeypatch.setattr(status._Blocks, "same_figure", lambda self, i: set(range(len(self.terms))) - {i})
    monkeypatch.setattr(status.TermIndex, "sharing", lambda self, terms: {j: 99 for j in range(self.size)})
    monkeypatch.setattr(status.SimilarityTable, "above", lambda self, i, t: list(range(len(self))))


@pytest.mark.parametrize("seed", range(6))
def test_blocked_documents_equal_all_pairs(seed, monkeypatch):
    lang = "en" if seed % 2 == 0 else "nl"
    text = _document(seed, lang, 24 + 4 * seed)
    blocked = extract(text, lang=lang)
    rules = {e["rule"] for c in blocked["claims"] for e in c["evidence"]}
    assert "status:corroboration" in rules, "the generated document has statements that back each other"
    with monkeypatch.context() as m:
        _all_pairs(m)
        every = extract(text, lang=lang)
    assert blocked == every
