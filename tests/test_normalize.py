"""Normalization keeps a faithful map back to the source."""

from hypothesis import given
from hypothesis import strategies as st

from fabula.normalize import StoryBuilder, normalize_chars


def _norm(s: str) -> tuple[str, list[int]]:
    return normalize_chars(s, list(range(len(s))))


def test_quotes_dashes_ellipsis_unified():
    text, offs = _norm("\u201cHi\u2026\u201d she said \u2014 \u2018twice\u2019")
    assert text == "\"Hi...\" she said \u2014 'twice'"
    # the three dots all come from the single ellipsis character
    assert offs[3] == offs[4] == offs[5] == 3


def test_whitespace_collapsed_and_stripped():
    text, offs = _norm("  a\u00a0\t b  \n c ")
    assert text == "a b c"
    assert offs[0] == 2


def test_nfc_composes_combining_marks():
    text, _ = _norm("Rene\u0301e")
    assert text == "Ren\u00e9e"


def test_invisible_characters_dropped():
    text, _ = _norm("soft\u00adhyphen\u200bzero")
    assert text == "softhyphenzero"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_offsets_are_monotonic_and_in_range(s):
    text, offs = _norm(s)
    assert len(text) == len(offs)
    assert all(0 <= o < len(s) for o in offs)
    assert offs == sorted(offs)


@given(st.lists(st.text(alphabet="abc \u201c\u201d\u2014\u2026\u00e9", min_size=1, max_size=30), min_size=1, max_size=8))
def test_story_source_spans_point_at_same_words(paras):
    src = "\n".join(paras)
    b = StoryBuilder(src)
    pos = 0
    for p in paras:
        b.add_paragraph(p, range(pos, pos + len(p)))
        pos += len(p) + 1
    story = b.build()
    for para in story.paragraphs:
        s, e = story.source_span(para.span)
        assert 0 <= s <= e <= len(src)
        # every ASCII letter of the normalized paragraph appears in its source slice, in order
        letters = [c for c in story.text[para.span[0]:para.span[1]] if c in "abc"]
        assert letters == [c for c in src[s:e] if c in "abc"]


def test_spaces_inside_curly_quotes_are_tightened():
    # a curly mark says which way it faces, so the space inside it carries nothing
    text, offs = _norm("\u2018 It is late , \u2019 I said ; \u201c Who ? \u201d")
    assert text == "'It is late ,' I said ; \"Who ?\""
    assert offs[1] == 2  # "I" of "It" keeps its source offset after the dropped space
    # only a paragraph set in that spaced style: wrong-facing marks keep the spaces that place them
    assert _norm("\u201cStop!\u201c Mara said. \u201cYou\u2019ll fall.\u201c")[0] == '"Stop!" Mara said. "You\'ll fall."'
    assert _norm("goin\u2018 home to the boys\u2018 school")[0] == "goin' home to the boys' school"
    # apostrophes and straight marks keep their spaces
    assert _norm("he said ' hello ' twice")[0] == "he said ' hello ' twice"
    assert _norm("the \u2019em and \u2018cause")[0] == "the 'em and 'cause"
