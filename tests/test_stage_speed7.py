"""The shortcuts of round speed7 (issue #16) give the answers of the plain computation: each one is compared with
the reading it replaced, on hostile text or on generated documents."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.api import extract
from claims.speakers import _proper_runs, _role_word, _roles
from claims.status import blocking, rules
from claims.status.terms import content_terms, shared_terms, word_matches
from claims.textview import DATELINE, FINAL_PUNCT, QUOTE_CHARS

from test_stage_caches import SETTINGS, TEXT, view_of


# --- the view ------------------------------------------------------------------------------------------------------

def _sentences_by_tokens(view) -> list[tuple[int, int]]:
    """``TextView.sentences`` as round speed6 computed it, reading Token objects (the merging and the datelines)."""
    from spacy.attrs import LIKE_NUM

    pieces, texts, spaces = [], view.texts, view.spaces
    for a, b in view._parsed_sentences():
        current = []
        for i in range(a, b):
            if "\n" in texts[i]:
                if current:
                    pieces.append(current)
                current = []
                continue
            if spaces[i]:
                continue
            current.append(i)
        if current:
            pieces.append(current)
    pos, alphas = view.pos, view.alphas
    like_nums = view.doc.to_array(LIKE_NUM).tolist() if len(view.doc) else []
    merged, has_verb, has_word = [], False, False
    for piece in pieces:
        first = view.doc[piece[0]]
        piece_verb = any(pos[i] in ("VERB", "AUX") for i in piece)
        piece_word = any(alphas[i] or like_nums[i] for i in piece)
        if merged:
            prev_last = view.doc[merged[-1][-1]]
            gap = view.text[prev_last.idx + len(prev_last):first.idx]
            before_last = view.doc[merged[-1][-2]] if len(merged[-1]) > 1 else None
            after_prev = view.text[prev_last.idx + len(prev_last):prev_last.idx + len(prev_last) + 1]
            if ((not piece_word and gap == "") or (not has_word and "\n" not in gap and after_prev != "\n")
                    or ("\n" not in gap and (prev_last.text == "," or before_last is not None
                                             and before_last.text == "," and prev_last.text in QUOTE_CHARS))
                    or ("\n" not in gap and prev_last.text[-1:] not in FINAL_PUNCT
                        and prev_last.text[-1:] not in QUOTE_CHARS and (first.text[:1].islower() or not has_verb))):
                merged[-1].extend(piece)
                has_verb, has_word = has_verb or piece_verb, has_word or piece_word
                continue
        merged.append(piece)
        has_verb, has_word = piece_verb, piece_word
    out = []
    for piece in merged:
        m = DATELINE.match(view.text, view.doc[piece[0]].idx)
        cut = next((k for k, i in enumerate(piece) if view.doc[i].idx >= m.end()), None) if m else None
        out.extend([piece[:cut], piece[cut:]] if cut else [piece])
    return [(p[0], p[-1] + 1) for p in out]


@SETTINGS
@given(TEXT, st.sampled_from(["en", "nl"]))
def test_sentences_read_from_the_lists_are_the_sentences_read_from_tokens(text, lang):
    view = view_of(text, lang)
    assert view.sentences == _sentences_by_tokens(view)


def test_sentences_read_from_the_lists_on_datelines_quotes_and_fragments():
    text = ('LONDON, June 2 (Reuters) - The minister said it was "over," Chief Executive Mette Lindqvist said.\n'
            "Bewonersgroep Wind\nTegen noemt het besluit. vlak bij de haven „ Hij zei het.")
    for lang in ("en", "nl"):
        view = view_of(text, lang)
        assert view.sentences == _sentences_by_tokens(view)


@SETTINGS
@given(TEXT, st.sampled_from(["en", "nl"]))
def test_words_outside_quotes_by_part_of_speech_kept_per_tags(text, lang):
    view = view_of(text, lang)
    for tags in [("VERB",), ("VERB", "AUX", "NOUN", "ADJ"), ("VERB",)]:
        found = view.outside_quotes_with_pos(tags)
        assert found == [t.i for t in view.doc if t.pos_ in tags and not view.in_quote(t)]
        assert view.outside_quotes_with_pos(tags) is found  # (kept on the view)


# --- speakers ------------------------------------------------------------------------------------------------------

@SETTINGS
@given(TEXT, st.sampled_from(["en", "nl"]))
def test_role_words_and_run_parts_from_the_lists_are_those_of_the_tokens(text, lang):
    # (``_proper_runs`` asks its copies; tests/test_stage_shortcuts.py compares the runs themselves)
    view = view_of(text, lang)
    _proper_runs(view)
    for tok in view.doc:
        word = view.lowers[tok.i].rstrip(".")
        roles, suffixes = _roles(view.lang)
        assert _role_word(view, tok) == (word in roles or view.lemmas[tok.i] in roles
                                         or word.split("-")[-1].endswith(suffixes))


# --- status --------------------------------------------------------------------------------------------------------

@SETTINGS
@given(TEXT, st.sampled_from(["en", "nl"]))
def test_two_shared_words_through_the_texts_word_matches_is_shared_terms(text, lang):
    view = view_of(text, lang)
    pieces = [content_terms(view, *view.sentence_chars(s)) for s in range(len(view.sentences))]
    n = len(view.text)
    pieces += [content_terms(view, 0, n // 2), content_terms(view, n // 3, n)]
    matches_ = word_matches(view)
    for a in pieces:
        for b in pieces:
            words = ({t[0] for t in b}, {t[1] for t in b})
            assert rules._shares_two(a, words, matches_) == (shared_terms(a, b) >= 2)


def _document(seed: int, lang: str, sentences: int) -> str:
    from test_scale_blocking import _document as generated
    return generated(seed, lang, sentences)


HEADED = {
    "nl": "Havenmeester: 'De nieuwe brug gaat in mei open voor verkeer'\n\nDe nieuwe brug gaat in mei open voor "
          "verkeer, zegt havenmeester Piet Kramer. Volgens de gemeente kost de brug twaalf miljoen euro.\n\n12.05 "
          "Wethouder: 'Het budget voor de brug is op'\n\nHet budget voor de nieuwe brug is op, zei wethouder Anna "
          "de Wit dinsdag.",
    "en": "Harbour master: 'The new bridge opens to traffic in May'\n\nThe new bridge opens to traffic in May, "
          "harbour master Piet Kramer said. The council said the bridge cost twelve million euros.",
}


@pytest.mark.parametrize("seed", range(4))
def test_partner_pairs_tested_before_any_similarity_table_corroborate_as_all_partner_pairs(seed, monkeypatch):
    lang = "en" if seed % 2 == 0 else "nl"
    text = _document(seed + 20, lang, 20 + 4 * seed)
    asked = []
    real = rules._partner_candidates
    monkeypatch.setattr(rules, "_partner_candidates", lambda art, parts, partners: asked.append(
        (real(art, parts, partners), partners)) or asked[-1][0])
    found = extract(text, lang=lang)
    assert any(sum(map(len, c)) < sum(map(len, p)) for c, p in asked), "some partner pairs are not compared"
    # every partner pair through the rule's own tests: the same statuses and evidence
    monkeypatch.setattr(rules, "_partner_candidates", lambda art, parts, partners: [sorted(p) for p in partners])
    assert extract(text, lang=lang) == found
    # the blocking of a long article (no partner pairs at all, the indexes alone): the same again
    monkeypatch.setattr(rules, "_partner_candidates", real)
    monkeypatch.setattr(rules, "PAIRS_AT_ONCE", 0)
    assert extract(text, lang=lang) == found


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_headings_ask_every_statement_as_the_blocking_did(lang, monkeypatch):
    found = extract(HEADED[lang], lang=lang)
    monkeypatch.setattr(rules, "PAIRS_AT_ONCE", 0)  # (the blocking's candidates)
    assert extract(HEADED[lang], lang=lang) == found


ONE_SENTENCE_OF_MANY = {  # a long quote one sentence of which another source repeats: corroborated by the parts
    "nl": '"De papierfabriek in Loosdrecht gaat in maart dicht. We hebben jarenlang gewaarschuwd voor de hoge '
          'energieprijzen en de concurrentie uit het buitenland. Niemand in Den Haag wilde luisteren naar de vakbond. '
          'Nu betalen de gezinnen in de regio de prijs," zegt vakbondsman Mark Evers.\n\nDe eigenaar van de fabriek, '
          'Harlow Pulp, laat weten dat de papierfabriek in Loosdrecht in maart dichtgaat.',
    "en": '"The paper mill in Lowmoor will close in March. For years we warned about energy prices and cheap imports '
          'from abroad. Nobody in Westminster wanted to listen to the union. Now the families of this valley pay the '
          'price," union leader Mark Evans said.\n\nThe owner of the mill, Harlow Pulp, said the paper mill in '
          'Lowmoor will close in March.',
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_sentence_of_a_longer_statement_still_corroborates(lang, monkeypatch):
    found = extract(ONE_SENTENCE_OF_MANY[lang], lang=lang)
    assert [[e["type"] for e in c["evidence"]] for c in found["claims"]] == [["corroborated"]] * 2
    monkeypatch.setattr(rules, "_partner_candidates", lambda art, parts, partners: [sorted(p) for p in partners])
    assert extract(ONE_SENTENCE_OF_MANY[lang], lang=lang) == found


def test_parts_that_may_corroborate_hold_every_part_pair_that_corroborates(monkeypatch):
    from claims.status import article

    pairs = []
    real = article.parts_corroborate

    def parts_corroborate(table, i, j, sentence_terms):
        answer = real(table, i, j, sentence_terms)
        pairs.append((answer, rules._parts_may_corroborate(table, i, j)))
        return answer

    monkeypatch.setattr(rules, "parts_corroborate", parts_corroborate)
    monkeypatch.setattr(rules, "_partner_candidates", lambda art, parts, partners: [sorted(p) for p in partners])
    for seed in range(4):
        lang = "en" if seed % 2 == 0 else "nl"
        extract(_document(seed + 30, lang, 24), lang=lang)
    for lang, text in ONE_SENTENCE_OF_MANY.items():
        extract(text, lang=lang)
    assert any(answer for answer, _ in pairs) and all(may for answer, may in pairs if answer)


def test_sources_that_share_no_words_build_no_similarity_table(monkeypatch):
    built = []
    real = blocking._Tfidf.get
    monkeypatch.setattr(blocking._Tfidf, "get", lambda self: built.append(1) or real(self))
    text = ("The harbour master said the bridge would reopen in May. Ana Lopes, a teacher, said the school choir "
            "had won a singing prize.")
    out = extract(text, lang="en")
    assert len({c["speaker_id"] for c in out["claims"]}) == 2 and built == []


def test_word_list_unions_are_the_lists_together_and_kept():
    from claims.lang import LangData, load_language

    for code in ("en", "nl"):
        lang = load_language(code)
        both = lang.union("time_words", "time_adverbs")
        assert both == lang.words("time_words") | lang.words("time_adverbs") and lang.union("time_words", "time_adverbs") is both
        assert lang.union("role_nouns") == lang.words("role_nouns") and lang.union() == frozenset()
    other = LangData("xx-union-test", {"a": ["X", "y"], "b": ["y", "Z"]})
    assert other.union("a", "b", "missing") == frozenset({"x", "y", "z"})


@SETTINGS
@given(TEXT, st.sampled_from(["en", "nl"]))
def test_the_text_parse_keeps_is_the_docs_text(text, lang):
    from claims.parse import TEXT_KEY, doc_text, load_pipeline, parse

    for t in (text, text + "\n\n" + text, ""):
        doc = next(parse(load_pipeline(lang), [t]))
        assert doc.user_data[TEXT_KEY] == doc.text == t and doc_text(doc) == t


def test_a_doc_without_the_kept_text_or_with_another_is_read_from_its_tokens():
    from claims.parse import TEXT_KEY, doc_text, load_pipeline

    nlp = load_pipeline("en")
    doc = nlp("The harbour master said so.")
    assert TEXT_KEY not in doc.user_data and doc_text(doc) == doc.text
    doc.user_data[TEXT_KEY] = "something else entirely, longer"
    assert doc_text(doc) == "The harbour master said so."
