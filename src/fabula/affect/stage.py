"""The affect stage: how each character feels, scene by scene, on story and discourse time.

A character's lines in a scene are their own quotes (speech and thought) plus the narration that
focalises them: all narration of a scene told from their point of view (the narrator in first
person, the structure layer's POV otherwise, at half weight when the sentence is about someone
else), and narration sentences whose subject is them. Each line is scored with VADER (see
:mod:`fabula.affect.lexicon`); a scene's valence is the weighted mean of its polar lines. A character
with no polar line of their own in a scene (or only named there) takes the narration sentences that
name them in it, else the scene's mood (every polar line scored in the scene, each once). A character
has an arc when their own lines plus the polar sentences naming them number at least two.

Each point also keeps the character's feeling beat by beat: a beat is a run of the scene's paragraphs
that closes at the first paragraph boundary once it is :data:`BEAT_CHARS` long (so one long paragraph makes
a longer beat), and a long scene that holds a quarrel and then a make-up shows both.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from fabula.affect.lexicon import load_user_lexicon, score
from fabula.model import Analysis, Arc, ArcPoint, ArcTurn, Beat, Evidence, Paragraph
from fabula.pipeline import Context, stage
from fabula.relations.docindex import DocIndex, get_index
from fabula.relations.resolve import Resolver
from fabula.relations.stage import get_view
from fabula.relations.upstream import StoryView

_QUOTED = re.compile(r'"[^"]*(?:"|$)')
POLAR = 0.05


@dataclass
class Cell:
    """One character in one scene: the scored lines that feed their point."""

    lines: list[tuple[float, float, float, tuple[int, int]]] = field(default_factory=list)  # w, val, ar, span
    emotions: dict[str, float] = field(default_factory=dict)
    # read only when the character's own lines carry no feeling: narration sentences that name them
    # (valence, span), then the mood of the whole scene (every polar line scored in it)
    mentioned: list[tuple[float, tuple[int, int]]] = field(default_factory=list)
    mood: float = 0.0


def collect(view: StoryView, doc, lex=None, index: DocIndex | None = None) -> dict[tuple[str, str], Cell]:
    resolver = Resolver(view)
    cells: dict[tuple[str, str], Cell] = defaultdict(Cell)

    def put(cid, sc_id, w, text, span, scored=None):
        val, ar, emos = scored or score(text, lex)
        cell = cells[(cid, sc_id)]
        cell.lines.append((w, val, ar, span))
        for e, n in emos.items():
            cell.emotions[e] = cell.emotions.get(e, 0.0) + n

    for q in view.quotes:
        if q.speaker:
            text = " ".join(view.text[s:e] for s, e in q.pieces)
            put(q.speaker, view.scene_at(q.span[0]).id, 1.0, text, q.span)
    if doc is None:
        return cells
    index = index or DocIndex.build(doc, view.text)
    deps = index.column("DEP")
    subj_ids_hash = index.ids({"nsubj", "nsubjpass"})
    subj_tokens = set(int(i) for i in np.nonzero(np.isin(deps, subj_ids_hash))[0])
    for s_tok, e_tok, start, end in index.sentences():
        if view.quote_at(start) is not None:
            continue
        text = _QUOTED.sub(" ", view.text[start:end]).strip()
        if len(text) < 3:
            continue
        sc = view.scene_at(start)
        pov = sc.pov or view.narrator_at(start)
        subj_ids = [i for k in range(s_tok, e_tok) if k in subj_tokens and doc[k].head.dep_ == "ROOT"
                    for i in resolver.tokens(doc[k])]
        span = (start, end)
        named = list(dict.fromkeys(c for *_, c in view.mentions_in(span)))
        if not (named or subj_ids or pov):
            continue
        scored = score(text, lex)
        if abs(scored[0]) >= POLAR:
            for cid in named:
                cells[(cid, sc.id)].mentioned.append((scored[0], span))
        for cid in dict.fromkeys(subj_ids):
            if cid != pov:
                put(cid, sc.id, 1.0, text, span, scored)
        if pov:
            about_other = bool(subj_ids) and pov not in subj_ids
            put(pov, sc.id, 0.5 if about_other else 1.0, text, span, scored)
    return cells


def smooth(values: list[float]) -> list[float]:
    """A (1, 2, 1) moving average: keeps the shape, removes one-scene jitter."""
    if len(values) < 3:
        return list(values)
    out = []
    for i in range(len(values)):
        lo, hi = values[max(0, i - 1)], values[min(len(values) - 1, i + 1)]
        out.append((lo + 2 * values[i] + hi) / 4)
    return out


# A scene's sad or fearful lines weigh double against its pleasant ones: narration is full of mildly
# positive words ("smiled", "good", "like") that VADER scores even in a grieving scene, so a plain mean
# read scenes the gold calls unhappy as happy two times in three (tune set: sign right 0.508 -> 0.55)
NEGATIVE_WEIGHT = 2.0


def _weighted(vals: list[float]) -> float:
    wsum = sum(NEGATIVE_WEIGHT if v < 0 else 1.0 for v in vals)
    return sum((NEGATIVE_WEIGHT if v < 0 else 1.0) * v for v in vals) / wsum if wsum else 0.0


def _line_valence(lines: list[tuple[float, float, float, tuple[int, int]]]) -> float:
    """The weighted mean of the polar lines (a negative one weighs NEGATIVE_WEIGHT), 0.0 when none is."""
    polar = [(w * (NEGATIVE_WEIGHT if v < 0 else 1.0), v) for w, v, _, _ in lines if abs(v) >= POLAR]
    wsum = sum(w for w, _ in polar)
    return sum(w * v for w, v in polar) / wsum if wsum else 0.0


# A beat is a run of a scene's paragraphs about this long. Many scenes are a whole short story, and a
# reader's sense of how a character feels is local: on the relations tune set (422 stories, 1,609 gold
# items), the sign read from the character's lines in an ~800-character beat, falling back to the
# scene's, matches the gold sign 978 times against 920 for the scene's alone (500: 977, 1,200: 971).
BEAT_CHARS = 800


def beat_starts(scenes, paragraphs: list[Paragraph]) -> dict[str, list[int]]:
    """Each scene's beats as start offsets: its paragraphs taken in order, a new beat opening at the
    first paragraph that starts BEAT_CHARS or more after the current beat's start."""
    starts_of = sorted(p.span[0] for p in paragraphs)
    out: dict[str, list[int]] = {}
    for sc in scenes:
        lo, hi = sc.span
        starts = [lo]
        for a in starts_of[bisect.bisect_left(starts_of, lo):bisect.bisect_left(starts_of, hi)]:
            if a - starts[-1] >= BEAT_CHARS:
                starts.append(a)
        out[sc.id] = starts
    return out


