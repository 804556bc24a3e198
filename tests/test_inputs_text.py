"""The reading layer without the pipeline: decoding, line endings, hard wraps, offset maps, and the Markdown and
HTML readers' maps into the file, with unit tests and property tests on hostile text."""
from __future__ import annotations

import codecs
import html
import json
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.inputs import html as html_reader
from claims.inputs import markdown as md_reader
from claims.inputs.decode import DecodeError, decode
from claims.inputs.lines import newlines, unwrap, wrap_breaks
from claims.inputs.offsets import MapBuilder, OffsetMap
from claims.read import from_text

ROOT = Path(__file__).resolve().parents[1]
WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéëïABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=12)
SENTENCE = st.lists(WORDS, min_size=3, max_size=25).map(lambda ws: " ".join(ws) + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=6).map(" ".join)


# --- decoding ----------------------------------------------------------------------------------------------------

PROSE = "“Wij gaan niet weg”, zegt de eigenaar van café De Ruïne. Hij had één dag."


@pytest.mark.parametrize("data,encoding", [
    (PROSE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + PROSE.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + PROSE.encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + PROSE.encode("utf-16-be"), "utf-16-be"),
    (codecs.BOM_UTF32_LE + PROSE.encode("utf-32-le"), "utf-32-le"),
    (codecs.BOM_UTF32_BE + PROSE.encode("utf-32-be"), "utf-32-be"),
    (PROSE.encode("cp1252"), "cp1252"),
])
def test_decode_finds_the_encoding_and_drops_the_byte_order_mark(data, encoding):
    assert decode(data) == (PROSE, encoding)


def test_latin1_text_reads_as_the_same_characters():
    text = "De ruïne van het kasteel in Neërland is één keer per jaar open, zegt de gids."
    decoded, used = decode(text.encode("latin-1"))
    assert decoded == text and used in ("cp1252", "iso8859-1", "iso8859-15")


def test_decode_override_and_errors():
    assert decode("café".encode("utf-8"), "cp1252") == ("cafÃ©", "cp1252")  # the user's choice, even when wrong
    assert decode(codecs.BOM_UTF16_LE + "x".encode("utf-16-le"), "utf-16") == ("x", "utf-16")
    with pytest.raises(DecodeError, match="unknown encoding 'nope'"):
        decode(b"x", "nope")
    with pytest.raises(DecodeError, match=r"not utf-8 text \(byte 3"):
        decode(b"caf\xe9", "utf-8")
    with pytest.raises(DecodeError, match="binary file"):
        decode(b"abc\x00def")
    with pytest.raises(DecodeError, match="not text: not UTF-8"):
        decode(b"\x81\x8d\x8f\x90\x9d\x01\x02\x03")
    assert "\n" not in str(DecodeError("x"))


# --- line endings and offset maps --------------------------------------------------------------------------------

def test_newlines_map_back_to_crlf_and_lone_cr():
    text = "a\r\nb\rc\nd"
    norm, m = newlines(text)
    assert norm == "a\nb\nc\nd"
    assert m.span(0, 3) == (0, 4)  # "a\nb" is "a\r\nb"
    assert text[slice(*m.span(4, 7))] == "c\nd"
    assert newlines("no cr\n") == ("no cr\n", None)


def test_offset_maps_compose_and_never_invert():
    b = MapBuilder(10)
    b.copy("ab", 0)
    b.replace("&", 2, 7)
    b.replace("\n\n", 7, 7)
    b.copy("c", 9)
    text, m = b.build()
    assert text == "ab&\n\nc" and m.span(0, 3) == (0, 7) and m.span(2, 6) == (2, 10) and m.span(3, 5) == (7, 7)
    assert m.span(6, 6) == (10, 10)
    outer = OffsetMap.identity(len(text)).then(m)
    assert [outer.span(i, i + 1) for i in range(len(text))] == [m.span(i, i + 1) for i in range(len(text))]


@given(st.lists(st.tuples(st.sampled_from(["copy", "replace"]), st.text(min_size=0, max_size=5),
                          st.integers(0, 3)), max_size=30), st.integers(0, 40), st.integers(0, 40))
def test_a_span_of_any_map_is_ordered_and_inside_the_base(pieces, a, b):
    base = 0
    builder = MapBuilder(0)
    for kind, text, skip in pieces:
        base += skip
        if kind == "copy":
            builder.copy(text, base)
            base += len(text)
        else:
            builder.replace(text, base, base + skip)
            base += skip
    builder.base_length = base
    text, m = builder.build()
    s, e = m.span(min(a, b), max(a, b))
    assert 0 <= s <= e <= base


# --- hard wraps --------------------------------------------------------------------------------------------------

