"""The markup → source-offset aligner."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from fabula.ingest.aligner import TreeOffsets, iter_text_slots, text_stream
from fabula.ingest.html import parse_html_tree


def test_stream_skips_markup_and_decodes_entities():
    src = ('<!DOCTYPE html><p class="a>b" title=\'x > y\'>Tom &amp; Jerry&#8217;s <!-- no -->'
           "cat&nbsp;&#x2014;<![CDATA[raw <b>]]>&amp</p><?pi stuff?>a < b")
    stream, offs = text_stream(src)
    assert stream == "Tom & Jerry\u2019s cat\u00a0\u2014raw <b>&a < b"
    assert len(offs) == len(stream)
    assert src[offs[stream.index("Jerry")]:].startswith("Jerry")
    assert src[offs[stream.index("\u2019")]:].startswith("&#8217;")
    assert src[offs[stream.index("raw")]:].startswith("raw <b>]]>")
    assert src[offs[stream.index("a < b")]:] == "a < b"


def test_crlf_is_one_newline():
    stream, offs = text_stream("<p>one\r\ntwo\rthree</p>")
    assert stream == "one\ntwo\nthree"
    assert offs[3] == 7  # the '\n' of '\r\n'


def test_text_nodes_are_located_in_document_order():
    src = "<html><body><div>Hello <b>there</b> Hello</div><p>there</p></body></html>"
    root = parse_html_tree(src, None)
    tro = TreeOffsets(root, src)
    seen = []
    for el, slot, _ in iter_text_slots(root):
        text, offs = tro.get(el, slot)
        seen.append((text, offs[0]))
        assert src[offs[0] : offs[-1] + 1] == text
    assert [o for _, o in seen] == sorted(o for _, o in seen)
    assert tro.missed == 0


_piece = st.one_of(
    st.text(alphabet=st.characters(blacklist_characters="<&\r", blacklist_categories=("Cs",)), min_size=1,
            max_size=12),
    st.sampled_from(["&amp;", "&lt;", "&#8220;", "&#x2019;", "&hellip;", "&nbsp;", "&eacute;"]),
    st.sampled_from(["<em>", "</em>", "<br/>", "<!-- c -->", '<a href="x?a=1&b=2">', "</a>"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_piece, min_size=1, max_size=25))
def test_stream_matches_unescaped_text_and_offsets_point_at_sources(pieces):
    src = "".join(pieces)
    stream, offs = text_stream(src)
    expected = "".join(html.unescape(p) for p in pieces if not p.startswith("<"))
    assert stream == expected
    for ch, o in zip(stream, offs, strict=True):
        assert src[o] == ch or src[o] == "&"