def beats(cell: Cell, starts: list[int], end: int) -> list[Beat]:
    """The character's valence in each beat of the scene they have lines in (none for a one-beat scene:
    the point's own valence already says it)."""
    if len(starts) < 2:
        return []
    groups: dict[int, list] = defaultdict(list)
    for line in cell.lines:
        groups[max(0, bisect.bisect_right(starts, line[3][0]) - 1)].append(line)
    bounds = starts + [end]
    return [Beat(span=(bounds[i], bounds[i + 1]), valence=round(_line_valence(ls), 4), units=len(ls))
            for i, ls in sorted(groups.items())]


def point(cid: str, sc, cell: Cell, starts: list[int] | None = None) -> ArcPoint:
    polar = [(w * (NEGATIVE_WEIGHT if v < 0 else 1.0), v, a, s) for w, v, a, s in cell.lines if abs(v) >= POLAR]
    valence = _line_valence(cell.lines)
    if not polar:  # no feeling of their own here: the sentences that name them, else the scene's mood
        valence = _weighted([v for v, _ in cell.mentioned]) or cell.mood
    aw = sum(w for w, *_ in cell.lines)
    arousal = sum(w * a for w, _, a, _ in cell.lines) / aw if aw else 0.0
    strongest = sorted(cell.lines, key=lambda x: -abs(x[1]))[:2]
    total = sum(cell.emotions.values())
    return ArcPoint(
        scene=sc.id, discourse_index=sc.index, story_order=sc.order, valence=round(valence, 4),
        arousal=round(arousal, 4), units=len(cell.lines),
        emotions={e: round(n / total, 3) for e, n in sorted(cell.emotions.items())} if total else {},
        evidence=[Evidence(spans=[s], note=(f"event {v:+.2f}" if w == EVENT_WEIGHT else f"VADER {v:+.2f}"),
                           confidence=round(abs(v), 3))
                  for w, v, _, s in strongest if abs(v) >= POLAR],
        beats=beats(cell, starts or [sc.span[0]], sc.span[1]))


