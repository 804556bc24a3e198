"""The speaker stage function by function: mentions and their names, the name predicates and the language profile
they read, matching, the stage's contract (new claims, inputs untouched) and the one numbering of ids. Every text
is written for these tests."""
from __future__ import annotations

import copy
import re
from dataclasses import asdict
from functools import lru_cache
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import speakers as sp
from claims.attribution import attribute
from claims.lang import LangData, load_language
from claims.model import Claim, Span, Speaker, number_ids
from claims.parse import load_pipeline, parse
from claims.quotes import find_quotes, top_level
from claims.textview import TextView


@lru_cache(maxsize=None)
def staged(text: str, lang: str) -> tuple[TextView, list[Claim]]:
    """The view and the attribution stage's claims of a text, as ``pipeline.process`` has them."""
    doc = next(parse(load_pipeline(lang), [text]))
    data = load_language(lang)
    quotes, _ = find_quotes(doc.text, data)
    view = TextView(doc, data, top_level(quotes))
    return view, attribute(view)


def mention_of(view: TextView, phrase: str, head_word: str) -> sp.Mention:
    start = re.search(rf"\b{re.escape(phrase)}\b", view.text).start()
    head = next(t.i for t in view.doc if t.text == head_word and start <= t.idx < start + len(phrase))
    return sp.make_mention(view, start, start + len(phrase), head)


# --- the stage's contract -------------------------------------------------------------------------------------------

STORY = ('"We gaan de brug vervroegd openen," zei wethouder Marloes Jansen maandag. Jansen zegt dat de aannemer '
         'sneller werkt dan gepland. Een woordvoerder van de provincie zei dat het budget toereikend is. '
         '"Er is geen vertraging," zegt ze.')


def test_speaker_stage_returns_new_claims_and_leaves_its_input_alone():
    view, claims = staged(STORY, "nl")
    before = copy.deepcopy([asdict(c) for c in claims])
    out, speakers = sp.cluster_speakers(view, claims)
    assert [asdict(c) for c in claims] == before  # not one field of the input changed
    assert len(out) == len(claims) and all(a is not b for a, b in zip(out, claims))
    assert all(a.evidence is not b.evidence for a, b in zip(out, claims))
    assert all(c.speaker_id is None for c in claims)
    assert {c.speaker_id for c in out if c.speaker is not None} <= {s.id for s in speakers}
    assert [s.id for s in speakers] == [f"s{n}" for n in range(1, len(speakers) + 1)]
    names = {s.id: s.name for s in speakers}
    jansen = [c for c in out if c.speaker is not None and "Jansen" in c.speaker.text]
    assert len(jansen) == 2 and {names[c.speaker_id] for c in jansen} == {"Marloes Jansen"}


def test_claims_without_a_speaker_keep_their_speaker_id():
    bare = Claim("direct", Span(0, 3, "abc"))
    out = sp._with_speaker_ids([bare], {}, {})
    assert out[0] is not bare and out[0].speaker_id is None and out[0] == bare


# --- one numbering of ids -------------------------------------------------------------------------------------------

def test_number_ids_drops_unused_speakers_and_numbers_in_text_order():
    s_a, s_b, s_c = (Speaker(i, i.upper(), "person", False) for i in ("s1", "s2", "s3"))
    late = Claim("direct", Span(10, 20, "x" * 10), speaker_id="s3")
    early = Claim("indirect", Span(0, 5, "y" * 5), speaker_id="s1")
    orphan = Claim("direct", Span(30, 31, "z"))
    claims, speakers = number_ids([late, early, orphan], [s_a, s_b, s_c])
    assert [(c.id, c.span.start, c.speaker_id) for c in claims] == [("c1", 0, "s1"), ("c2", 10, "s2"),
                                                                    ("c3", 30, None)]
    assert [(s.id, s.name) for s in speakers] == [("s1", "S1"), ("s2", "S3")]  # s2 attributes nothing: gone
    assert (late.id, late.speaker_id, s_c.id) == ("", "s3", "s3")  # the arguments are untouched


def test_number_ids_keeps_equal_spans_in_their_order():
    one = Claim("direct", Span(0, 2, "ab"), speaker_id="s2")
    two = Claim("indirect", Span(0, 2, "ab"), speaker_id="s1")
    people = [Speaker("s1", "A", "person", False), Speaker("s2", "B", "person", False)]
    claims, speakers = number_ids([one, two], people)
    assert [(c.kind, c.id, c.speaker_id) for c in claims] == [("direct", "c1", "s2"), ("indirect", "c2", "s1")]


# --- mentions -------------------------------------------------------------------------------------------------------

