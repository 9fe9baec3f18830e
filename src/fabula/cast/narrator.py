"""Who tells each section: first-person detection and naming the narrator.

A section is a chapter cut at scene breaks and POV headers (a POV header usually switches the
teller). Person: first-person singular pronouns *outside quotes* against third-person ones —
dialogue is full of "I" in third-person novels, so quotes must not count. Naming, strongest
first: a POV header ("Kurt's point of view"); vocatives in quotes not spoken by the narrator
("Kurt, I'm so sorry," she said — said to "me"); a POV phrase in the work's metadata.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from fabula.cast.names import Occurrence
from fabula.cast.quotes import QuoteMap
from fabula.model import Span, Story

FIRST = {"i", "me", "my", "mine", "myself"}
THIRD = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}


@dataclass
class Section:
    span: Span
    chapter: int
    first: int = 0  # first-person singular pronouns outside quotes
    third: int = 0
    words: int = 0
    person: int | None = None
    pov_name: str | None = None
    pov_span: Span | None = None
    narrator_name: str | None = None
    evidence: list[tuple[str, Span]] = field(default_factory=list)
    confidence: float = 0.0


def sections(story: Story) -> list[Section]:
    """Chapters cut at scene breaks and POV headers; a POV header opens its section."""
    from fabula.ingest.plain import pov_header_name

    out: list[Section] = []
    paras = story.paragraphs
    if not paras:
        return [Section((0, len(story.text)), 0)]
    cur_start = paras[0].span[0]
    cur_ch = paras[0].chapter
    pov: tuple[str, Span] | None = None
    for p in paras:
        cut = p.chapter != cur_ch or p.kind in ("scene_break", "pov_header", "heading")
        if cut and p.span[0] > cur_start:
            sec = Section((cur_start, p.span[0]), cur_ch)
            if pov:
                sec.pov_name, sec.pov_span = pov
            out.append(sec)
            cur_start = p.span[0]
            if p.chapter != cur_ch:
                pov = None
        cur_ch = p.chapter
        if p.kind == "pov_header":
            name = pov_header_name(story.paragraph_text(p))
            pov = (name, p.span) if name else pov
    sec = Section((cur_start, len(story.text)), cur_ch)
    if pov:
        sec.pov_name, sec.pov_span = pov
    out.append(sec)
    return out


def count_persons(doc, secs: list[Section], qmap: QuoteMap) -> None:
    import bisect

    starts = [s.span[0] for s in secs]
    for t in doc:
        if t.is_space:
            continue
        k = bisect.bisect_right(starts, t.idx) - 1
        if k < 0 or qmap.inside(t.idx):
            continue
        sec = secs[k]
        if t.is_alpha:
            sec.words += 1
        lw = t.lower_
        if lw in FIRST and (lw != "i" or t.text == "I"):
            sec.first += 1
        elif lw in THIRD:
            sec.third += 1


def decide_person(sec: Section) -> None:
    """First person when the narration itself says "I" often enough."""
    if sec.words < 20 and sec.first + sec.third == 0:
        sec.person = None
        return
    rate = sec.first / max(1, sec.words)
    share = sec.first / max(1, sec.first + sec.third)
    if sec.first >= 2 and (rate >= 0.012 and share >= 0.25 or share >= 0.5):
        sec.person = 1
        sec.confidence = min(0.99, 0.5 + share / 2)
    else:
        sec.person = 3
        sec.confidence = min(0.99, 0.5 + (1 - share) / 2)


_I_CUE = re.compile(r"(?:^|[\s,.!?])I\s+(?:\w+ly\s+)?(?:said|asked|yelled|screamed|whispered|replied|"
                    r"answered|cried|called|shouted|muttered|sobbed|told|began|added|continued|"
                    r"murmured|snapped|laughed|sighed|thought)\b")


def vocative_votes(story: Story, occs: list[Occurrence], qmap: QuoteMap,
                   secs: list[Section]) -> dict[int, Counter]:
    """Per section index: names used as vocatives in quotes that the narrator did not speak."""
    import bisect

    starts = [s.span[0] for s in secs]
    votes: dict[int, Counter] = {}
    for o in occs:
        if o.role != "vocative" or not o.in_quote:
            continue
        k = bisect.bisect_right(starts, o.start) - 1
        if k < 0 or secs[k].person != 1:
            continue
        reg = qmap.region(o.start)
        if reg is None:
            continue
        after = story.text[reg[1]: reg[1] + 40].split("\n")[0]
        before = story.text[max(0, reg[0] - 40): reg[0]].split("\n")[-1]
        after = after.split('"')[0]
        before = before.split('"')[-1]
        if _I_CUE.search(" " + after) or re.search(r"\bI\s+\w+\W*$", before):
            continue  # the narrator speaks this quote: the vocative names someone else
        votes.setdefault(k, Counter())[" ".join(o.words)] += 1
    return votes


METADATA_POV = re.compile(r"\b([A-Z][\w'\-]+)(?:'s|s')\s+(?:point\s+of\s+view|p\.?o\.?v\.?)", re.I)


def metadata_pov_names(story: Story) -> list[str]:
    m = story.metadata
    texts = [m.title or "", m.summary or "", m.notes or "", *m.additional_tags]
    out = []
    for t in texts:
        out += [x.group(1) for x in METADATA_POV.finditer(t)]
    return out
