"""The self-contained HTML story report: one file that opens offline in any browser.

``render_html(analysis)`` turns an :class:`~fabula.model.Analysis` into a single HTML page. The
design choices, and why:

* Everything is computed here, in Python, and drawn as server-side SVG (network, timeline,
  feelings): no chart library to inline, no layout work in the browser, so the page opens fast
  even for a 300,000-word novel. The page's own JS (``static/report.js``) only adds interaction:
  highlighting a character, the story-time slider, hover cards.
* The story text is rendered once as plain paragraphs with one ``<span>`` per quote piece,
  character mention and italic run (never one node per token), built with ``html.escape``; every
  other string goes through Jinja2 with autoescape on. Data the JS needs is embedded as JSON in a
  ``<script type="application/json">`` block with ``<``, ``>``, ``&`` escaped so no story text can
  close the block.
* A Content-Security-Policy meta tag forbids every network request (``default-src 'none'``);
  scripts run only with the page's nonce.
* Every layer may be missing or partial (the stages land independently): each panel is built by
  its own function from whatever the Analysis holds and says "not available" when it is empty.

DOM keys are small integers (``c3`` for the fourth character by importance, ``q12`` for a quote)
so no identifier from the Analysis ever needs escaping inside a CSS selector or an id.
"""

from __future__ import annotations

import bisect
import html as htmllib
import json
import math
import re
import secrets
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from fabula.model import Analysis, Character, Evidence, Span

# Speaker colours (Tableau 10 plus two): distinct for the twelve most important characters; the
# rest share a neutral grey so the text never turns into confetti.
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#76b7b2",
           "#edc948", "#ff9da7", "#9c755f", "#2f9e9e", "#8f6fd6", "#d4a017"]
OTHER_COLOUR = "#8a8f98"

# Relationship families: colour and dash per family, matched on the stage's free-text type.
REL_FAMILIES: list[tuple[str, str, str, str]] = [
    # (family, regex on the type, colour, svg dash array)
    ("ex", r"^ex\b|^ex[-_ ]|former|broke|estranged", "#9c36b5", "6 4"),
    ("romantic", r"roman|love|partner|spouse|married|marri|dating|engag|crush|couple|lover|boyfriend|girlfriend|husband|wife",
     "#d6336c", ""),
    ("family", r"famil|sibling|parent|child|mother|father|brother|sister|cousin|son|daughter|aunt|uncle|kin",
     "#2b8a3e", ""),
    ("friends", r"friend|ally|companion", "#1971c2", ""),
    ("rivals", r"rival|enem|antagon|conflict|hostil|feud", "#e8590c", "2 3"),
    ("work", r"colleague|work|boss|employ|mentor|teacher|student|servant|master|coach", "#5f3dc4", ""),
]
OTHER_REL = ("other", "", "#868e96", "")
TALK_COLOUR = "#adb5bd"

_VALUE_KEYS = ("valence", "value", "score", "sentiment", "polarity", "mood", "y")
_ID_SAFE = re.compile(r"[^A-Za-z0-9_-]")


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def esc(text: str) -> str:
    """Escape text for HTML content and attribute values (quotes included)."""
    return htmllib.escape(text, quote=True)


def json_for_script(data: Any) -> Markup:
    """JSON that is safe inside ``<script type="application/json">``: no ``</script>``, no
    ``<!--``, no HTML entity surprises, no JS line terminators."""
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    s = (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
         .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return Markup(s)


def shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def pct(x: float | None) -> str:
    return "" if x is None else f"{round(100 * max(0.0, min(1.0, float(x))))}%"


def rel_family(rel_type: str) -> tuple[str, str, str, str]:
    t = (rel_type or "").lower().strip()
    for fam in REL_FAMILIES:
        if re.search(fam[1], t):
            return fam
    return OTHER_REL


def _num(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int | float) and math.isfinite(v):
        return float(v)
    return None


# --------------------------------------------------------------------------------------------
# The shared context every panel reads
# --------------------------------------------------------------------------------------------


@dataclass
class Ctx:
    """Indexes over the Analysis that several panels need: paragraphs by offset, characters by
    importance, scenes in discourse and story order, and the slider's steps."""

    analysis: Analysis
    text: str
    para_starts: list[int] = field(default_factory=list)
    chars: list[Character] = field(default_factory=list)  # by importance
    by_id: dict[str, Character] = field(default_factory=dict)
    key: dict[str, str] = field(default_factory=dict)  # character id -> "c<n>"
    colour: dict[str, str] = field(default_factory=dict)  # character id -> hex
    quote_count: Counter = field(default_factory=Counter)
    scene_starts: list[int] = field(default_factory=list)  # discourse order
    scene_rank: dict[str, int] = field(default_factory=dict)  # scene id -> story-order rank
    scene_num: dict[str, int] = field(default_factory=dict)  # scene id -> discourse position
    scenes: list[Any] = field(default_factory=list)  # discourse order (by start offset)
    steps: list[dict[str, Any]] = field(default_factory=list)
    step_mode: str = "text"

    def name(self, cid: str | None) -> str:
        if cid is None:
            return "unknown"
        ch = self.by_id.get(cid)
        return ch.name if ch else cid

    def para_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, offset) - 1)

    def anchor(self, span: Span | None) -> str:
        return f"#p{self.para_of(span[0])}" if span else ""

    def excerpt(self, span: Span, limit: int = 140) -> str:
        s, e = span
        return shorten(self.text[max(0, s): max(s, e)], limit)

    def scene_at(self, offset: int) -> int | None:
        """Discourse position of the scene containing ``offset``."""
        if not self.scene_starts:
            return None
        i = bisect.bisect_right(self.scene_starts, offset) - 1
        return max(0, i)

    def step_of_offset(self, offset: int) -> int:
        """The slider step that a text position belongs to."""
        if self.step_mode == "scenes":
            pos = self.scene_at(offset)
            sc = self.scenes[pos] if pos is not None else None
            return self.scene_rank.get(sc.id, 0) if sc else 0
        if self.step_mode == "chapters":
            chs = self.analysis.story.chapters
            i = bisect.bisect_right([c.span[0] for c in chs], offset) - 1
            return max(0, i)
        n = max(1, len(self.steps))
        return min(n - 1, int(n * offset / max(1, len(self.text))))

    def step_of_evidence(self, evidence: list[Evidence], scene: str | None = None) -> int | None:
        if scene is not None and scene in self.scene_rank and self.step_mode == "scenes":
            return self.scene_rank[scene]
        spans = [sp for ev in evidence for sp in ev.spans]
        if spans:
            return self.step_of_offset(min(s for s, _ in spans))
        return None

    def evidence_items(self, evidence: list[Evidence], limit: int = 3) -> list[dict[str, Any]]:
        out = []
        for ev in evidence:
            for sp in ev.spans:
                if len(out) >= limit:
                    return out
                out.append({"t": self.excerpt(sp), "p": self.para_of(sp[0])})
        return out


