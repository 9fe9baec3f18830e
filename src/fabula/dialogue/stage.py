"""The dialogue stage: quotes (speech, thought, writing, song), speakers and addressees."""

from __future__ import annotations

from collections import Counter

from fabula.dialogue.attribute import Utterance, attribute
from fabula.dialogue.extract import extract_segments
from fabula.model import Analysis, Evidence, Quote
from fabula.pipeline import Context, stage


def to_quote(text: str, u: Utterance, n: int) -> Quote:
    spans = [s.span for s in u.segs]
    kind = u.kind
    notes = "; ".join(u.notes) or None
    ev = [Evidence(spans=list(u.evidence_spans), note=notes, confidence=u.confidence)] if u.evidence_spans or notes else []
    return Quote(
        id=f"q{n}",
        spans=spans,
        text=" ".join(text[s:e] for s, e in spans),
        kind=kind,
        speaker=u.speaker,
        addressees=list(u.addressees),
        attribution=u.attribution if u.speaker else None,
        confidence=round(u.confidence if u.speaker else 0.0, 3),
        cue=u.cue,
        evidence=ev,
    )


def build_quotes(ctx: Context, analysis: Analysis) -> list[Quote]:
    story = ctx.story
    segs = extract_segments(story.text, story.paragraphs, story.emphasis)
    utts = attribute(story, ctx.doc, analysis, segs)
    ctx.scratch["dialogue"] = {"segments": segs, "utterances": utts}
    return [to_quote(story.text, u, i) for i, u in enumerate(utts)]


@stage("dialogue", needs=("doc", "characters"), produces=("quotes",))
def dialogue_stage(ctx: Context, analysis: Analysis) -> Analysis:
    """Find every quote and attribute it; count each character's quotes for importance."""
    analysis.quotes = build_quotes(ctx, analysis)
    counts = Counter(q.speaker for q in analysis.quotes if q.speaker)
    for c in analysis.characters:
        c.importance["quote_count"] = counts.get(c.id, 0)
    return analysis
