"""Placing scenes on story time: the fabula behind the telling.

Story time is relative, in days, with 0 at the first scene of the main narrative. Main-line
scenes move forward: by the time skip that opens them ("The next morning" = +1, "Later that
night" = +0.3, "Ten years later"), or by a small step when nothing is said (a scene after another
is later, never earlier). A flashback is placed before the scene that frames it, by the distance
it states ("Six months ago") or, failing that, by a past distance stated in the framing scene
("It's been six months since..."), or just before the frame when no distance is given.
Flash-forwards are placed after their frame the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fabula.ingest.plain import SEASONS, SECTION_UNITS
from fabula.structure.timex import WORD_NUMBERS, Timex

STEP = 0.01  # the default forward step between consecutive scenes (unknown but later)
BREAK_STEP = 0.5  # a break line with no stated time skip: some hours later
UNKNOWN_BACK = 30.0  # a flashback with no stated distance: placed this far before its frame


@dataclass
class Placed:
    time: float
    known: bool
    timexes: list[int] = field(default_factory=list)  # indexes into the timex list
    confidence: float = 0.5


def _opening(timexes: list[tuple[int, Timex]], start: int, window: int = 120) -> list[tuple[int, Timex]]:
    return [(k, t) for k, t in timexes if start <= t.span[0] < start + window]


def place_scenes(scenes: list[dict], timexes: list[Timex]) -> list[Placed]:
    """``scenes``: dicts with span, boundary, flashback (index or None), flashback_kind,
    flashback_opening (span). Returns one Placed per scene."""
    by_scene: list[list[tuple[int, Timex]]] = []
    for s in scenes:
        a, b = s["span"]
        by_scene.append([(k, t) for k, t in enumerate(timexes) if a <= t.span[0] < b])
    out: list[Placed] = []
    now = 0.0
    frame_idx: int | None = None
    fb_base: dict[int, float] = {}
    for i, s in enumerate(scenes):
        own = by_scene[i]
        fb = s.get("flashback")
        if fb is None:
            if not out or frame_idx is None:
                placed = Placed(0.0, True, [], 0.9)
            else:
                opening = [(k, t) for k, t in _opening(own, s["span"][0])
                           if t.direction in ("future", "same") and t.offset_days is not None]
                if opening:
                    k, t = opening[0]
                    placed = Placed(now + max(t.offset_days or 0.0, STEP), True, [k], 0.8)
                elif s["boundary"] in ("scene_break", "heading"):
                    placed = Placed(now + BREAK_STEP, False, [], 0.4)
                else:
                    placed = Placed(now + STEP, False, [], 0.5)
            now = placed.time
            frame_idx = i
            out.append(placed)
            continue
        sign = -1.0 if s.get("flashback_kind", "analepsis") == "analepsis" else 1.0
        if fb in fb_base:
            placed = Placed(fb_base[fb] + STEP * (i - next(j for j, x in enumerate(scenes) if x.get("flashback") == fb)),
                            False, [], 0.5)
            out.append(placed)
            continue
        frame_time = now
        want = "past" if sign < 0 else "future"
        op = s.get("flashback_opening")
        cand = [(k, t) for k, t in enumerate(timexes)
                if op and op[0] <= t.span[0] < op[1] and t.direction == want and t.offset_days is not None]
        cand += [(k, t) for k, t in own if t.direction == want and t.offset_days is not None and not t.quoted]
        if not cand and frame_idx is not None:
            cand = [(k, t) for k, t in by_scene[frame_idx] if t.direction == want and t.offset_days is not None
                    and t.kind == "duration" and not t.quoted]
        if cand:
            k, t = min(cand, key=lambda kt: (kt[1].kind != "duration", kt[1].span[0]))
            placed = Placed(frame_time + (t.offset_days or 0.0), True, [k], 0.75)
        else:
            placed = Placed(frame_time + sign * UNKNOWN_BACK, False, [], 0.3)
        fb_base[fb] = placed.time
        out.append(placed)
    return out


_LABEL_YEAR = re.compile(rf"^\s*(?:({SEASONS}),?\s+)?((?:1[5-9]|20)\d\d)\.?\s*$", re.IGNORECASE)
_LABEL_UNIT = re.compile(rf"\b({SECTION_UNITS})\s+(\d{{1,4}}|[A-Z]+(?:-[A-Z]+)?)\b")
_LABEL_NUMERAL = re.compile(r"^\s*(\d{1,3})\.?\s*$")
_SEASON_PART = {"spring": 0.25, "summer": 0.5, "autumn": 0.75, "fall": 0.75, "winter": 0.95}


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    vals = [WORD_NUMBERS.get(w) for w in word.lower().split("-")]
    if word.lower() in ("a", "an") or not all(isinstance(v, int) for v in vals):
        return None
    return sum(vals)  # type: ignore[arg-type]


def section_label(text: str) -> tuple[str, float, bool] | None:
    """The time a section heading names, as (kind, value, counted): "1984" -> ("year", 1984), "Summer
    1999" -> ("year", 1999.5), "YEAR 6. THE FLAT" -> ("YEAR", 6), "WEEK TWO" -> ("WEEK", 2), "3." ->
    ("number", 3). ``counted`` is true for plain and spelled-out numbers (not years), which may count down."""
    m = _LABEL_YEAR.match(text)
    if m:
        return "year", float(m.group(2)) + _SEASON_PART.get((m.group(1) or "").lower(), 0.0), False
    m = _LABEL_NUMERAL.match(text)
    if m:
        return "number", float(m.group(1)), True
    m = _LABEL_UNIT.search(text)
    if m:
        n = _number(m.group(2))
        return (m.group(1), float(n), True) if n is not None else None
    return None


def order_by_section_labels(labels: list[str | None], placed: list[Placed]) -> list[Placed]:
    """Sections headed by the time they tell ("2015", "YEAR ONE", "3.") follow their labels, not the
    telling: a story that opens in "YEAR 6" and goes back to "YEAR 2" tells year 2 first on story time.
    ``labels``: the heading each scene opens with (the first scene's too), or None. Only when at least
    two headings carry a label of one kind and those labels are out of reading order; numbers that fall
    by one each time ("3.", "2.", "1.") are a countdown told in order and are left alone. A scene keeps its
    place relative to the labelled heading it falls under."""
    read = [section_label(t) if t else None for t in labels]
    by_kind: dict[str, list[tuple[float, bool]]] = {}
    for lab in read:
        if lab:
            by_kind.setdefault(lab[0], []).append((lab[1], lab[2]))
    kinds = []
    for kind, vals in by_kind.items():
        v = [x for x, _ in vals]
        if len(v) < 2 or all(a <= b for a, b in zip(v, v[1:], strict=False)):
            continue
        if vals[0][1] and all(b == a - 1 for a, b in zip(v, v[1:], strict=False)):
            continue  # a countdown
        kinds.append(kind)
    if len(kinds) != 1:
        return placed
    kind = kinds[0]
    span = max(p.time for p in placed) - min(p.time for p in placed) + 1.0
    out: list[Placed] = []
    base: float | None = None
    anchor = 0.0
    for lab, p in zip(read, placed, strict=True):
        if lab and lab[0] == kind:
            base, anchor = lab[1] * span, p.time
        if base is None:
            out.append(p)
        else:
            out.append(Placed(base + (p.time - anchor), p.known, p.timexes, p.confidence))
    return out


def story_order(placed: list[Placed]) -> list[int]:
    """Rank of each scene on story time (ties keep discourse order)."""
    order = sorted(range(len(placed)), key=lambda i: (placed[i].time, i))
    rank = [0] * len(placed)
    for r, i in enumerate(order):
        rank[i] = r
    return rank