def scene_moods(cells: dict[tuple[str, str], Cell]) -> dict[str, float]:
    """Each scene's mood: the weighted mean of every polar line scored in it, each line once."""
    lines: dict[str, dict[tuple[int, int], float]] = defaultdict(dict)
    for (_, sid), cell in cells.items():
        for w, v, _, s in cell.lines:
            if w != EVENT_WEIGHT and abs(v) >= POLAR:
                lines[sid][tuple(s)] = v
    return {sid: _weighted(list(d.values())) for sid, d in lines.items()}


def build_arcs(view: StoryView, cells: dict[tuple[str, str], Cell],
               starts: dict[str, list[int]] | None = None) -> list[Arc]:
    by_char: dict[str, list[ArcPoint]] = defaultdict(list)
    scenes = {sc.id: sc for sc in view.scenes}
    moods = scene_moods(cells)
    seen = defaultdict(int)  # a character's own lines plus the feeling sentences that name them
    for (cid, _), cell in cells.items():
        seen[cid] += len(cell.lines) + len(cell.mentioned)
    for (cid, sid), cell in cells.items():
        if seen[cid] < 2:
            continue
        cell.mood = moods.get(sid, 0.0)
        by_char[cid].append(point(cid, scenes[sid], cell, (starts or {}).get(sid)))
    arcs = []
    for cid, pts in by_char.items():
        disc = sorted(pts, key=lambda p: p.discourse_index)
        for p, s in zip(disc, smooth([p.valence for p in disc]), strict=True):
            p.smoothed = round(s, 4)
        story = [p.model_copy() for p in sorted(pts, key=lambda p: (p.story_order or 0.0, p.discourse_index))]
        for p, s in zip(story, smooth([p.valence for p in story]), strict=True):
            p.smoothed = round(s, 4)
        turns = []
        for prev, cur in zip(story, story[1:], strict=False):
            d = cur.valence - prev.valence
            if abs(d) >= 0.15:
                turns.append(ArcTurn(scene=cur.scene, delta=round(d, 4), story_order=cur.story_order))
        turns.sort(key=lambda t: -abs(t.delta))
        wsum = sum(p.units for p in pts)
        arcs.append(Arc(
            character=cid, name=view.name(cid), discourse=disc, story=story, turning_points=turns[:3],
            mean_valence=round(sum(p.valence * p.units for p in pts) / wsum, 4) if wsum else 0.0,
            points=[{"scene": p.scene, "story_order": p.story_order, "valence": p.valence, "arousal": p.arousal}
                    for p in story]))
    arcs.sort(key=lambda a: -sum(p.units for p in a.story))
    return arcs


# How living through an event colours a scene for its participants (the relations stage's events).
# Lexicons miss what plot makes plain: a breakup told in neutral words is still a sad scene.
EVENT_VALENCE = {
    "breakup": -0.6, "death": -0.8, "injury": -0.6, "fight": -0.5, "comfort": -0.2, "proposal": 0.6,
    "engagement": 0.6, "wedding": 0.7, "reconciliation": 0.5, "first_kiss": 0.6, "confession": 0.3,
    "meeting": 0.2, "new_partner": 0.5,
}
EVENT_WEIGHT = 1.5


def add_events(cells: dict[tuple[str, str], Cell], analysis: Analysis) -> None:
    for e in analysis.events:
        v = EVENT_VALENCE.get(e.type)
        if v is None or e.recalled or not e.scene:
            continue
        span = tuple(e.evidence[0].spans[0]) if e.evidence and e.evidence[0].spans else (0, 0)
        for who in e.participants:
            cells[(who, e.scene)].lines.append((EVENT_WEIGHT, v, min(1.0, abs(v) + 0.2), span))


@stage("affect", needs=("doc", "characters"), produces=("arcs",))
def affect_stage(ctx: Context, analysis: Analysis) -> Analysis:
    view = get_view(ctx, analysis)
    lex = load_user_lexicon(ctx.options.get("affect_lexicon"))
    index = get_index(ctx.scratch, ctx.doc, analysis.story.text) if ctx.doc is not None else None
    cells = collect(view, ctx.doc, lex, index)
    if not ctx.options.get("affect_lexicon_only"):
        add_events(cells, analysis)
    analysis.arcs = build_arcs(view, cells, beat_starts(view.scenes, [p for p in analysis.story.paragraphs if p.kind == "text"]))
    return analysis
