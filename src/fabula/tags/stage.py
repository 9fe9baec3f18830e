"""The tags stage: fandom, characters, relationships, additional tags and warnings, AO3-style.

Order of work: find KB names in the text → pick the fandom (or "unknown") → merge cast
characters the KB says are one person → gather the people and their references → decide the
relationship tags → derive additional tags and warning hints → compare with the work's own tags.
Everything reads earlier layers defensively: with an empty cast, no quotes and no relationships
the stage still works from the text and the spaCy parse alone.
"""

from __future__ import annotations

from fabula.model import Analysis, Evidence, Tag
from fabula.pipeline import Context, stage
from fabula.tags import additional as add
from fabula.tags.compare import compare
from fabula.tags.fandom import cast_units, decide, score_fandoms, setting_counts
from fabula.tags.kb import KnowledgeBase, load_kb
from fabula.tags.merge import merge_aliases
from fabula.tags.people import (
    QuoteRegions,
    add_narrator,
    attach_kin,
    build_people,
    complete_names,
    fix_gender_clashes,
    inherit_surnames,
    merge_diminutives,
    narrative_person,
    parents_by_kin_word,
    pronoun_counts,
)
from fabula.tags.relationships import (
    attribute_solo_breakups,
    decide_relationships,
    pair_evidence,
    sentence_cues,
    solo_breakups,
)
from fabula.tags.scan import AliasMatcher, fold_text
from fabula.tags.tokens import token_table

MIN_CONFIDENCE = 0.3  # tags below this are not suggested
_MATCHERS: dict[int, tuple[KnowledgeBase, AliasMatcher]] = {}
_KBS: dict[object, KnowledgeBase] = {}


def matcher_for(kb: KnowledgeBase) -> AliasMatcher:
    hit = _MATCHERS.get(id(kb))
    if hit is None or hit[0] is not kb:
        hit = (kb, AliasMatcher(kb))
        _MATCHERS.clear()
        _MATCHERS[id(kb)] = hit
    return hit[1]


def kb_from_options(options: dict) -> KnowledgeBase:
    kb = options.get("kb_object")
    if isinstance(kb, KnowledgeBase):
        return kb
    return _cached_kb(options.get("kb"))


def _cached_kb(extra) -> KnowledgeBase:
    """The KB for a set of user directories, loaded once per process."""
    key = tuple(str(x) for x in extra) if isinstance(extra, list | tuple) else (str(extra) if extra else None)
    kb = _KBS.get(key)
    if kb is None:
        kb = _KBS[key] = load_kb(list(extra) if isinstance(extra, list | tuple) else extra)
    return kb


def _ev(spans, note: str | None, conf: float) -> list[Evidence]:
    spans = [tuple(s) for s in spans]
    return [Evidence(spans=spans, note=note, confidence=conf)] if spans or note else []