def importance_key(ch: Character, quotes: Counter) -> tuple:
    """Sort key: the stage's rank or score when it gives one, else mentions plus lines."""
    imp = ch.importance or {}
    rank = _num(imp.get("rank"))
    score = next((_num(imp.get(k)) for k in ("score", "importance", "centrality", "weight")
                  if _num(imp.get(k)) is not None), None)
    volume = len(ch.mentions) + 2 * quotes.get(ch.id, 0)
    return (rank if rank is not None else math.inf, -(score or 0.0), -volume, ch.name.lower())


def build_ctx(analysis: Analysis) -> Ctx:
    text = analysis.story.text
    ctx = Ctx(analysis=analysis, text=text)
    ctx.para_starts = [p.span[0] for p in analysis.story.paragraphs] or [0]
    for q in analysis.quotes:
        if q.speaker:
            ctx.quote_count[q.speaker] += 1
    ctx.chars = sorted(analysis.characters, key=lambda c: importance_key(c, ctx.quote_count))
    ctx.by_id = {c.id: c for c in analysis.characters}
    for i, ch in enumerate(ctx.chars):
        ctx.key[ch.id] = f"c{i}"
        ctx.colour[ch.id] = PALETTE[i] if i < len(PALETTE) else OTHER_COLOUR
    scenes = sorted(analysis.scenes, key=lambda s: (s.span[0], s.index))
    ctx.scenes = scenes
    ctx.scene_starts = [s.span[0] for s in scenes]
    ctx.scene_num = {s.id: i for i, s in enumerate(scenes)}
    _build_steps(ctx, scenes)
    return ctx


def _story_sort_key(sc: Any, pos: int, timeline: dict[str, Any]) -> tuple:
    te = timeline.get(sc.id)
    if te is not None:
        return (0, te.story_index, pos)
    if sc.story_order is not None:
        return (0, sc.story_order, pos)
    if sc.story_time is not None:
        return (1, sc.story_time, pos)
    return (2, pos, pos)


def _build_steps(ctx: Ctx, scenes: list[Any]) -> None:
    """The story-time slider's steps: scenes in story order when there are scenes, else
    chapters, else ten stretches of the text."""
    a = ctx.analysis
    if scenes:
        timeline = {t.scene: t for t in a.timeline}
        order = sorted(range(len(scenes)), key=lambda i: _story_sort_key(scenes[i], i, timeline))
        ctx.step_mode = "scenes"
        for rank, i in enumerate(order):
            sc = scenes[i]
            ctx.scene_rank[sc.id] = rank
            label = sc.synopsis or ctx.excerpt(sc.span, 80)
            ctx.steps.append({"l": f"Scene {i + 1}" + (" (flashback)" if sc.flashback else ""),
                              "d": shorten(label, 110), "p": ctx.para_of(sc.span[0])})
    elif len(a.story.chapters) > 1:
        ctx.step_mode = "chapters"
        for ch in a.story.chapters:
            ctx.steps.append({"l": ch.title or f"Chapter {ch.index + 1}", "d": ctx.excerpt(ch.span, 80),
                              "p": ctx.para_of(ch.span[0])})
    else:
        ctx.step_mode = "text"
        n = 10
        for i in range(n):
            off = len(ctx.text) * i // n
            ctx.steps.append({"l": f"{(i + 1) * 10}% of the text", "d": ctx.excerpt((off, off + 80), 80),
                              "p": ctx.para_of(off)})


# --------------------------------------------------------------------------------------------
# Header
# --------------------------------------------------------------------------------------------


def build_header(ctx: Ctx) -> dict[str, Any]:
    a = ctx.analysis
    meta = a.story.metadata
    title = meta.title or (_title_from_path(meta.source_path) if meta.source_path else "Untitled story")
    facts: list[tuple[str, str]] = [("Words", f"{a.story.words:,}")]
    chapters = meta.stats.chapters or str(max(1, len(a.story.chapters)))
    facts.append(("Chapters", chapters))
    if a.quotes:
        facts.append(("Quotes", f"{len(a.quotes):,}"))
    if a.characters:
        facts.append(("Characters", f"{len(a.characters):,}"))
    if a.scenes:
        facts.append(("Scenes", f"{len(a.scenes):,}"))
    if meta.language:
        facts.append(("Language", meta.language))
    groups = [(label, values) for label, values in [
        ("Fandom", meta.fandoms), ("Rating", [meta.rating] if meta.rating else []),
        ("Warnings", meta.warnings), ("Categories", meta.categories),
        ("Relationships", meta.relationships), ("Characters", meta.characters),
        ("Tags", meta.additional_tags),
        ("Series", [f"{s.name} (part {s.part})" if s.part else s.name for s in meta.series]),
    ] if values]
    return {"title": title, "authors": meta.authors, "facts": facts, "groups": groups,
            "summary": meta.summary, "narration": _narration(ctx), "stages": a.stages,
            "model": a.nlp_model, "version": a.fabula_version, "warnings": a.warnings}


