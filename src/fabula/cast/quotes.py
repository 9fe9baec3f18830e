"""Where the quotation marks are: a cheap, local view of what is inside quotes.

The cast stage runs before dialogue, yet it must know whether a pronoun sits inside a quote
("I" in a quote is the speaker, not the narrator; "he" in a quote points at someone other than
the speaker). So we pair double quotes within each paragraph ourselves. The text is normalized
(curly quotes are straight), so direction is guessed from the neighbours: a quote preceded by
space is an opener. An opener met while a quote is already open closes the unclosed one first,
and an unclosed quote ends at its paragraph's end — fan fiction often forgets closing marks.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from fabula.model import Span, Story


def _is_opener(text: str, i: int, start: int) -> bool:
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace() or prev in "([{—-":
        return not nxt.isspace()
    return False


def paragraph_quotes(text: str, start: int, end: int) -> list[Span]:
    """Quoted regions (including the quote marks) of ``text[start:end]``."""
    out: list[Span] = []
    open_at: int | None = None
    i = text.find('"', start, end)
    while i != -1:
        if open_at is None:
            open_at = i
        elif _is_opener(text, i, start) and i - open_at > 1 and text[i - 1].isspace():
            # a new quote opens while one is open: the earlier one was never closed
            out.append((open_at, i - 1))
            open_at = i
        else:
            out.append((open_at, i + 1))
            open_at = None
        i = text.find('"', i + 1, end)
    if open_at is not None:
        out.append((open_at, end))
    return out


@dataclass
class QuoteMap:
    """Sorted, non-overlapping quoted regions of a story, with O(log n) membership tests."""

    regions: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [s for s, _ in self.regions]

    @classmethod
    def from_story(cls, story: Story) -> QuoteMap:
        british = _single_quoted(story)
        if british is not None:
            return cls(british)
        regions: list[Span] = []
        for p in story.paragraphs:
            if p.kind == "text":
                regions.extend(paragraph_quotes(story.text, p.span[0], p.span[1]))
        if not story.paragraphs:
            regions = paragraph_quotes(story.text, 0, len(story.text))
        # a chat fic's messages ("Ines: I am now") and dash dialogue ("— I like the cold.") are
        # speech too: their "I" is not a narrator's
        from fabula.dialogue.extract import chat_lines, dash_dialogue, uses_dash_dialogue

        idx = [i for i, p in enumerate(story.paragraphs) if p.kind == "text"]
        chat = sorted(sg.span for sg in chat_lines(story.text, story.paragraphs, idx))
        if chat:
            # a message is one region, quote marks inside it included ('Sol: you said "never"')
            cstarts = [a for a, _ in chat]

            def in_chat(r: Span) -> bool:
                i = bisect.bisect_right(cstarts, r[0]) - 1
                return any(0 <= j < len(chat) and chat[j][0] < r[1] and r[0] < chat[j][1] for j in (i, i + 1))

            regions = [r for r in regions if not in_chat(r)] + chat
            regions.sort()
        extra = []
        if "\u2014" in story.text and uses_dash_dialogue(story.text, story.paragraphs, idx):
            extra += [sg.span for sg in dash_dialogue(story.text, story.paragraphs, idx)]
        if story.emphasis:
            # an italic thought ("*Of course he left it open,* Tamsin thought") is inner speech:
            # its "he" is someone else than the thinker, and its "I" is the thinker
            from fabula.dialogue.extract import italic_thoughts

            extra += [sg.span for sg in italic_thoughts(story.text, story.paragraphs, story.emphasis)]
        if not extra:
            return cls(regions)
        marked, starts = list(regions), [a for a, _ in regions]
        for a, b in extra:  # only where no quote mark already opened a region
            i = bisect.bisect_right(starts, a) - 1
            if not (i >= 0 and marked[i][1] > a) and not (i + 1 < len(marked) and marked[i + 1][0] < b):
                regions.append((a, b))
        return cls(sorted(regions))

    def region(self, offset: int) -> Span | None:
        """The quoted region containing ``offset``, or None when it is narration."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.regions[i][0] <= offset < self.regions[i][1]:
            return self.regions[i]
        return None

    def inside(self, offset: int) -> bool:
        return self.region(offset) is not None


def _single_quoted(story: Story) -> list[Span] | None:
    """Quoted regions (marks included) of a story whose dialogue is in single quotes ('Yes,' she
    said), or None for double-quoted text. Telling a quote mark from an apostrophe needs the
    dialogue stage's extractor; without it every "I" in British-style dialogue would count as
    narration and make a third-person story first-person."""
    if "'" not in story.text or not story.paragraphs:
        return None
    from fabula.dialogue.extract import extract_segments

    segs = extract_segments(story.text, story.paragraphs)
    single = sum(sg.mark == "'" for sg in segs)
    if single <= sum(sg.mark == '"' for sg in segs):
        return None
    text = story.text
    out: list[Span] = []
    for sg in segs:
        a = sg.start - 1 if sg.start > 0 and text[sg.start - 1] == sg.mark else sg.start
        b = sg.end + 1 if sg.end < len(text) and text[sg.end] == sg.mark else sg.end
        if out and a < out[-1][1]:
            a = out[-1][1]
        if b > a:
            out.append((a, b))
    return out
