"""The per-text syntax table (``TextView.heads``, ``dep``, ``children``, …) gives what spaCy's Tokens give, and the
rules that read it give what they gave reading Tokens (issue #16: speed with byte-identical output). Compared on
hostile text in both languages, and on a hand-made non-projective parse."""
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

from claims.attribution import (_finite, _nobody, _passive, _report_predicate, _subtree_chars, source_like)
from claims.lang import load_language
from claims.parse import load_pipeline, parse
from claims.textview import TextView, norm_lemma

from test_stage_caches import SETTINGS, TEXT, view_of


def _table_matches_tokens(view: TextView) -> None:
    for tok in view.doc:
        i = tok.i
        assert view.heads[i] == tok.head.i
        assert view.dep[i] == tok.dep_ and view.tags[i] == tok.tag_ and view.pos[i] == tok.pos_
        assert view.lowers[i] == tok.lower_ and view.texts[i] == tok.text and view.lemmas[i] == norm_lemma(tok)
        assert view.spaces[i] == tok.is_space and view.alphas[i] == tok.is_alpha
        assert view.puncts[i] == tok.is_punct and view.is_lowers[i] == tok.is_lower
        assert view.like_nums[i] == tok.like_num and view.sent_starts[i] == bool(tok.is_sent_start)
        assert view.verb_forms[i] == set(tok.morph.get("VerbForm"))
        assert view.tenses[i] == set(tok.morph.get("Tense"))
        assert view.finite[i] == _finite(tok)
        assert view.children(i) == [c.i for c in tok.children]
        assert view.subtree(i) == [t.i for t in tok.subtree]  # (spaCy's order, not always the text's)
        assert view.negates_at(i) == view.negates(tok)


@SETTINGS
@given(TEXT, st.sampled_from(["en", "nl"]))
def test_the_syntax_table_reads_what_the_tokens_read(text, lang):
    _table_matches_tokens(view_of(text, lang))


def test_the_syntax_table_on_a_non_projective_parse():
    """Arcs that cross: token 0 hangs on 2 and token 1 on 3, so token 2's subtree in spaCy's order (left children
    first, each with its subtree) is not the text's order; the table keeps spaCy's order."""
    nlp = load_pipeline("en")
    doc = Doc(nlp.vocab, words=["alpha", "beta", "gamma", "delta", "."], heads=[2, 3, 2, 2, 2],
              deps=["nsubj", "nsubj", "ROOT", "obj", "punct"])
    view = TextView(doc, load_language("en"))
    _table_matches_tokens(view)
    assert view.subtree(2) != sorted(view.subtree(2))  # (the case the table must not sort)


@SETTINGS
@given(TEXT, st.sampled_from(["en", "nl"]))
def test_rules_read_from_the_table_answer_as_from_the_tokens(text, lang):
    """A token of another parse of the same text is read from its Token (the rules' own fallback for a token of
    another text): the same answers as the table's for the view's own token."""
    view = view_of(text, lang)
    other = next(parse(load_pipeline(lang), [text]))
    assert other is not view.doc and len(other) == len(view.doc)
    for mine, theirs in zip(view.doc, other):
        assert source_like(view, mine) == source_like(view, theirs)
        assert _nobody(view, mine) == _nobody(view, theirs)
        assert _passive(view, mine) == _passive(view, theirs)
        assert _report_predicate(view, mine) == _report_predicate(view, theirs)
        assert view.negates(mine) == view.negates(theirs)
        assert _subtree_chars(view, mine) == _subtree_chars(view, theirs)