def _title_from_path(path: str) -> str:
    """'stories/the-seam-that-holds.txt' -> 'The seam that holds': a readable stand-in title."""
    stem = re.split(r"[\\/]", path)[-1].rsplit(".", 1)[0]
    words = re.sub(r"[-_]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else path


def _narration(ctx: Ctx) -> list[str]:
    """Who tells the story: narrator sections and scene POVs, collapsed to a few lines."""
    a = ctx.analysis
    lines: list[str] = []
    seen: set[str] = set()
    for sec in a.narrator:
        person = {1: "first person", 2: "second person", 3: "third person"}.get(sec.person or 0, "")
        who = ctx.name(sec.character) if sec.character else ""
        line = ", ".join(x for x in [person, f"told by {who}" if who else ""] if x)
        if line and line not in seen:
            seen.add(line)
            lines.append(line + (f" ({pct(sec.confidence)})" if sec.confidence else ""))
    povs = Counter(s.pov for s in a.scenes if s.pov)
    if povs:
        lines.append("POV: " + ", ".join(f"{ctx.name(c)} ({n} scene{'s' * (n != 1)})" for c, n in povs.most_common(4)))
    return lines[:5]


# --------------------------------------------------------------------------------------------
# Cast
# --------------------------------------------------------------------------------------------


def build_cast(ctx: Ctx, limit: int = 60) -> list[dict[str, Any]]:
    rows = []
    first_line: dict[str, Span] = {}
    for q in ctx.analysis.quotes:
        if q.speaker and q.spans and (q.speaker not in first_line or q.spans[0] < first_line[q.speaker]):
            first_line[q.speaker] = q.spans[0]
    for ch in ctx.chars[:limit]:
        first = min((m.span for m in ch.mentions), default=None)
        first_q = first_line.get(ch.id)
        if first is None or (first_q is not None and first_q < first):
            first = first_q
        aliases = [al for al in ch.aliases if al and al != ch.name][:8]
        rows.append({
            "key": ctx.key[ch.id], "name": ch.name, "aliases": aliases, "colour": ctx.colour[ch.id],
            "gender": "" if ch.gender == "unknown" else ch.gender,
            "mentions": len(ch.mentions), "quotes": ctx.quote_count.get(ch.id, 0),
            "first": ctx.anchor(first) if first else "",
            "first_text": ctx.excerpt((first[0], first[0] + 60), 60) if first else "",
            "confidence": ch.confidence,
        })
    return rows


# --------------------------------------------------------------------------------------------
# Relationship network (SVG)
# --------------------------------------------------------------------------------------------

NET_W, NET_H = 860, 460


def _layout(nodes: list[str], weights: dict[tuple[str, str], float]) -> dict[str, tuple[float, float]]:
    """Node positions: a seeded force layout (networkx), so the same story draws the same map."""
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (-1.0, 0.0), nodes[1]: (1.0, 0.0)}
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(nodes)
    for (a, b), w in weights.items():
        g.add_edge(a, b, weight=w)
    if len(nodes) <= 4:
        pos = nx.circular_layout(g)
    else:
        # Kamada-Kawai spreads nodes evenly, every edge about the same length, so labels stay
        # readable (edge width, not length, shows interaction). Deterministic for a given graph.
        pos = None
        if nx.is_connected(g):
            try:
                pos = nx.kamada_kawai_layout(g, weight=None)
            except Exception:  # noqa: BLE001 - scipy missing or a degenerate graph: spring layout
                pos = None
        if pos is None:
            pos = nx.spring_layout(g, seed=7, weight=None, k=2.2 / math.sqrt(len(nodes)), iterations=150)
    return {n: (float(p[0]), float(p[1])) for n, p in pos.items()}


def _contacts(ctx: Ctx, known: set[str]) -> tuple[Counter, Counter, dict[tuple[str, str], int]]:
    """Per pair of characters: total interaction weight, lines exchanged, and the first slider
    step they meet on. From the relations stage's per-scene interactions when it ran, else from
    quotes with addressees."""
    a = ctx.analysis
    weight: Counter = Counter()
    lines: Counter = Counter()
    first: dict[tuple[str, str], int] = {}
    if a.interactions:
        for it in a.interactions:
            if it.source not in known or it.target not in known or it.source == it.target:
                continue
            pair = tuple(sorted((it.source, it.target)))
            weight[pair] += it.weight
            if it.kind == "conversation":
                lines[pair] += it.weight
            step = ctx.scene_rank.get(it.scene, 0) if it.scene is not None and ctx.step_mode == "scenes" else 0
            first[pair] = min(step, first.get(pair, step))
        return weight, lines, first
    for q in a.quotes:
        if not q.speaker or q.speaker not in known or not q.spans:
            continue
        for ad in q.addressees:
            if ad in known and ad != q.speaker:
                pair = tuple(sorted((q.speaker, ad)))
                weight[pair] += 1
                lines[pair] += 1
                step = ctx.step_of_offset(q.spans[0][0])
                first[pair] = min(step, first.get(pair, step))
    return weight, lines, first


def _state_label(ctx: Ctx, st: Any) -> str:
    label = st.state.replace("_", " ")
    return f"{label} ({ctx.name(st.holder)})" if getattr(st, "holder", None) else label