def suggest(ctx: Context, analysis: Analysis, kb: KnowledgeBase | None = None) -> list[Tag]:
    story, doc = ctx.story, ctx.doc
    kb = kb or kb_from_options(ctx.options)
    matcher = matcher_for(kb)
    text = story.text
    tt = ctx.scratch.get("tags.tokens")
    if tt is None or len(tt) != len(doc):
        tt = ctx.scratch["tags.tokens"] = token_table(doc, story.text)
    hits = matcher.scan(tt, text, fold_text(text))
    units = cast_units(analysis, doc)
    ranking = score_fandoms(kb, matcher, hits, units)
    decision = decide(ranking, setting_counts(kb, ranking, tt.lower))
    fandom = kb.fandoms[decision.fandom] if decision.fandom is not None else None
    kb_map: dict[str, int] = {}
    if fandom is not None and analysis.characters:
        rename: dict[str, str] = {}
        kb_map = merge_aliases(analysis, fandom, renamed=rename)
        units = cast_units(analysis, doc)
        if rename:  # (the relations stage's handoff names characters by their ids before the merge)
            ctx.greeting_hugs = [h for h in (g.renamed(rename) for g in ctx.greeting_hugs) if h is not None]
    ctx.scratch["tags.fandom"] = fandom.name if fandom else None
    ctx.scratch["tags.kb_map"] = kb_map

    tags: list[Tag] = []
    # --- fandom
    if fandom is not None:
        best = decision.ranking[0]
        spans = [(h.start, h.end) for h in best.hits][:5]
        note = (f"{best.characters} of its characters named, explaining {best.coverage:.0%} of the named cast"
                + (f"; runner-up {kb.fandoms[decision.ranking[1].fandom].name}" if len(decision.ranking) > 1 else ""))
        tags.append(Tag(type="fandom", name=fandom.name, confidence=decision.confidence, note=note,
                        evidence=_ev(spans, note, decision.confidence)))
    else:
        tags.append(Tag(type="fandom", name="unknown", confidence=0.0, note=decision.reason))

    # --- people and narrative mode
    quotes = QuoteRegions(story, analysis)
    words = max(1, story.word_count)
    person, p_conf, p_note = narrative_person(analysis, pronoun_counts(tt, quotes), words)
    people = build_people(story, analysis, hits, decision.fandom, fandom, kb_map, units)
    if fandom is None:
        complete_names(people, analysis, tt)
        inherit_surnames(people, analysis, tt)
        people = merge_diminutives(people)
    attach_kin(people, analysis)
    fix_gender_clashes(people, text)
    add_narrator(people, story, tt, analysis, quotes, person)
    if fandom is not None:
        people = parents_by_kin_word(people, tt, fandom, analysis)
    # the first-person narrator is the work's point-of-view character: AO3 authors list them first
    people.sort(key=lambda p: (not p.narrator, -p.importance, p.name))

    # --- characters, by importance
    originals = [p for p in people if p.original]
    for p in people:
        if p.original:
            continue
        n = len(p.name_spans)
        conf = min(0.95, 0.45 + 0.1 * n + (0.1 if p.narrator else 0.0))
        tags.append(Tag(type="character", name=p.name, confidence=round(conf, 3), characters=sorted(p.char_ids),
                        note="narrator" if p.narrator else None,
                        evidence=_ev(p.name_spans[:3], f"named {n} time(s)", conf)))
    if fandom is not None and originals:
        spans = [s for p in originals for s in p.name_spans[:1]]
        conf = min(0.8, 0.4 + 0.05 * sum(len(p.name_spans) for p in originals))
        tags.append(Tag(type="character", name="Original Character(s)", confidence=round(conf, 3),
                        characters=sorted(c for p in originals for c in p.char_ids),
                        note=", ".join(p.name for p in originals),
                        evidence=_ev(spans[:5], "named people the knowledge base does not know", conf)))

    # --- relationships
    sents = sentence_cues(tt, story, people, quotes)
    pairs = pair_evidence(sents, analysis, people, tt, fandom, hugs=ctx.greeting_hugs)
    rels = decide_relationships(pairs, people, fandom, words=words)
    attribute_solo_breakups(rels, solo_breakups(tt, sents, analysis, people))
    by_key = {p.key: p for p in people}
    for r in rels:
        ids = sorted(set().union(*(by_key[k].char_ids for k in r.people)))
        tags.append(Tag(type="relationship", name=r.name, confidence=r.confidence, characters=ids,
                        note=r.note if not r.canon else ("KB canon pairing" + (f"; {r.note}" if r.note else "")),
                        evidence=_ev(r.spans, f"{r.kind} cues", r.confidence)))

    # --- additional tags and warnings
    extra = add.narrative_tags(person, p_conf, p_note) + add.reader_tags(analysis)
    extra += add.structure_tags(story, analysis, people)
    extra += add.arc_tags(rels, sents, len(text))
    extra += add.tone_tags(tt, words)
    extra += add.warning_tags(tt, words, people)
    for t in extra:
        tags.append(Tag(type=t.type, name=t.name, confidence=t.confidence, note=t.note,
                        evidence=_ev(t.spans, t.note, t.confidence)))
    tags = [t for t in tags if t.type == "fandom" or t.confidence >= MIN_CONFIDENCE]
    tags += compare(tags, story.metadata, fandom, kb, text)
    return tags


@stage("tags", needs=("doc", "characters"), produces=("tags",))
def tags_stage(ctx: Context, analysis: Analysis) -> Analysis:
    """Suggest AO3-style tags for the work and check the work's own tags against the text."""
    analysis.tags = suggest(ctx, analysis)
    return analysis