def test_a_hard_wrapped_draft_is_read_as_paragraphs():
    draft = ("Harbour bridge stays shut\n\n"
             "The harbour bridge will stay closed until June, the city said on\n"
             "Tuesday. \"We found more rust than we expected,\" said engineer Ana\n"
             "Lopes, who leads the repairs.\n\n"
             "Shop owners on the quay said they had lost half their customers.\n"
             "Some of them want compensation from the city.\n")
    prose = from_text(draft).pipeline_text
    assert prose == ("Harbour bridge stays shut\n\n"
                     "The harbour bridge will stay closed until June, the city said on Tuesday. \"We found more "
                     "rust than we expected,\" said engineer Ana Lopes, who leads the repairs.\n\n"
                     "Shop owners on the quay said they had lost half their customers. Some of them want "
                     "compensation from the city.\n")


def test_one_paragraph_per_line_and_short_lines_are_not_wraps():
    assert wrap_breaks("Headline\nA first paragraph that is fairly long and ends here.\nA second one.\n") == set()
    liveblog = "\n\n".join(f"{h}.{m} uur\nKort bericht nummer {h}{m}\n" + "Lange tekst " * 30
                           for h, m in (("13", "48"), ("13", "20"), ("12", "55")))
    assert wrap_breaks(liveblog) == set()
    lines = "\n".join(("Een zin van gemiddelde lengte die hier eindigt. " * k).strip() for k in (3, 1, 2, 4, 1))
    assert wrap_breaks(lines) == set()


def test_list_items_and_indented_lines_stay_lines_in_a_wrapped_text():
    text = ("The council listed three reasons for the delay in its letter to the\n"
            "residents of the island, which was sent out on Monday morning:\n"
            "- the cost of the new quay\n"
            "- the weather\n"
            "    A quotation indented under the paragraph that stands on its own and\n"
            "is long enough to look wrapped by the editor that the reporter used.\n")
    breaks = wrap_breaks(text)
    assert text.index("the\nresidents") + 3 in breaks
    assert text.index("morning:\n") + 8 not in breaks and text.index("quay\n") + 4 not in breaks
    assert text.index("weather\n") + 7 not in breaks


def test_a_word_broken_at_its_hyphen_is_joined_without_a_space():
    para = ("The minister said that the long-awaited plan was a compromise between the two parties of the "
            "coalition and that it would be presented to parliament next week without any changes to its text.")
    width = next(w for w in range(30, 90) if "long-\n" in textwrap.fill(para, w))  # textwrap breaks at hyphens
    text = textwrap.fill(para, width) + "\n"
    prose, m = unwrap(text, wrap_breaks(text))
    assert prose == para + "\n"
    i = prose.index("long-awaited")
    assert text[slice(*m.span(i, i + 12))] == "long-\nawaited"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PARAGRAPH, min_size=1, max_size=5), st.integers(45, 100), st.booleans(), st.booleans())
def test_any_wrapped_text_unwraps_to_its_paragraphs(paragraphs, width, blank, crlf):
    wrapped = ("\n\n" if blank else "\n").join(textwrap.fill(p, width, break_on_hyphens=False) for p in paragraphs)
    if crlf:
        wrapped = wrapped.replace("\n", "\r\n")
    source = from_text(wrapped)
    prose = source.pipeline_text
    # every paragraph of more than one line is one line again; the map takes every character back to itself
    # the promise: a wrap width seen at least twice mid-sentence, and paragraphs separated by blank lines or long
    # enough that their short last lines are a minority
    lines = [textwrap.wrap(p, width, break_on_hyphens=False) for p in paragraphs]
    mid_sentence = sum(1 for ls in lines for line in ls[:-1] if not line.endswith("."))
    if mid_sentence >= 3 and (blank or all(len(ls) >= 3 for ls in lines)):
        for p, ls in zip(paragraphs, lines):
            assert p in prose
    if source.offsets is not None:
        for i, ch in enumerate(prose):
            s, e = source.offsets.span(i, i + 1)
            assert wrapped[s:e] == ch or (ch in " \n" and wrapped[s:e].strip() == "")


def _corpus_texts():
    for folder in ("fixtures/gold", "fixtures/gold-pending", "fixtures/realnews"):
        for p in sorted((ROOT / folder).rglob("*.json")):
            if p.name.startswith("_") or p.name.endswith(".gold.json"):
                continue
            raw = json.loads(p.read_text(encoding="utf-8"))
            if isinstance(raw, dict) and "text" in raw:
                yield raw["text"]
    for p in sorted((ROOT / "fixtures/articles").glob("*.txt")):
        yield p.read_text(encoding="utf-8")


def test_no_article_of_the_corpora_is_taken_for_hard_wrapped():
    texts = list(_corpus_texts())
    assert len(texts) > 200
    assert [t[:40] for t in texts if wrap_breaks(t)] == []


# --- Markdown and HTML maps --------------------------------------------------------------------------------------