def test_owner_before_a_possessive_is_not_the_name():
    text = "Northwind's chief executive Martin Greaves said the plan was sound."
    view, _ = staged(text, "en")
    m = mention_of(view, "Northwind's chief executive Martin Greaves", "Greaves")
    assert m.names == ("martin", "greaves")
    assert not m.pronoun and not m.indefinite


def test_affiliation_after_an_unnamed_source_is_someone_else():
    text = "A spokesperson for Tolley said the shop would reopen."
    view, _ = staged(text, "en")
    m = mention_of(view, "A spokesperson for Tolley", "spokesperson")
    assert m.names == () and m.indefinite
    assert "spokesperson" in m.roles and "tolley" not in m.roles


def test_affiliation_after_a_particle_is_cut_from_the_name():
    text = "Volgens Eline Vos van VWS is de regeling rond."
    view, _ = staged(text, "nl")
    m = mention_of(view, "Eline Vos van VWS", "Vos")
    assert m.names == ("eline", "vos")


def test_a_pronoun_mention():
    view, _ = staged('"Het klopt," zei ze.', "nl")
    m = mention_of(view, "ze", "ze")
    assert m.pronoun and m.names == ()


def test_roles_stop_at_the_preposition():
    text = "Bevelvoerder Jelle Hoekstra van de brandweer zegt dat het vuur onder controle is."
    view, _ = staged(text, "nl")
    m = mention_of(view, "Bevelvoerder Jelle Hoekstra van de brandweer", "Hoekstra")
    assert "bevelvoerder" in m.roles and "brandweer" not in m.roles


# --- the name predicates and the profile ---------------------------------------------------------------------------

def test_proper_runs_drop_trailing_particles_and_opening_roles():
    text = "Volgens burgemeester Jelle Hoekstra van de brandweer zegt Minister Anna de Wit niets."
    view, _ = staged(text, "nl")
    runs, where = sp._proper_runs(view)
    shown = [" ".join(t.text for t in r) for r in runs]
    assert "Jelle Hoekstra" in shown
    assert not any(r[-1].lower_ in view.lang.words("name_particles") for r in runs)
    assert not any(r[0].text in ("Minister", "Volgens") for r in runs)
    assert all(k in where[t.lower_] for k, r in enumerate(runs) for t in r)


def test_known_given_name_and_person_by_form():
    text = "Gerda (41) en gerda praten met De Boer (66) over Postma."
    view, _ = staged(text, "nl")
    toks = {t.i: t for t in view.doc}
    first, lower = (t for t in toks.values() if t.lower_ == "gerda")
    assert sp._known_given_name(first) and not sp._known_given_name(lower)
    assert sp._person_by_form(view, first) and not sp._person_by_form(view, lower)
    boer = next(t for t in view.doc if t.text == "Boer")
    assert sp._person_by_form(view, boer)  # an age in brackets after it


def _without_capitals(view: TextView) -> TextView:
    raw = dict(view.lang.raw, capitals_mark_names=False)
    return TextView(view.doc, LangData(code=view.lang.code + "-nocaps", raw=raw), view.quotes)


def test_capitals_mark_names_is_read_from_the_language_data():
    text = "Volgens de veiligheidsregio Fryslân is het water gezakt, zegt het Nederlands Forensisch Instituut."
    view, _ = staged(text, "nl")
    assert load_language("nl")["capitals_mark_names"] is True and load_language("en")["capitals_mark_names"] is True
    org = mention_of(view, "het Nederlands Forensisch Instituut", "Instituut")
    described = mention_of(view, "de veiligheidsregio Fryslân", "veiligheidsregio")
    assert sp._proper_org_name(view, org) and sp._described_name(view, described)
    plain = _without_capitals(view)
    fry = next(t for t in view.doc if t.text == "Fryslân")
    assert sp._capital_name(view, fry) and not sp._capital_name(plain, fry)
    assert not sp._proper_org_name(plain, org) and not sp._described_name(plain, described)


def test_role_word():
    view, _ = staged("Minister Kok en AOb-voorzitter Smit spraken met Dr. Jansen.", "nl")
    words = {t.text: t for t in view.doc}
    assert sp._role_word(view, words["Minister"]) and sp._role_word(view, words["AOb-voorzitter"])
    assert not sp._role_word(view, words["Kok"])


# --- matching -------------------------------------------------------------------------------------------------------

def _bare(head: str, words: set[str] | None = None) -> sp.Mention:
    return sp.Mention(Span(0, len(head), head), 0, False, (), frozenset(words or {head}), head, False, frozenset())