def build_network(ctx: Ctx, max_nodes: int = 14) -> dict[str, Any] | None:
    a = ctx.analysis
    known = {c.id for c in a.characters}
    talk, lines, talk_first = _contacts(ctx, known)
    rels = [r for r in a.relationships if r.source in known and r.target in known and r.source != r.target]
    if not rels and not talk:
        return None
    # nodes: everyone in a relationship or a conversation, most important first
    involved: Counter = Counter()
    for r in rels:
        involved[r.source] += 3
        involved[r.target] += 3
    for (x, y), n in talk.items():
        involved[x] += n
        involved[y] += n
    order = {c.id: i for i, c in enumerate(ctx.chars)}
    nodes = sorted(involved, key=lambda c: order.get(c, 10**6))[:max_nodes]
    node_set = set(nodes)
    weights: dict[tuple[str, str], float] = defaultdict(float)
    edges = []
    for i, r in enumerate(rels):
        if r.source not in node_set or r.target not in node_set:
            continue
        pair = tuple(sorted((r.source, r.target)))
        n_talk = int(lines.get(pair, 0))
        weight = 1 + talk.get(pair, 0) + len(r.states)
        weights[pair] += weight
        fam = rel_family(r.type)
        states = []
        for st in r.states:
            step = ctx.step_of_evidence(st.evidence, st.scene)
            order = getattr(st, "story_order", None)
            if ctx.step_mode == "scenes" and order is not None and ctx.steps:
                # The relations stage places each state on story time (a proposal remembered in
                # the present happened before the breakup); the integer part of its position is
                # the story-order rank of the scene it belongs to, i.e. the slider step.
                step = min(max(int(math.floor(order)), 0), len(ctx.steps) - 1)
            states.append({"s": step, "o": order, "state": _state_label(ctx, st), "c": pct(st.confidence),
                           "ev": ctx.evidence_items(st.evidence)})
        states.sort(key=lambda s: (s["s"] is None, s["s"] or 0, s["o"] if s["o"] is not None else 0))
        known_steps = [s["s"] for s in states if s["s"] is not None]
        appear = min(known_steps + [talk_first.get(pair, 10**9)]) if (known_steps or pair in talk_first) else 0
        edges.append({"id": f"r{i}", "a": r.source, "b": r.target, "type": r.type or "related",
                      "family": fam[0], "colour": fam[2], "dash": fam[3], "talk": n_talk,
                      "weight": weight, "appear": appear, "states": states, "directed": r.directed,
                      "current": (r.current or "").replace("_", " "),
                      "confidence": pct(r.confidence)})
    typed_pairs = {tuple(sorted((e["a"], e["b"]))) for e in edges}
    # untyped contact edges: only the strongest, so a big cast does not draw a hairball
    cap, floor = max(8, 2 * len(nodes)), 0.08 * max(talk.values(), default=0)
    kept = 0
    for j, (pair, n) in enumerate(talk.most_common()):
        if pair in typed_pairs or pair[0] not in node_set or pair[1] not in node_set:
            continue
        if kept >= cap or n < floor:
            continue
        kept += 1
        weights[pair] += n
        n_lines = int(lines.get(pair, 0))
        edges.append({"id": f"t{j}", "a": pair[0], "b": pair[1], "type": "talk" if n_lines else "together in scenes",
                      "family": "talk", "colour": TALK_COLOUR, "dash": "", "talk": n_lines, "weight": n,
                      "appear": talk_first.get(pair, 0),
                      "states": [], "directed": False, "confidence": ""})
    # only characters with a drawn edge: a lone dot says nothing and squeezes the rest
    drawn = {c for e in edges for c in (e["a"], e["b"])}
    nodes = [c for c in nodes if c in drawn]
    node_set = set(nodes)
    if not nodes:
        return None
    pos = _layout(nodes, weights)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    pad = 70
    sx = (NET_W - 2 * pad) / max(1e-9, (max(xs) - min(xs))) if len(nodes) > 1 else 0
    sy = (NET_H - 2 * pad) / max(1e-9, (max(ys) - min(ys))) if len(nodes) > 1 else 0
    # x and y scale separately: the box is wide, and a layout's shape carries no meaning
    cx_off = (NET_W - (max(xs) - min(xs)) * sx) / 2
    cy_off = (NET_H - (max(ys) - min(ys)) * sy) / 2

    def xy(c: str) -> tuple[float, float]:
        x, y = pos[c]
        return (round(cx_off + (x - min(xs)) * sx, 1), round(cy_off + (y - min(ys)) * sy, 1))

    max_w = max((e["weight"] for e in edges), default=1)
    for e in edges:
        (x1, y1), (x2, y2) = xy(e["a"]), xy(e["b"])
        e.update(x1=x1, y1=y1, x2=x2, y2=y2, mx=round((x1 + x2) / 2, 1), my=round((y1 + y2) / 2, 1),
                 width=round(1.5 + 6 * math.sqrt(e["weight"] / max_w), 1),
                 ka=ctx.key[e["a"]], kb=ctx.key[e["b"]], a_label=ctx.name(e["a"]), b_label=ctx.name(e["b"]),
                 last=(e["states"][-1]["state"] if e["states"] else e["type"]))
        if e["family"] != "talk" and e.get("current"):
            e["last"] = e["current"]
    # first appearance of each node on the slider
    first_step: dict[str, int] = {}
    for ch in a.characters:
        if ch.id in node_set and ch.mentions:
            first_step[ch.id] = min(ctx.step_of_offset(m.span[0]) for m in ch.mentions)
    for e in edges:
        for c in (e["a"], e["b"]):
            first_step[c] = min(first_step.get(c, e["appear"]), e["appear"])
    if a.network and a.network.nodes:
        wd = {n.character: n.weighted_degree for n in a.network.nodes}
        for c in nodes:
            involved[c] = max(involved[c], wd.get(c, 0.0))
    max_imp = max((involved[c] for c in nodes), default=1) or 1
    node_rows = []
    for c in nodes:
        x, y = xy(c)
        node_rows.append({"id": c, "key": ctx.key[c], "name": ctx.name(c), "colour": ctx.colour[c],
                          "x": x, "y": y, "r": round(9 + 11 * math.sqrt(involved[c] / max_imp), 1),
                          "appear": first_step.get(c, 0), "label_y": round(y + 9 + 11 * math.sqrt(involved[c] / max_imp) + 14, 1)})
    families = sorted({(e["family"], e["colour"], e["dash"]) for e in edges}, key=lambda f: f[0])
    quiet = sum(1 for e in edges if e["family"] != "talk") > 8  # labels on hover only when crowded
    return {"nodes": node_rows, "edges": sorted(edges, key=lambda e: (e["family"] != "talk", e["weight"])), "families": families,
            "quiet": quiet,
            "w": NET_W, "h": NET_H}


