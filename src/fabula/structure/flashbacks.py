"""Finding anachronies: stretches told out of story order.

Explicit ones are easy to see — a "Flashback" line, a "Six months ago" dateline — and are closed
by "Flashback over", "End of flashback", "Present day" or the next break. Implicit ones are read
from how narration moves in time, which is what a reader does too:

* a memory frame ("I remember the night it ended like it was yesterday", "I still remember");
* a distance opener ("Thirty years earlier, she had stood...", "When I was nine, ...");
* a run of past perfect inside past narration ("had stood", "had made"), which English uses to
  step behind the narrative now;
* a run of past tense inside present narration;
* an italic block that reads as a memory (past perfect, or past inside a present story);
* a run of "will" futures in narration for a flash-forward (prolepsis).

They close at an explicit return ("I came out of the flashback", "I blink and I'm back", a
sentence starting "Now"), at "That was four years ago.", at a break, or when the tense moves back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fabula.model import Span
from fabula.structure.features import Para
from fabula.structure.markers import (
    AGO_OPENER_RE,
    DATELINE_RE,
    FLASHBACK_CLOSE_LINE_RE,
    FLASHBACK_OPEN_LINE_RE,
    FLASHFORWARD_OPEN_LINE_RE,
    MEMORY_FRAME_RE,
    PRESENT_LINE_RE,
    RETURN_RE,
    STRONG_FRAME_RE,
)

MAX_IMPLICIT_PARAS = 30
PAST_RECALL_RE = re.compile(r"\b(?:remembered|recalled)\b", re.I)
IDIOM_FRAME_RE = re.compile(r"like\s+it\s+was\s+yesterday|never\s+forget", re.I)
SHORT_LINE_WORDS = 8


@dataclass
class FlashDraft:
    """A found anachrony in character offsets, with the text that opened and closed it."""

    start: int
    end: int
    kind: str  # analepsis | prolepsis
    explicit: bool
    cue: str  # marker | dateline | memory_frame | ago | past_perfect | past_shift | italic | future
    opening: Span
    closing: Span | None
    confidence: float
    # a marker line that closes it and should stay inside it (e.g. "Flashback over")
    closing_inside: bool = False


def is_short_line(p: Para) -> bool:
    return p.kind == "text" and p.words <= SHORT_LINE_WORDS and not p.text.lstrip().startswith('"')


def line_role(p: Para) -> str | None:
    """What a short text line does: flashback_open, flashforward_open, flashback_close,
    present, dateline_past, dateline_future — or None."""
    if not is_short_line(p):
        return None
    t = p.text.strip()
    if FLASHBACK_CLOSE_LINE_RE.match(t):
        return "flashback_close"
    if FLASHFORWARD_OPEN_LINE_RE.match(t):
        return "flashforward_open"
    if FLASHBACK_OPEN_LINE_RE.match(t):
        return "flashback_open"
    if PRESENT_LINE_RE.match(t):
        return "present"
    m = DATELINE_RE.match(t)
    if m:
        d = (m.group("dir") or m.group("dir2")).lower()
        return "dateline_past" if d in ("ago", "earlier", "before", "previously", "prior") else "dateline_future"
    return None


def _in_quote(pos: int, p: Para) -> bool:
    return any(a <= pos < b for a, b in p.quotes)


def _narration_sents(p: Para) -> list[Span]:
    """Sentences of a paragraph that do not start inside a quote."""
    return [s for s in p.sents if not _in_quote(s[0], p) and p.text[s[0] - p.span[0]:].lstrip()[:1] != '"']


def base_tense(paras: list[Para]) -> str:
    past = sum(p.past + p.perf for p in paras if p.kind == "text")
    pres = sum(p.pres for p in paras if p.kind == "text")
    return "present" if pres > past else "past"


def _is_break(p: Para) -> bool:
    return p.kind in ("scene_break", "heading", "pov_header") or line_role(p) is not None


def find_explicit(paras: list[Para]) -> list[FlashDraft]:
    """Flashbacks opened by a marker line ("Flashback", "Six months ago") and closed by a
    closing line, a "Present day" line, the next break or the chapter's end."""
    out: list[FlashDraft] = []
    i = 0
    n = len(paras)
    while i < n:
        p = paras[i]
        role = line_role(p)
        if role not in ("flashback_open", "flashforward_open", "dateline_past"):
            i += 1
            continue
        kind = "prolepsis" if role == "flashforward_open" else "analepsis"
        end_para = None
        closing: Span | None = None
        closing_inside = False
        j = i + 1
        # First look for a closing line before the next heading/POV header/chapter change.
        while j < n and paras[j].chapter == p.chapter and paras[j].kind not in ("heading", "pov_header"):
            r = line_role(paras[j])
            if r == "flashback_close":
                end_para, closing, closing_inside = j, paras[j].span, True
                break
            if r in ("present", "dateline_future", "flashback_open", "dateline_past", "flashforward_open"):
                end_para, closing = j - 1, paras[j].span
                break
            j += 1
        confidence = 0.95 if closing else 0.7
        if end_para is None:
            # No closing line: the flashback runs to the next break.
            j = i + 1
            while j < n and paras[j].chapter == p.chapter and paras[j].kind == "text":
                j += 1
            end_para = j - 1
            if j < n:
                closing = paras[j].span
        last = end_para
        while last > i and paras[last].kind != "text":
            last -= 1
        if last <= i:
            i += 1
            continue
        out.append(FlashDraft(p.span[0], paras[last].span[1], kind, True,
                              "marker" if role != "dateline_past" else "dateline", p.span, closing,
                              confidence if role != "dateline_past" else confidence - 0.05, closing_inside))
        i = max(end_para, i) + 1
    return out


