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

from dataclasses import dataclass, field

from fabula.structure.timex import Timex

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


def story_order(placed: list[Placed]) -> list[int]:
    """Rank of each scene on story time (ties keep discourse order)."""
    order = sorted(range(len(placed)), key=lambda i: (placed[i].time, i))
    rank = [0] * len(placed)
    for r, i in enumerate(order):
        rank[i] = r
    return rank
