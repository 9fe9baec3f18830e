"""Property tests of quote extraction over generated text, and bad input."""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from fabula.dialogue.extract import extract_segments
from fabula.model import Paragraph, Story

WORDS = ["the", "cat", "said", "I", "she", "don't", "Smiths'", "'cause", "ran", "home", "Mara", "asked",
         "rock", "'n'", "roll", "yes", "no", "why", "...", "—", "«", "»"]
PIECES = st.sampled_from(WORDS + ['"', "'", '"', ",", ".", "!", "?", "\n\n", "'", "—"])


def make_story(text: str) -> Story:
    """A Story whose paragraphs are the blank-line separated blocks (no ingest: any text works)."""
    paras = [Paragraph(span=(m.start(), m.end())) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    return Story(text=text, paragraphs=paras)


def extract(text: str):
    story = make_story(text)
    return story, extract_segments(story.text, story.paragraphs, story.emphasis)


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, min_size=0, max_size=120))
def test_spans_inside_text_and_paragraphs_and_disjoint(pieces):
    story, segs = extract(" ".join(pieces))
    n = len(story.text)
    prev_end = -1
    for s in segs:
        assert 0 <= s.start < s.end <= n
        p = story.paragraphs[s.para]
        assert p.span[0] <= s.start and s.end <= p.span[1]  # each span lies in its own paragraph
        assert s.start >= prev_end  # sorted, never overlapping
        prev_end = s.end


@settings(max_examples=60, deadline=None)
@given(st.lists(PIECES, min_size=0, max_size=80))
def test_deterministic(pieces):
    text = " ".join(pieces)
    a = [(s.start, s.end, s.mark) for s in extract(text)[1]]
    b = [(s.start, s.end, s.mark) for s in extract(text)[1]]
    assert a == b


def test_continuations_chain_consecutive_paragraphs():
    text = '"One,\n\n"two,\n\n"three," she said.'
    story, segs = extract(text)
    assert [s.continues for s in segs] == [False, True, True]
    assert [s.para for s in segs] == sorted(s.para for s in segs)


def _time(text: str) -> float:
    story = make_story(text)
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()  # CPU time: other jobs on the machine do not count
        extract_segments(story.text, story.paragraphs, story.emphasis)
        best = min(best, time.process_time() - t0)
    return best


def test_linear_time():
    unit = ('"Hello there," Mara said. "Are you well?" I don\'t know, the Smiths\' dog \'cause. '
            "He said 'fine,' and left.\n\n")
    # a ratio, not a time budget: 10x the text must cost far less than the 100x of a quadratic
    small = _time(unit * 500)
    big = _time(unit * 5000)
    assert big < 30 * max(small, 1e-2)


def test_bad_input_does_not_blow_up():
    for text in ["", "no quotes at all here.", '"' * 5000, "'" * 5000, ('" a ' * 3000),
                 "x" * 100_000, ('word "open ' * 20_000)]:
        t0 = time.perf_counter()
        story, segs = extract(text)
        assert time.perf_counter() - t0 < 5.0
        for s in segs:
            assert 0 <= s.start < s.end <= len(story.text)