def _frame_start(p: Para, nxt: Para | None) -> tuple[int, Span, str, float] | None:
    """A memory frame or distance opener in a paragraph: where the flashback starts, the
    evidence, the cue and how strong it is."""
    sents = _narration_sents(p)
    for k, (a, b) in enumerate(sents):
        s = p.text[a - p.span[0]: b - p.span[0]]
        if AGO_OPENER_RE.match(s):
            return a, (a, b), "ago", 0.75
        m = MEMORY_FRAME_RE.search(s)
        if m:
            # "I remembered our first kiss" in past narration is a summary, not a told memory:
            # only a present-tense frame (the narrating "I" now) or an idiom is strong alone.
            strong = bool(STRONG_FRAME_RE.search(s)) and not (PAST_RECALL_RE.search(s) and not IDIOM_FRAME_RE.search(s))
            if k == len(sents) - 1 and b >= p.span[1] - 2:
                if nxt is None:
                    return None
                return nxt.span[0], (a, b), "memory_frame", 0.8 if strong else 0.55
            return a, (a, b), "memory_frame", 0.8 if strong else 0.55
    return None


def _perfect_run(p: Para) -> bool:
    """Narration mostly in the past perfect: the English way of stepping behind a past-tense now.
    Several such verbs are needed, since a single "had gone" is ordinary backgrounding."""
    return p.perf >= 3 and p.perf / max(1, p.finite) >= 0.6 and p.narr_words >= 30


def _past_inside(p: Para, base: str) -> bool:
    """Narration in this paragraph is behind the narrative now."""
    if base == "present":
        return p.past + p.perf > p.pres and p.past + p.perf >= 2
    return p.perf >= 1


def _find_end(paras: list[Para], i: int, start: int, base: str, cue: str) -> tuple[int, Span | None, float]:
    """Where an implicit flashback that starts in paragraph ``i`` at ``start`` ends."""
    n = len(paras)
    # An explicit closing line later in the same section settles it.
    j = i + 1
    while j < n and paras[j].chapter == paras[i].chapter and paras[j].kind == "text":
        r = line_role(paras[j])
        if r == "flashback_close":
            return paras[j].span[1], paras[j].span, 0.15
        if r == "present":
            return paras[j - 1].span[1], paras[j].span, 0.1
        if r is not None:
            break
        j += 1
    end = paras[i].span[1]
    closing: Span | None = None
    # a return inside the start paragraph itself (after the start)
    italic = paras[i].italic >= 0.8
    for j in range(i, min(n, i + MAX_IMPLICIT_PARAS)):
        p = paras[j]
        if j > i and (p.kind != "text" or line_role(p) is not None):
            return end, p.span, 0.0
        if j > i and italic and p.italic < 0.8:
            return end, p.span, 0.05  # a memory set in italics ends where the italics end
        for a, b in _narration_sents(p):
            if a <= start:
                continue
            s = p.text[a - p.span[0]: b - p.span[0]]
            m = RETURN_RE.search(s)
            if m:
                low = s.lower()
                if ("ago" in low or "earlier" in low) and not low.startswith(("now", "but now")):
                    return b, (a, b), 0.1  # "That was four years ago." closes and belongs
                return a, (a, b), 0.1
            if j > i and a == p.span[0] and base == "past" and cue in ("past_perfect", "ago", "memory_frame"):
                pass
        if j > i:
            if base == "present":
                if p.pres > p.past + p.perf and p.pres >= 2:
                    return end, (p.span[0], p.span[0]), -0.1
            elif p.perf == 0 and p.finite >= 2 and p.narr_words >= 12:
                return end, (p.span[0], p.span[0]), -0.15
        end = p.span[1]
        closing = None
    return end, closing, -0.2