def _check_map(source: str, prose: str, m: OffsetMap) -> None:
    """Every character read is its character of the file, an entity or escape for it, or white space."""
    for i, ch in enumerate(prose):
        s, e = m.span(i, i + 1)
        piece = source[s:e]
        if ch.isspace():
            assert piece.strip() == "" or piece == "&nbsp;", (i, ch, piece)
        elif e - s == 1:
            assert piece == ch, (i, ch, piece)
        else:
            assert html.unescape(piece) == ch or piece == "\\" + ch, (i, ch, piece)


MARKUP = st.sampled_from(["**{}**", "*{}*", "_{}_", "[{}](https://example.org/a_b)", "`{}`", "~~{}~~",
                          "{} <!-- x -->", "{}\\*", "{} &amp;", "![img]({}.png) {}", "{}"])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.lists(st.tuples(MARKUP, WORDS), min_size=1, max_size=12),
                          st.sampled_from(["", "# ", "> ", "- ", "1. ", "## "])), min_size=1, max_size=6),
       st.booleans())
def test_markdown_prose_maps_into_the_file(blocks, crlf):
    source = "\n\n".join(prefix + " ".join(f.format(w, w) for f, w in words) for words, prefix in blocks) + "\n"
    if crlf:
        source = source.replace("\n", "\r\n")
    item = from_text(source, input_format="markdown")
    _check_map(source, item.pipeline_text, item.offsets)
    assert "*" not in item.pipeline_text.replace("\\*", "") or "\\*" in source
    assert "https" not in item.pipeline_text and "<!--" not in item.pipeline_text


TAGS = st.sampled_from(["<p>{}</p>", "<h2>{}</h2>", "<p>{} <em>x</em></p>", "<p>{} &amp; &#233; &eacute;</p>",
                        "<blockquote><p>{}</p></blockquote>", "<script>var a = '{}';</script>",
                        "<nav>{}</nav>", "<p>{}<br>\n{}</p>", "<div class=\"share\">{}</div>", "<li>{}"])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(TAGS, SENTENCE), min_size=1, max_size=10), st.booleans())
def test_html_prose_maps_into_the_file(blocks, crlf):
    source = "<html><body>\n" + "\n".join(t.format(s, s) for t, s in blocks) + "\n</body></html>\n"
    if crlf:
        source = source.replace("\n", "\r\n")
    prose, m = html_reader.extract(source)
    _check_map(source, prose, m)
    assert "<" not in prose and "var a" not in prose and "&amp;" not in prose
    assert not re.search(r"[ \t]{2}", prose)


def test_html_article_body_wins_over_the_page():
    page = ("<html><head><title>T</title></head><body><p>Menu text outside.</p>"
            "<main><p>Main text.</p><article><h1>Kop</h1><p>Artikel&nbsp;tekst.</p></article></main></body></html>")
    prose, m = html_reader.extract(page)
    assert prose == "Kop\n\nArtikel tekst."
    prose, _ = html_reader.extract(page.replace("<article>", "<section>").replace("</article>", "</section>"))
    assert prose == "Main text.\n\nKop\n\nArtikel tekst."


def test_markdown_skips_code_tables_front_matter_and_html():
    source = ("---\ntitle: \"Not a quote\"\n---\n# Kop\n\n```\n\"code\", he said\n```\n\n    indented code\n\n"
              "| a | b |\n|---|---|\n| \"c\" | d |\n\n<div>\n\"html\", she said\n</div>\n\nTekst met `code` en "
              "<https://example.org>.\n")
    prose, m = md_reader.extract(source, set())
    assert prose == "Kop\n\nTekst met code en ."


HOSTILE = st.lists(st.one_of(st.sampled_from(["*", "**", "_", "[", "](", ")", "<", ">", "&", "&amp;", "&#", ";",
                                              "\\", "`", "```", "#", "- ", "1. ", "> ", "\n", "\r\n", "\r", "\t",
                                              "    ", "---", "<!--", "-->", "<p>", "</p>", "<br>", "<script>",
                                              "</script>", "<article>", "|", "~~", "!", "\u00a0", "\ufeff", "é",
                                              "“", "”", "\u2028"]),
                             st.text(max_size=6)), max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(HOSTILE, st.sampled_from(["text", "markdown", "html"]))
def test_any_text_in_any_format_reads_with_an_ordered_map_inside_the_file(text, fmt):
    import numpy as np

    item = from_text(text, input_format=fmt)
    prose = item.pipeline_text
    assert "\r" not in prose  # every line ending is \n for the pipeline
    if item.offsets is None:
        assert prose == text
        return
    m = item.offsets
    assert len(m) == len(prose) and m.base_length == len(text)
    starts, ends = m.starts(np.arange(len(prose) + 1)), m.ends(np.arange(len(prose)))
    assert np.all(np.diff(starts) >= 0)  # the prose keeps the file's order
    assert np.all(ends >= starts[:-1]) and np.all(ends <= len(text))
    for i in range(len(prose)):
        s, e = m.span(i, i + 1)
        assert 0 <= s <= e <= len(text)
