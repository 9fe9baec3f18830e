"""The dialogue stage: quotes (speech, thought, writing, song), speakers and addressees."""

from __future__ import annotations

from collections import Counter

from fabula.cast.nominals import NOUN_GENDER
from fabula.dialogue.attribute import LABEL_PREFIX, NOMINAL_PREFIX, Utterance, attribute
from fabula.dialogue.extract import extract_segments
from fabula.model import Analysis, Character, Evidence, Mention, Quote
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
    _unnamed_characters(story.text, utts, analysis)
    ctx.scratch["dialogue"] = {"segments": segs, "utterances": utts}
    return [to_quote(story.text, u, i) for i, u in enumerate(utts)]


def _unnamed_characters(text: str, utts: list[Utterance], analysis: Analysis) -> None:
    """Speakers known only by a description ("said the policeman") become unnamed characters
    ("the policeman"), so their lines are not given to a named character; a chat label the cast did
    not know ("Tomasz: I'm in") becomes a character of that name. Ids are ``u<k>``."""
    ids: dict[str, str] = {}
    for u in utts:
        for cid in [u.speaker, *u.addressees]:
            if cid and cid.startswith((NOMINAL_PREFIX, LABEL_PREFIX)) and cid not in ids:
                k = len(ids)
                while f"u{k}" in {c.id for c in analysis.characters}:
                    k += 1
                ids[cid] = f"u{k}"
                if cid.startswith(LABEL_PREFIX):
                    analysis.characters.append(Character(
                        id=ids[cid], name=cid[len(LABEL_PREFIX):], confidence=0.6, evidence=[Evidence(
                            spans=[u.cue] if u.cue else [], confidence=0.6,
                            note="writes under this name (a chat label, a letter's signature)")]))
                    continue
                noun = cid[len(NOMINAL_PREFIX):]
                analysis.characters.append(Character(
                    id=ids[cid], name=noun if "'s " in noun else f"the {noun}",  # "Cal's mother"
                    gender=NOUN_GENDER.get(noun.rsplit(" ", 1)[-1], "unknown"), confidence=0.6,
                    evidence=[Evidence(note="speaks, but the story never names this person", confidence=0.6)]))
    if not ids:
        return
    by_id = {c.id: c for c in analysis.characters}
    labels = {v for k, v in ids.items() if k.startswith(LABEL_PREFIX)}
    for u in utts:
        if u.speaker in ids:
            u.speaker = ids[u.speaker]
            subj = u.evidence_spans[1] if len(u.evidence_spans) > 1 else None
            if subj:
                kind = "name" if u.speaker in labels else "nominal"
                by_id[u.speaker].mentions.append(Mention(span=subj, text=text[subj[0]:subj[1]], kind=kind,
                                                         confidence=0.6))
        u.addressees = [ids.get(a, a) for a in u.addressees]


@stage("dialogue", needs=("doc", "characters"), produces=("quotes",))
def dialogue_stage(ctx: Context, analysis: Analysis) -> Analysis:
    """Find every quote and attribute it; count each character's quotes for importance."""
    analysis.quotes = build_quotes(ctx, analysis)
    counts = Counter(q.speaker for q in analysis.quotes if q.speaker)
    for c in analysis.characters:
        c.importance["quote_count"] = counts.get(c.id, 0)
    return analysis