@pytest.mark.parametrize("lang, generic, compound", [("nl", "vrouw", "zakenvrouw"), ("en", "person", "salesperson")])
def test_generic_person_nouns_never_join_by_their_head(lang, generic, compound):
    view = SimpleNamespace(lang=load_language(lang))
    assert generic in view.lang.words("generic_person_nouns")
    assert not sp._matches(view, _bare(generic), sp.Cluster([_bare(compound)]))


def test_a_role_noun_joins_its_compound():
    view = SimpleNamespace(lang=load_language("nl"))
    assert sp._matches(view, _bare("woordvoerder"), sp.Cluster([_bare("legerwoordvoerder")]))


def test_same_surname_different_given_names_are_two_people():
    jan = sp.Mention(Span(0, 10, "Jan Jansen"), 1, False, ("jan", "jansen"), frozenset({"jan", "jansen"}), "jansen",
                     False, frozenset())
    piet = sp.Mention(Span(20, 31, "Piet Jansen"), 5, False, ("piet", "jansen"), frozenset({"piet", "jansen"}),
                      "jansen", False, frozenset())
    short = sp.Mention(Span(40, 46, "Jansen"), 9, False, ("jansen",), frozenset({"jansen"}), "jansen", False,
                       frozenset())
    view = SimpleNamespace(lang=load_language("nl"))  # (a named source is matched by its names alone)
    assert not sp._matches_by_name(view, piet, sp.Cluster([jan]))
    assert sp._matches_by_name(view, short, sp.Cluster([jan]))


def test_noun_of_takes_compounds_of_long_nouns_only():
    nouns = frozenset({"gemeente", "raad"})
    assert sp._noun_of("gemeente", nouns) and sp._noun_of("buurgemeente", nouns)
    assert sp._noun_of("raad", nouns) and not sp._noun_of("gemeenteraad", frozenset({"raad"}))


# --- number_ids on any input ----------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 5), st.one_of(st.none(), st.integers(1, 6))),
                max_size=12),
       st.permutations([f"s{n}" for n in range(1, 7)]))
def test_number_ids_invariants(rows, speaker_order):
    claims = [Claim("direct", Span(a, a + n, "x" * n), speaker_id=None if s is None else f"s{s}")
              for a, n, s in rows]
    people = [Speaker(i, i.upper(), "person", False) for i in speaker_order]
    before = [asdict(c) for c in claims], [asdict(s) for s in people]
    out, speakers = number_ids(claims, people)
    assert ([asdict(c) for c in claims], [asdict(s) for s in people]) == before
    assert [c.id for c in out] == [f"c{n}" for n in range(1, len(out) + 1)]
    assert [(c.span.start, c.span.end) for c in out] == sorted((c.span.start, c.span.end) for c in claims)
    assert [s.id for s in speakers] == [f"s{n}" for n in range(1, len(speakers) + 1)]
    assert {c.speaker_id for c in out if c.speaker_id} == {s.id for s in speakers}
    old_name = {s.id: s.name for s in people}
    new_name = {s.id: s.name for s in speakers}
    by_span = sorted(claims, key=lambda c: (c.span.start, c.span.end))
    for new, old in zip(out, by_span):  # every claim keeps its speaker, under the new id
        assert (new.speaker_id is None) == (old.speaker_id is None)
        if old.speaker_id:
            assert new_name[new.speaker_id] == old_name[old.speaker_id]
    kept = [s.name for s in people if s.id in {c.speaker_id for c in claims}]
    assert [s.name for s in speakers] == kept  # in the order given


def test_acronym_and_lower_case():
    assert sp._acronym("NFI") and sp._acronym("KNMI") and not sp._acronym("A") and not sp._acronym("Nfi")
    view, _ = staged("De minister en 12 agenten.", "nl")
    words = {t.text: t for t in view.doc}
    assert sp._lower_case(words["minister"]) and not sp._lower_case(words["De"]) and not sp._lower_case(words["12"])


def test_antecedents_are_names_and_roles_outside_quotes_and_content():
    text = ('Wethouder Anna Berg opende maandag de brug. Berg zei dat de aannemer te laat was. "Het is klaar," '
            "zei de burgemeester in Hereford. Zij was tevreden.")
    view, claims = staged(text, "nl")
    contents = [(c.span.start, c.span.end) for c in claims if c.kind != "direct"]
    found = [view.text[a:b] for a, b, _ in sp._antecedent_candidates(view, text.index("Zij"), contents)]
    assert any("Anna Berg" in f for f in found) and any("burgemeester" in f for f in found)
    assert not any("aannemer" in f for f in found)  # inside reported content
    assert not any(f == "Hereford" for f in found)  # comes with a preposition
    assert not any("klaar" in f for f in found)  # inside a quote