# --------------------------------------------------------------------------------------------
# Timeline (SVG): discourse order vs story order
# --------------------------------------------------------------------------------------------


def build_timeline(ctx: Ctx, max_scenes: int = 400) -> dict[str, Any] | None:
    a = ctx.analysis
    scenes = ctx.scenes
    if not scenes:
        return None
    shown = scenes[:max_scenes]
    row_h, top = 30, 34
    left_x, right_x, box_w = 8, 372, 260
    fb_ids = {f.id for f in a.flashbacks}
    events_by_scene: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in a.events:
        sc = ev.scene
        if sc is None and ev.evidence and ev.evidence[0].spans:
            pos = ctx.scene_at(ev.evidence[0].spans[0][0])
            sc = scenes[pos].id if pos is not None else None
        if sc is not None:
            who = ", ".join(ctx.name(p) for p in ev.participants[:4])
            ev_span = next((sp for e in ev.evidence for sp in e.spans), None)
            events_by_scene[sc].append({"type": ev.type.replace("_", " "), "who": who,
                                        "href": ctx.anchor(ev_span) if ev_span else "",
                                        "t": ctx.excerpt(ev_span, 100) if ev_span else ""})
    ranks = sorted(range(len(shown)), key=lambda i: ctx.scene_rank.get(shown[i].id, i))
    story_row = {shown[i].id: r for r, i in enumerate(ranks)}
    rows = []
    for i, sc in enumerate(shown):
        fb = bool(sc.flashback) or sc.id in {s for f in a.flashbacks for s in f.scenes}
        label = sc.synopsis or ctx.excerpt(sc.span, 60)
        y1 = top + i * row_h
        y2 = top + story_row[sc.id] * row_h
        pov = ctx.name(sc.pov) if sc.pov else (sc.pov_name or "")
        where = sc.setting[0].text if sc.setting else ""
        rows.append({"n": i + 1, "id": sc.id, "step": ctx.scene_rank.get(sc.id, i), "y1": y1, "y2": y2, "fb": fb, "label": shorten(label, 33),
                     "full": shorten(label, 200), "pov": pov, "where": shorten(where, 40),
                     "time": "" if sc.story_time is None else _fmt_days(sc.story_time),
                     "href": f"#p{ctx.para_of(sc.span[0])}", "events": events_by_scene.get(sc.id, []),
                     "chars": [ctx.name(c) for c in sc.characters[:6]]})
    flashbacks = []
    for f in a.flashbacks:
        flashbacks.append({"kind": f.kind, "cue": f.cue, "explicit": f.explicit, "href": ctx.anchor(f.span),
                           "t": ctx.excerpt(f.span, 100), "time": "" if f.story_time is None else _fmt_days(f.story_time),
                           "confidence": pct(f.confidence), "known": f.id in fb_ids})
    return {"rows": rows, "h": top + len(shown) * row_h + 6, "w": right_x + box_w + 8, "left_x": left_x,
            "right_x": right_x, "box_w": box_w, "row_h": row_h, "flashbacks": flashbacks,
            "truncated": len(scenes) - len(shown), "has_story_order": bool(a.timeline) or any(
                s.story_order is not None or s.story_time is not None for s in scenes)}


def _fmt_days(d: float) -> str:
    """Relative story time for people: -365.25 -> '1 year earlier', 0.04 -> '1 hour later'."""
    if abs(d) < 1 / 48:
        return "now"
    sign = "earlier" if d < 0 else "later"
    x = abs(d)
    for unit, size in [("year", 365.25), ("month", 30.44), ("week", 7.0), ("day", 1.0), ("hour", 1 / 24)]:
        if x >= size * 0.95 or unit == "hour":
            n = x / size
            amount = f"{n:.1f}".rstrip("0").rstrip(".") if n < 10 and unit == "year" else str(max(1, round(n)))
            return f"{amount} {unit}{'' if amount == '1' else 's'} {sign}"
    return sign


# --------------------------------------------------------------------------------------------
# Feelings (SVG small multiples)
# --------------------------------------------------------------------------------------------

ARC_W, ARC_H = 300, 120
ARC_PAD = 10


def _arc_point(ctx: Ctx, p: dict[str, Any], i: int) -> tuple[float, float, str, str] | None:
    """(x position in story, value, label, anchor) of one arc point, from whichever keys the
    affect stage wrote."""
    y = next((_num(p.get(k)) for k in _VALUE_KEYS if _num(p.get(k)) is not None), None)
    if y is None:
        return None
    span = p.get("span") or p.get("evidence_span")
    scene = p.get("scene")
    n = max(1, len(ctx.text))
    if isinstance(span, list | tuple) and len(span) == 2 and _num(span[0]) is not None:
        x = span[0] / n
        href = ctx.anchor((int(span[0]), int(span[1])))
    elif scene is not None and scene in ctx.scene_num:
        sc = ctx.scenes[ctx.scene_num[scene]]
        x = sc.span[0] / n
        href = f"#p{ctx.para_of(sc.span[0])}"
    elif _num(p.get("position")) is not None:
        x = float(p["position"])
        x = x / n if x > 1 else x
        href = f"#p{ctx.para_of(int(x * n))}"
    else:
        x, href = float(i), ""
    label = str(p.get("label") or p.get("emotion") or p.get("state") or "")
    if scene is not None and scene in ctx.scene_num:
        label = (f"Scene {ctx.scene_num[scene] + 1}" + (f": {label}" if label else ""))
    return (x, y, label, href)