def find_implicit(paras: list[Para], covered: list[Span], base: str) -> list[FlashDraft]:
    """Flashbacks and flash-forwards with no marker line."""
    out: list[FlashDraft] = []
    n = len(paras)

    def is_covered(pos: int) -> bool:
        return any(a <= pos < b for a, b in covered) or any(f.start <= pos < f.end for f in out)

    i = 0
    while i < n:
        p = paras[i]
        if p.kind != "text" or line_role(p) is not None or is_covered(p.span[0]):
            i += 1
            continue
        nxt = paras[i + 1] if i + 1 < n and paras[i + 1].kind == "text" and line_role(paras[i + 1]) is None else None
        found = _frame_start(p, nxt)
        draft: FlashDraft | None = None
        if found:
            start, ev, cue, conf = found
            si = i if start < p.span[1] else i + 1
            sp = paras[si]
            # Narration after the frame must actually be behind the now, unless the frame is strong.
            behind = (base == "past" and conf >= 0.8) or (
                _past_inside(sp, base) if conf >= 0.8 or base == "present" else _perfect_run(sp))
            if behind and not is_covered(start):
                end, closing, dc = _find_end(paras, si, start, base, cue)
                if end > start:
                    draft = FlashDraft(start, end, "analepsis", False, cue, ev, closing,
                                       round(min(0.95, conf + dc), 2))
        if draft is None and p.italic >= 0.8 and p.words >= 15:
            prev = paras[i - 1] if i > 0 else None
            cue_before = prev is not None and bool(MEMORY_FRAME_RE.search(prev.text) or "last time" in prev.text)
            if p.perf >= 1 or cue_before or (base == "present" and _past_inside(p, base)):
                j = i
                while j + 1 < n and paras[j + 1].kind == "text" and paras[j + 1].italic >= 0.8:
                    j += 1
                closing = paras[j + 1].span if j + 1 < n else None
                draft = FlashDraft(p.span[0], paras[j].span[1], "analepsis", False, "italic", p.span, closing, 0.75)
        if draft is None and p.narr_words >= 15:
            prev_text = next((q for q in reversed(paras[:i]) if q.kind == "text"), None)
            prev_ratio = prev_text.perf / prev_text.finite if prev_text and prev_text.finite else 0.0
            if base == "past" and _perfect_run(p) and prev_ratio < 0.2 and not p.text.lstrip().startswith('"'):
                end, closing, dc = _find_end(paras, i, p.span[0], base, "past_perfect")
                draft = FlashDraft(p.span[0], end, "analepsis", False, "past_perfect", p.sents[0] if p.sents else p.span,
                                   closing, round(0.55 + dc / 2, 2))
            elif p.fut >= 3 and p.fut / max(1, p.finite) >= 0.5:
                j = i
                while j + 1 < n and paras[j + 1].kind == "text" and paras[j + 1].fut >= 2:
                    j += 1
                closing = paras[j + 1].span if j + 1 < n else None
                draft = FlashDraft(p.span[0], paras[j].span[1], "prolepsis", False, "future",
                                   p.sents[0] if p.sents else p.span, closing, 0.6)
            elif base == "present" and _past_inside(p, base) and p.past + p.perf >= 3 and prev_text is not None \
                    and prev_text.pres >= prev_text.past:
                end, closing, dc = _find_end(paras, i, p.span[0], base, "past_shift")
                draft = FlashDraft(p.span[0], end, "analepsis", False, "past_shift", p.sents[0] if p.sents else p.span,
                                   closing, round(0.5 + dc / 2, 2))
        if draft is not None and draft.end > draft.start:
            out.append(draft)
            while i < n and paras[i].span[0] < draft.end:
                i += 1
            continue
        i += 1
    return out


def find_flashbacks(paras: list[Para]) -> list[FlashDraft]:
    """Explicit flashbacks first, then implicit ones in the text they leave."""
    explicit = find_explicit(paras)
    base = base_tense([p for p in paras if not any(f.start <= p.span[0] < f.end for f in explicit)])
    implicit = find_implicit(paras, [(f.start, f.end) for f in explicit], base)
    # A closing line with no opening: the flashback began at an implicit cue we missed; keep
    # the explicit evidence by extending back to the previous break.
    drafts = sorted(explicit + implicit, key=lambda f: f.start)
    for k, p in enumerate(paras):
        if line_role(p) != "flashback_close" or any(f.start <= p.span[0] < f.end + 4 for f in drafts):
            continue
        j = k
        while j > 0 and not _is_break(paras[j - 1]) and paras[j - 1].chapter == p.chapter:
            j -= 1
        if j < k:  # at least one paragraph of story before the closing line
            drafts.append(FlashDraft(paras[j].span[0], p.span[1], "analepsis", True, "marker", p.span, p.span,
                                     0.5, True))
    drafts.sort(key=lambda f: f.start)
    return drafts
