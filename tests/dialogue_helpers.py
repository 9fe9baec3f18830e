"""Helpers shared by the dialogue tests: the cast stage, then the dialogue rules alone."""

from __future__ import annotations


def dialogue_rules(text: str, nlp):
    """(analysis, attributor, utterances) of the dialogue rules on ``text``, before the rankers."""
    from fabula import ingest
    from fabula import nlp as N
    from fabula.dialogue.attribute import attribute_rules
    from fabula.dialogue.extract import extract_segments
    from fabula.model import Analysis
    from fabula.pipeline import Context, run_stages

    story = ingest.from_text(text)
    doc = N.parse(story, nlp)
    an = run_stages(Context(story=story, doc=doc), Analysis.for_story(story), only=["cast"])
    segs = extract_segments(story.text, story.paragraphs, story.emphasis)
    at, utts = attribute_rules(story, doc, an, segs)
    return an, at, utts


def speakers(text: str, nlp) -> dict[str, str | None]:
    """Quote text → the name of its speaker after the cast and dialogue stages (rankers included)."""
    from fabula import analyze

    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    return {q.text: names.get(q.speaker) for q in a.quotes}


def rule_speakers(text: str, nlp, walk_ons: bool = False) -> dict[str, str | None]:
    """Utterance text → the name of its speaker by the dialogue rules alone; with ``walk_ons``, an
    unnamed speaker shows as "the <role>"."""
    an, at, utts = dialogue_rules(text, nlp)
    names = {c.id: c.name for c in an.characters}
    return {at.text[u.start:u.end]: (names.get(u.speaker) or (f"the {u.nominal}" if walk_ons and u.nominal else None))
            for u in utts}


def segments(text: str, markdown: bool = False):
    """(normalized story text, quote segments) of ``text`` by the extractor alone, no spaCy."""
    from fabula import ingest
    from fabula.dialogue.extract import extract_segments

    story = ingest.from_text(text, markdown=markdown)
    return story.text, extract_segments(story.text, story.paragraphs, story.emphasis)


def speaker_of(got: dict, start: str) -> str | None:
    """The speaker a ``speakers``/``rule_speakers`` result gives the quote that begins with ``start``."""
    return got[next(k for k in got if k.startswith(start))]