def _arc_series(ctx: Ctx, arc: Any) -> list[tuple[float, float, str, str]]:
    """(x, valence, label, anchor) per point: the affect stage's story-order points when it gave
    them (smoothed valence), else whatever ``points`` dicts hold."""
    pts_model = arc.story or arc.discourse
    if pts_model:
        use_smooth = any(p.smoothed for p in pts_model)
        out = []
        for i, p in enumerate(pts_model):
            x = p.story_order if (arc.story and p.story_order is not None) else float(p.discourse_index or i)
            pos = ctx.scene_num.get(p.scene)
            label = f"Scene {pos + 1}" if pos is not None else p.scene
            href = f"#p{ctx.para_of(ctx.scenes[pos].span[0])}" if pos is not None else ""
            out.append((float(x), p.smoothed if use_smooth else p.valence, label, href))
        return out
    return [pt for i, p in enumerate(arc.points) if isinstance(p, dict) and (pt := _arc_point(ctx, p, i))]


def _arc_moves(ctx: Ctx, arc: Any, pts: list[tuple[float, float, str, str]]) -> list[dict[str, Any]]:
    """The scenes that move a character's feelings most: the stage's turning points, else the
    largest steps between consecutive points."""
    moves: list[tuple[float, str, str]] = []
    if arc.turning_points:
        for tp in arc.turning_points:
            pos = ctx.scene_num.get(tp.scene)
            label = f"Scene {pos + 1}" if pos is not None else tp.scene
            syn = ctx.scenes[pos].synopsis if pos is not None else None
            href = f"#p{ctx.para_of(ctx.scenes[pos].span[0])}" if pos is not None else ""
            moves.append((tp.delta, label + (f": {shorten(syn, 60)}" if syn else ""), href))
    else:
        for i in range(1, len(pts)):
            moves.append((pts[i][1] - pts[i - 1][1], pts[i][2] or f"point {i + 1}", pts[i][3]))
    moves.sort(key=lambda m: -abs(m[0]))
    return [{"delta": f"{d:+.2f}", "up": d > 0, "label": label, "href": href}
            for d, label, href in moves[:3] if abs(d) > 1e-9]


def build_feelings(ctx: Ctx, max_arcs: int = 6) -> list[dict[str, Any]]:
    order = {c.id: i for i, c in enumerate(ctx.chars)}
    arcs = sorted((a for a in ctx.analysis.arcs if a.points or a.story or a.discourse),
                  key=lambda a: order.get(a.character, 10**6))
    out = []
    for arc in arcs[:max_arcs]:
        pts = _arc_series(ctx, arc)
        if not pts:
            continue
        pts.sort(key=lambda t: t[0])
        xs = [p[0] for p in pts]
        lo_x, hi_x = min(xs), max(xs)
        ys = [p[1] for p in pts]
        # symmetric around neutral, zoomed to the data: small mood swings stay visible
        lim = max(0.25, 1.15 * max(abs(y) for y in ys))
        lo_y, hi_y = -lim, lim

        def px(x: float, lo: float = lo_x, hi: float = hi_x) -> float:
            return round(ARC_PAD + (ARC_W - 2 * ARC_PAD) * ((x - lo) / (hi - lo) if hi > lo else 0.5), 1)

        def py(y: float, lo: float = lo_y, hi: float = hi_y) -> float:
            return round(ARC_PAD + (ARC_H - 2 * ARC_PAD) * (1 - (y - lo) / (hi - lo)), 1)

        points = [{"x": px(x), "y": py(y), "v": f"{y:+.2f}", "label": label, "href": href}
                  for x, y, label, href in pts]
        out.append({"key": ctx.key.get(arc.character, ""), "name": arc.name or ctx.name(arc.character),
                    "colour": ctx.colour.get(arc.character, OTHER_COLOUR),
                    "path": " ".join(f"{p['x']},{p['y']}" for p in points), "points": points,
                    "zero": py(0.0), "moves": _arc_moves(ctx, arc, pts), "w": ARC_W, "h": ARC_H,
                    "axis": "story order" if arc.story else "reading order", "lim": f"{lim:.2f}"})
    return out


# --------------------------------------------------------------------------------------------
# Tags
# --------------------------------------------------------------------------------------------


_TAG_STATUS = {
    "matched": ("✓", "suggested, and the work has it"),
    "missing": ("+", "suggested; the work does not have it"),
    "supported": ("✓", "the work's tag, backed by the text"),
    "unsupported": ("?", "the work's tag, not found in the text"),
    "unchecked": ("·", "the work's tag; fabula cannot judge this kind"),
}
_TAG_ORDER = ["fandom", "warning", "relationship", "character", "additional", "freeform"]


