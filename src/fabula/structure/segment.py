"""Cutting the discourse into scenes.

A scene changes when the telling moves in time, place or point of view. Writers mostly say so:
a heading, a POV header, a break line (``***``, ``~~~``, ``-----``), a flashback marker, or a
paragraph that opens with a time skip ("Later that night", "The next morning"). Flashbacks found
by :mod:`fabula.structure.flashbacks` cut where they open and where they close. With no marker at
all, a paragraph that opens with a new place and a new set of people after a long stretch is cut
too (an unmarked shift), with lower confidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from fabula.model import Span
from fabula.structure.features import Para
from fabula.structure.flashbacks import FlashDraft, line_role
from fabula.structure.markers import PLACE_OPENER_RE, TRANSITION_RE

# How much a cut is believed, by what caused it.
CUT_CONFIDENCE = {
    "start": 1.0, "heading": 0.98, "pov_header": 0.97, "scene_break": 0.95, "flashback_start": 0.0,
    "flashback_end": 0.0, "present_marker": 0.9, "dateline": 0.9, "transition": 0.75, "shift": 0.5,
}
# Causes ranked for when two cuts land on the same place: the more telling one names it.
_RANK = ["start", "heading", "pov_header", "flashback_start", "flashback_end", "dateline", "present_marker",
         "scene_break", "transition", "shift"]


@dataclass
class Cut:
    pos: int
    kind: str
    evidence: Span | None
    confidence: float


@dataclass
class SceneDraft:
    span: Span
    paras: list[int]  # indexes of the paragraphs it overlaps (markers included)
    boundary: str
    evidence: Span | None
    confidence: float
    flashback: int | None = None  # index into the flashback drafts


def _next_text_start(paras: list[Para], i: int) -> int | None:
    for p in paras[i + 1:]:
        if p.kind != "scene_break":
            return p.span[0]
    return None


def collect_cuts(paras: list[Para], flashbacks: list[FlashDraft]) -> list[Cut]:
    """Every place a new scene starts, with why."""
    cuts: list[Cut] = []
    if not paras:
        return cuts
    first = next((p for p in paras if p.kind != "scene_break"), paras[0])
    cuts.append(Cut(first.span[0], "start", None, 1.0))
    prev_kind = None
    for i, p in enumerate(paras):
        if p.kind in ("heading", "pov_header"):
            if prev_kind not in ("heading", "pov_header", "scene_break"):
                cuts.append(Cut(p.span[0], p.kind, p.span, CUT_CONFIDENCE[p.kind]))
        elif p.kind == "scene_break":
            pos = _next_text_start(paras, i)
            if pos is not None:
                cuts.append(Cut(pos, "scene_break", p.span, CUT_CONFIDENCE["scene_break"]))
        else:
            role = line_role(p)
            if role in ("present", "dateline_future"):
                kind = "present_marker" if role == "present" else "dateline"
                cuts.append(Cut(p.span[0], kind, p.span, CUT_CONFIDENCE[kind]))
            elif role is None and prev_kind == "text" and not p.text.lstrip().startswith(('"', "'")):
                m = TRANSITION_RE.match(p.text)
                if m:
                    cuts.append(Cut(p.span[0], "transition", (p.span[0] + m.start(), p.span[0] + m.end()),
                                    CUT_CONFIDENCE["transition"]))
                elif _unmarked_shift(paras, i):
                    m = PLACE_OPENER_RE.match(p.text)
                    cuts.append(Cut(p.span[0], "shift", (p.span[0], p.span[0] + (m.end() if m else 0)),
                                    CUT_CONFIDENCE["shift"]))
        prev_kind = p.kind
    for f in flashbacks:
        cuts.append(Cut(f.start, "flashback_start", f.opening, f.confidence))
        end_pos = _after(paras, f.end)
        if end_pos is not None:
            cuts.append(Cut(end_pos, "flashback_end", f.closing, f.confidence))
    return cuts


SHIFT_LOOKBACK = 3  # paragraphs of the current scene whose people are compared


def _unmarked_shift(paras: list[Para], i: int) -> bool:
    """A paragraph that opens on a place and brings in only people the last few paragraphs did
    not have: the telling has moved somewhere else without saying so."""
    p = paras[i]
    if p.narr_words < 20 or not PLACE_OPENER_RE.match(p.text):
        return False
    names = {n for n, _o, _s in p.names}
    if not names:
        return False
    before: set[str] = set()
    k = i - 1
    seen = 0
    while k >= 0 and seen < SHIFT_LOOKBACK and paras[k].kind == "text":
        before.update(n for n, _o, _s in paras[k].names)
        seen += 1
        k -= 1
    return bool(before) and not (names & before)


def _after(paras: list[Para], end: int) -> int | None:
    """The first text position at or after ``end`` (skipping separators and break lines)."""
    for p in paras:
        if p.span[1] <= end:
            continue
        if p.span[0] >= end:
            if p.kind == "scene_break":
                continue
            return p.span[0]
        # end falls inside this paragraph: the next sentence starts after whitespace
        k = end
        while k < p.span[1] and p.text[k - p.span[0]] == " ":
            k += 1
        return k if k < p.span[1] else None
    return None


def _merge(cuts: list[Cut], paras: list[Para]) -> list[Cut]:
    """One cut per place: cuts in the same paragraph, or separated only by marker lines, merge;
    the most telling cause names the boundary and the strongest confidence is kept."""
    cuts = sorted(cuts, key=lambda c: c.pos)
    starts = [p.span[0] for p in paras]

    def para_index(pos: int) -> int:
        import bisect

        return max(0, bisect.bisect_right(starts, pos) - 1)

    merged: list[Cut] = []
    for c in cuts:
        if merged:
            last = merged[-1]
            a, b = para_index(last.pos), para_index(c.pos)
            between_markers = all(paras[k].kind != "text" or line_role(paras[k]) is not None
                                  for k in range(a, b))
            if c.pos == last.pos or (b - a <= 1 and between_markers and a != b) or (
                    a == b and abs(c.pos - last.pos) < 1):
                keep_pos = min(last.pos, c.pos) if last.kind != "flashback_end" else last.pos
                if c.kind == "flashback_start" and last.kind in ("scene_break", "heading", "pov_header"):
                    keep_pos = last.pos
                kinds = sorted([last, c], key=lambda x: _RANK.index(x.kind))
                merged[-1] = Cut(keep_pos, kinds[0].kind, kinds[0].evidence or kinds[1].evidence,
                                 max(last.confidence, c.confidence))
                continue
        merged.append(c)
    return merged


def scenes_from_cuts(paras: list[Para], cuts: list[Cut], flashbacks: list[FlashDraft],
                     text: str) -> list[SceneDraft]:
    """Turn cut positions into scene spans; break lines belong to no scene."""
    cuts = _merge(cuts, paras)
    out: list[SceneDraft] = []
    for k, c in enumerate(cuts):
        end = cuts[k + 1].pos if k + 1 < len(cuts) else len(text)
        members = [p for p in paras if p.span[1] > c.pos and p.span[0] < end and p.kind != "scene_break"]
        if not members:
            continue
        a = max(c.pos, members[0].span[0])
        b = min(end, members[-1].span[1])
        while b > a and text[b - 1].isspace():
            b -= 1
        fb = None
        for fi, f in enumerate(flashbacks):
            ov = min(b, f.end) - max(a, f.start)
            if ov > 0.5 * (b - a):
                fb = fi
                break
        out.append(SceneDraft((a, b), [p.index for p in members], c.kind, c.evidence,
                              c.confidence if c.confidence > 0 else 0.6, fb))
    return out