def build_tags(ctx: Ctx) -> list[dict[str, Any]]:
    """Tags grouped by AO3 type, strongest first; the work's own tags carry their checklist
    verdict."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t in sorted(ctx.analysis.tags, key=lambda t: (t.kind != "suggested", -t.confidence)):
        ev = ctx.evidence_items(t.evidence, limit=1)
        mark, why = _TAG_STATUS.get(t.status or "", ("", ""))
        title = " · ".join(x for x in [
            "from the work" if t.kind == "given" else f"suggested, {pct(t.confidence)}", why, t.note or "",
            f"“{ev[0]['t']}”" if ev else ""] if x)
        groups[t.type].append({"name": t.name, "op": round(0.5 + 0.5 * max(0.0, min(1.0, t.confidence)), 2)
                               if t.kind == "suggested" else 1.0, "kind": t.kind, "status": t.status or "",
                               "mark": mark, "note": t.note or "", "title": title,
                               "href": f"#p{ev[0]['p']}" if ev else ""})
    keys = sorted(groups, key=lambda k: (_TAG_ORDER.index(k) if k in _TAG_ORDER else 99, k))
    return [{"type": k.replace("_", " "), "tags": groups[k]} for k in keys]


# --------------------------------------------------------------------------------------------
# The text, with quotes, mentions and italics marked up
# --------------------------------------------------------------------------------------------

# layer priority: lower opens outside higher (a quote contains mentions, never the reverse)
_Q, _EM, _CUE, _M = 0, 1, 2, 3


@dataclass(frozen=True, eq=False)  # identity hash: marks go in sets
class _Mark:
    start: int
    end: int
    layer: int
    open_tag: str
    order: int


def _marks(ctx: Ctx) -> list[_Mark]:
    a = ctx.analysis
    marks: list[_Mark] = []
    for qi, q in enumerate(a.quotes):
        key = ctx.key.get(q.speaker or "", "")
        cls = "q" + {"thought": " th", "written": " wr", "sung": " sg"}.get(q.kind, "")
        cls += f" {key}" if key else " unk"
        attrs = f' data-q="{qi}"' + (f' data-s="{key}"' if key else "")
        for sp in q.spans:
            marks.append(_Mark(sp[0], sp[1], _Q, f'<span class="{cls}"{attrs}>', sp[0]))
        if q.cue:
            marks.append(_Mark(q.cue[0], q.cue[1], _CUE, f'<span class="cue" data-cue="{qi}">', q.cue[0]))
    for s, e in a.story.emphasis:
        marks.append(_Mark(s, e, _EM, "<em>", s))
    for ch in ctx.chars:
        key = ctx.key[ch.id]
        for m in ch.mentions:
            marks.append(_Mark(m.span[0], m.span[1], _M, f'<span class="m {key}" data-c="{key}">', m.span[0]))
    marks = [m for m in marks if m.end > m.start]
    marks.sort(key=lambda m: (m.start, m.layer, -m.end))
    return marks


def _close_tag(open_tag: str) -> str:
    return "</em>" if open_tag == "<em>" else "</span>"


def render_inline(text: str, base: int, marks: list[_Mark]) -> str:
    """HTML for ``text`` (which starts at story offset ``base``) with ``marks`` applied.

    Overlapping marks that cross each other are split so the HTML always nests properly: at each
    boundary the open stack is cut back to the longest prefix that stays active and the rest is
    reopened. The stack is ordered by layer, so quotes stay outermost."""
    if not marks:
        return esc(text)
    end_all = base + len(text)
    opens: dict[int, list[_Mark]] = defaultdict(list)
    closes: dict[int, list[_Mark]] = defaultdict(list)
    for m in marks:
        s, e = max(base, m.start), min(end_all, m.end)
        if e > s:
            opens[s].append(m)
            closes[e].append(m)
    points = sorted({base, end_all, *opens, *closes})
    out: list[str] = []
    stack: list[_Mark] = []
    active: set[_Mark] = set()
    for s, e in zip(points, points[1:], strict=False):
        active.difference_update(closes.get(s, ()))
        active.update(opens.get(s, ()))
        want = sorted(active, key=lambda m: (m.layer, m.start, -m.end, m.order))
        k = 0
        while k < len(stack) and k < len(want) and stack[k] is want[k]:
            k += 1
        for m in reversed(stack[k:]):
            out.append(_close_tag(m.open_tag))
        del stack[k:]
        for m in want[k:]:
            out.append(m.open_tag)
            stack.append(m)
        out.append(esc(text[s - base: e - base]))
    for m in reversed(stack):
        out.append(_close_tag(m.open_tag))
    return "".join(out)


def build_text(ctx: Ctx) -> Markup:
    """The story as HTML: scene and flashback markers between paragraphs, one ``<p>`` per
    paragraph. Groups of paragraphs go in ``<section class="chunk">`` so the browser can skip
    laying out what is off screen (``content-visibility: auto``)."""
    a = ctx.analysis
    text = ctx.text
    # each mark goes to every paragraph it overlaps (a quote can run across paragraphs)
    marks_in: dict[int, list[_Mark]] = defaultdict(list)
    n_paras = len(a.story.paragraphs)
    for m in _marks(ctx):
        pi = ctx.para_of(m.start)
        while pi < n_paras and ctx.para_starts[pi] < m.end:
            marks_in[pi].append(m)
            pi += 1
    scenes = ctx.scenes
    scene_at_para: dict[int, Any] = {}
    for i, sc in enumerate(scenes):
        scene_at_para.setdefault(ctx.para_of(sc.span[0]), (i, sc))
    # chapter titles the text itself does not carry as a heading paragraph (AO3, EPUB)
    chapter_at_para: dict[int, Any] = {}
    if len(a.story.chapters) > 1 or any(c.title for c in a.story.chapters):
        for ch in a.story.chapters:
            pi = ctx.para_of(ch.span[0])
            if a.story.paragraphs and a.story.paragraphs[pi].kind != "heading":
                chapter_at_para.setdefault(pi, ch)
    fb_spans = sorted((f.span, f) for f in a.flashbacks)
    fb_open_at: dict[int, Any] = {}
    fb_close_at: dict[int, Any] = {}
    for span, f in fb_spans:
        fb_open_at.setdefault(ctx.para_of(span[0]), f)
        fb_close_at[ctx.para_of(max(span[0], span[1] - 1))] = f
    # big texts: let the browser skip laying out chunks that are off screen
    chunk = '<section class="chunk lazy">' if len(a.story.paragraphs) > 400 else '<section class="chunk">'
    out: list[str] = [chunk]
    in_chunk = 0
    in_fb = False
    for pi, p in enumerate(a.story.paragraphs):
        if pi in chapter_at_para:
            ch = chapter_at_para[pi]
            title = f"Chapter {ch.index + 1}" + (f": {ch.title}" if ch.title else "")
            out.append(f'<h3 class="chap" id="chapter-{ch.index}">{esc(title)}</h3>')
        if pi in scene_at_para:
            n, sc = scene_at_para[pi]
            if in_chunk >= 12 and not in_fb:
                out.append("</section>" + chunk)
                in_chunk = 0
            bits = [f"Scene {n + 1}"]
            if sc.pov:
                bits.append(f"POV {ctx.name(sc.pov)}")
            if sc.setting:
                bits.append(shorten(sc.setting[0].text, 40))
            if sc.story_time is not None and sc.story_time != 0:
                bits.append(_fmt_days(sc.story_time))
            fbc = " fbs" if sc.flashback else ""
            out.append(f'<div class="scene-mark{fbc}" id="scene-{n}" data-step="{ctx.scene_rank.get(sc.id, 0)}">'
                       f'{esc(" · ".join(bits))}</div>')
        elif in_chunk >= 40 and not in_fb:
            out.append("</section>" + chunk)
            in_chunk = 0
        if pi in fb_open_at and not in_fb:
            f = fb_open_at[pi]
            label = "Flashback" if f.kind == "analepsis" else "Flash-forward"
            if f.story_time is not None:
                label += f" · {_fmt_days(f.story_time)}"
            out.append(f'<div class="fb-start">{esc(label)}</div><div class="fb">')
            in_fb = True
        s, e = p.span
        ptext = text[s:e]
        if p.kind == "scene_break":
            out.append(f'<p id="p{pi}" class="brk" aria-label="scene break">{esc(ptext)}</p>')
        elif p.kind == "heading":
            out.append(f'<h3 id="p{pi}" class="chap">{esc(ptext)}</h3>')
        elif p.kind == "pov_header":
            out.append(f'<p id="p{pi}" class="povh">{esc(ptext)}</p>')
        else:
            pm = [m for m in marks_in.get(pi, ()) if m.end > s and m.start < e]
            out.append(f'<p id="p{pi}">{render_inline(ptext, s, pm)}</p>')
        in_chunk += 1
        if in_fb and pi in fb_close_at:
            out.append('</div><div class="fb-end">end of flashback</div>')
            in_fb = False
    if in_fb:
        out.append("</div>")
    out.append("</section>")
    return Markup("".join(out))


# --------------------------------------------------------------------------------------------
# Data for the page's JS
# --------------------------------------------------------------------------------------------


def build_data(ctx: Ctx, network: dict[str, Any] | None) -> dict[str, Any]:
    a = ctx.analysis
    chars = {ctx.key[c.id]: {"n": c.name, "col": ctx.colour[c.id]} for c in ctx.chars}
    quotes = []
    for q in a.quotes:
        quotes.append({
            "s": ctx.key.get(q.speaker or ""), "to": [ctx.key[x] for x in q.addressees if x in ctx.key],
            "a": q.attribution, "c": pct(q.confidence) if q.speaker else "", "k": q.kind,
            "cue": ctx.excerpt(q.cue, 80) if q.cue else "",
        })
    data: dict[str, Any] = {"chars": chars, "quotes": quotes, "steps": ctx.steps, "stepMode": ctx.step_mode}
    if network:
        data["nodes"] = {n["key"]: n["appear"] for n in network["nodes"]}
        data["edges"] = {e["id"]: {"t": e["type"], "fam": e["family"], "ap": e["appear"], "a": ctx.name(e["a"]),
                                   "b": ctx.name(e["b"]), "talk": e["talk"], "c": e["confidence"],
                                   "st": e["states"]} for e in network["edges"]}
    return data


# --------------------------------------------------------------------------------------------
# Page
# --------------------------------------------------------------------------------------------


@cache
def _env() -> Environment:
    env = Environment(loader=PackageLoader("fabula.report", "templates"),
                      autoescape=select_autoescape(enabled_extensions=("html", "j2", "svg"), default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["domid"] = lambda s: _ID_SAFE.sub("-", str(s))
    return env


@cache
def _static(name: str) -> str:
    return resources.files("fabula.report").joinpath("static", name).read_text(encoding="utf-8")


def palette_css(ctx: Ctx) -> str:
    """One CSS rule per coloured character: a tint for quotes, the full colour for marks."""
    rules = []
    for ch in ctx.chars[: len(PALETTE)]:
        col = ctx.colour[ch.id]
        r, g, b = (int(col[i: i + 2], 16) for i in (1, 3, 5))
        rules.append(f".{ctx.key[ch.id]}{{--c:{col};--t:rgba({r},{g},{b},.17)}}")
    return "\n".join(rules)


def render_html(analysis: Analysis) -> str:
    """The whole report as one self-contained HTML string (no network needed to view it)."""
    ctx = build_ctx(analysis)
    network = build_network(ctx)
    page = {
        "header": build_header(ctx),
        "cast": build_cast(ctx),
        "network": network,
        "timeline": build_timeline(ctx),
        "feelings": build_feelings(ctx),
        "tags": build_tags(ctx),
        "text_html": build_text(ctx),
        "steps": ctx.steps,
        "step_mode": ctx.step_mode,
        "has": {"cast": bool(analysis.characters), "quotes": bool(analysis.quotes),
                "relations": bool(analysis.relationships), "scenes": bool(analysis.scenes),
                "arcs": bool(analysis.arcs), "tags": bool(analysis.tags)},
    }
    data = build_data(ctx, network)
    nonce = secrets.token_urlsafe(18)
    return _env().get_template("report.html.j2").render(
        page=page, data_json=json_for_script(data), nonce=nonce,
        css=Markup(_static("report.css") + "\n" + palette_css(ctx)), js=Markup(_static("report.js")),
    )
