"""The structure stage: scenes, points of view, flashbacks, time expressions and the timeline.

Order of work: paragraph facts (one pass over the Doc) → flashbacks → scene cuts → per-scene
description (POV, person, tense, setting, characters, synopsis) → time expressions → story time.
Everything is rules over the parse the pipeline already made, so the stage costs a small
fraction of spaCy's own time.
"""

from __future__ import annotations

from collections import Counter

from fabula.model import Analysis, Evidence, Flashback, Scene, TimeExpression, TimelineEntry
from fabula.pipeline import Context, stage
from fabula.structure import pov as pov_mod
from fabula.structure.features import Para, build_paras
from fabula.structure.flashbacks import FlashDraft, find_flashbacks
from fabula.structure.markers import FRONT_MATTER_RE
from fabula.structure.segment import SceneDraft, collect_cuts, scenes_from_cuts
from fabula.structure.setting import setting_cues
from fabula.structure.synopsis import central_sentence
from fabula.structure.timeline import order_by_section_labels, place_scenes, story_order
from fabula.structure.timex import Timex, find_timexes


def _ev(span, note: str, conf: float) -> Evidence:
    return Evidence(spans=[tuple(span)] if span else [], note=note, confidence=round(conf, 2))


def _sections(paras: list[Para], chapters: bool = True) -> list[int]:
    """Section id per paragraph: a new section at every POV header (and chapter, unless
    ``chapters`` is False), so person and narrator names are pooled over the stretch one
    narrator tells."""
    out, sec, chapter = [], 0, None
    for p in paras:
        if p.kind == "pov_header" or (chapters and chapter is not None and p.chapter != chapter):
            sec += 1
        chapter = p.chapter
        out.append(sec)
    return out


def _narrator_for(analysis: Analysis, span) -> tuple[str | None, int | None]:
    best, best_ov = None, 0
    for ns in analysis.narrator:
        ov = min(span[1], ns.span[1]) - max(span[0], ns.span[0])
        if ov > best_ov:
            best, best_ov = ns, ov
    if best is None:
        return None, None
    return best.character, best.person


def _describe_pov(d: SceneDraft, paras: list[Para], section_paras: list[Para], doc, analysis: Analysis,
                  index, genders: dict[str, str], voice_paras: list[Para],
                  vocative_cache: dict) -> pov_mod.PovGuess:
    """Person, POV name and character for one scene. ``section_paras`` are the paragraphs of
    its chapter/POV section; ``voice_paras`` those one narrator tells (up to the next POV
    header, across chapters), where what others call the narrator is gathered."""
    own = [paras[i] for i in d.paras if paras[i].kind == "text"]
    person, pconf = pov_mod.narrative_person(own)
    strength = sum(p.first + p.second + p.third for p in own)
    sec_person, sec_conf = pov_mod.narrative_person(section_paras)
    if person is None or (strength < 5 and sec_person is not None) or (person != sec_person and pconf < 0.6):
        person, pconf = sec_person, sec_conf * 0.9
    header = pov_mod.header_for(paras, d.paras[0])
    name, char_id, source, conf, evidence = None, None, "none", pconf, None
    if header:
        name, evidence, source, conf = header[0], header[1], "header", max(pconf, 0.9)
    elif person in (1, 2):
        nid, nperson = _narrator_for(analysis, d.span)
        if nid and (nperson in (None, person)):
            char_id, source = nid, "narrator"
            ch = analysis.character(nid)
            name = ch.name if ch else None
        else:
            key = (voice_paras[0].index, voice_paras[-1].index) if voice_paras else (0, 0)
            if key not in vocative_cache:  # one count per narrator section, not per scene
                vocative_cache[key] = pov_mod.best_name(pov_mod.vocatives(voice_paras, doc))
            vname, vconf = vocative_cache[key]
            if vname:
                name, source, conf = vname, "vocative", min(pconf, 0.5 + vconf / 2)
    else:
        fname, fconf = pov_mod.best_name(pov_mod.focal_names(own, genders))
        if not fname:
            fname, fconf = pov_mod.best_name(pov_mod.focal_names(section_paras, genders))
        if fname:
            name, source, conf = fname, "focal", min(pconf, fconf)
    if name and char_id is None and index is not None:
        char_id = index.by_name(name)
        if char_id is None and " " in name:
            char_id = index.by_name(name.split()[-1]) or index.by_name(name.split()[0])
    return pov_mod.PovGuess(person, name, char_id, round(conf, 2), evidence, source)


def _genders(analysis: Analysis, paras: list[Para]) -> dict[str, str]:
    """Name → he/she: inferred from the narration, overridden by the cast stage's genders."""
    g = pov_mod.infer_genders([p for p in paras if p.kind == "text"])
    for ch in analysis.characters:
        if ch.gender in ("he", "she"):
            for n in [ch.name, *ch.aliases]:
                for part in n.split():
                    g[part] = ch.gender
    return g


def _tense(own: list[Para]) -> str | None:
    past = sum(p.past + p.perf for p in own)
    pres = sum(p.pres for p in own)
    if not past and not pres:
        return None
    return "present" if pres > past else "past"


def _characters(d: SceneDraft, analysis: Analysis, index, pov_id: str | None) -> list[str]:
    counts: Counter[str] = Counter()
    if index is not None:
        for _s, _e, cid in index.mentions_in(d.span):
            counts[cid] += 1
    for q in analysis.quotes:
        if q.speaker and q.spans and d.span[0] <= q.spans[0][0] < d.span[1]:
            counts[q.speaker] += 1
    if pov_id:
        counts[pov_id] += 1
    return [cid for cid, _ in counts.most_common()]


def _quotes_spans(analysis: Analysis):
    spans = [tuple(s) for q in analysis.quotes for s in q.spans]
    return sorted(spans) or None


@stage("structure", needs=("doc",), produces=("scenes", "flashbacks", "time_expressions", "timeline"))
def structure_stage(ctx: Context, analysis: Analysis) -> Analysis:
    story, doc = ctx.story, ctx.doc
    paras = build_paras(story, doc, _quotes_spans(analysis))
    drafts_fb = find_flashbacks(paras)
    for f in drafts_fb:  # a flashback closed by a return sentence ends before the space in front of it
        while f.end > f.start and story.text[f.end - 1].isspace():
            f.end -= 1
    cuts = collect_cuts(paras, drafts_fb)
    drafts = scenes_from_cuts(paras, cuts, drafts_fb, story.text)
    index = None
    if analysis.characters:
        from fabula.cast.index import CharacterIndex

        index = CharacterIndex(analysis)
    sections = _sections(paras)
    voices = _sections(paras, chapters=False)
    vocative_cache: dict = {}
    genders = _genders(analysis, paras)
    people = {e.text.lower() for e in doc.ents if e.label_ == "PERSON"} if doc is not None else set()
    for ch in analysis.characters:
        people.update(n.lower() for n in [ch.name, *ch.aliases])
    place_ents = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")] if doc is not None else []

    # time expressions, paragraph by paragraph so entity lookups stay local
    timexes: list[Timex] = []
    ents_by_para: dict[int, list] = {}
    if doc is not None:
        starts = [p.span[0] for p in paras]
        import bisect

        for ent in doc.ents:
            if ent.label_ in ("DATE", "TIME"):
                k = bisect.bisect_right(starts, ent.start_char) - 1
                ents_by_para.setdefault(k, []).append(ent)
    for p in paras:
        if p.kind == "text":
            for t in find_timexes(p.text, p.span[0], ents_by_para.get(p.index, ())):
                t.quoted = any(a <= t.span[0] < b for a, b in p.quotes)
                timexes.append(t)

    scenes: list[Scene] = []
    for k, d in enumerate(drafts):
        sec_ids = {sections[i] for i in d.paras}
        section_paras = [p for p in paras if sections[p.index] in sec_ids and p.kind == "text"]
        front = k == 0 and len(drafts) > 1 and bool(FRONT_MATTER_RE.match(paras[d.paras[0]].text))
        if front:
            guess = pov_mod.PovGuess(None, None, None, 0.8, None, "front_matter")
        else:
            voice_ids = {voices[i] for i in d.paras}
            voice_paras = [p for p in paras if voices[p.index] in voice_ids and p.kind == "text"]
            guess = _describe_pov(d, paras, section_paras, doc, analysis, index, genders, voice_paras,
                                  vocative_cache)
        own = [paras[i] for i in d.paras if paras[i].kind == "text"]
        sents = [s for p in own for s in p.sents if d.span[0] <= s[0] < d.span[1]]
        quotes = [q for p in own for q in p.quotes]
        syn = central_sentence(doc, sents, quotes, story.text)
        scene = Scene(
            id=f"scene{k}", span=d.span, chapter=paras[d.paras[0]].chapter, index=k, boundary=d.boundary,
            boundary_evidence=_ev(d.evidence, f"scene starts: {d.boundary}", d.confidence) if d.evidence else None,
            pov=guess.character, pov_name=guess.name, person=guess.person, tense=_tense(own),
            setting=setting_cues(doc, d.span, quotes, people, _ents_in(place_ents, d.span)),
            characters=_characters(d, analysis, index, guess.character),
            synopsis=story.text[syn[0][0]:syn[0][1]].strip() if syn else None,
            synopsis_evidence=_ev(syn[0], "most central sentence", syn[1]) if syn else None,
            flashback=f"flashback{d.flashback}" if d.flashback is not None else None,
            confidence=round(min(d.confidence if d.confidence > 0 else 0.6, 1.0), 2),
        )
        scene.extra["pov_source"] = guess.source
        if front:
            scene.extra["front_matter"] = True
        scene.extra["pov_confidence"] = guess.confidence
        if guess.evidence:
            scene.extra["pov_evidence"] = list(guess.evidence)
        scenes.append(scene)

    flashbacks = [_flashback(i, f, scenes) for i, f in enumerate(drafts_fb)]
    placed = place_scenes([{
        "span": s.span, "boundary": s.boundary,
        "flashback": drafts[i].flashback,
        "flashback_kind": drafts_fb[drafts[i].flashback].kind if drafts[i].flashback is not None else None,
        "flashback_opening": drafts_fb[drafts[i].flashback].opening if drafts[i].flashback is not None else None,
    } for i, s in enumerate(scenes)], timexes)
    placed = order_by_section_labels(_heading_texts(paras, [s.span for s in scenes]), placed)
    ranks = story_order(placed)
    timeline: list[TimelineEntry] = []
    for s, pl, r in zip(scenes, placed, ranks, strict=True):
        s.story_time = round(pl.time, 3)
        s.story_order = r
        timeline.append(TimelineEntry(
            scene=s.id, discourse_index=s.index, story_index=r, story_time=s.story_time, flashback=s.flashback,
            time_expressions=[f"time{k}" for k in pl.timexes],
            evidence=[_ev(timexes[k].span, f"time expression '{timexes[k].text}'", timexes[k].confidence)
                      for k in pl.timexes],
            confidence=pl.confidence,
        ))
    for f in flashbacks:
        times = [s.story_time for s in scenes if s.flashback == f.id and s.story_time is not None]
        f.story_time = times[0] if times else None
    analysis.scenes = scenes
    analysis.flashbacks = flashbacks
    analysis.time_expressions = [
        TimeExpression(id=f"time{k}", span=t.span, text=t.text, kind=t.kind, direction=t.direction,
                       offset_days=None if t.offset_days is None else round(t.offset_days, 3),
                       scene=_scene_at(scenes, t.span[0]), confidence=t.confidence)
        for k, t in enumerate(timexes)
    ]
    analysis.timeline = sorted(timeline, key=lambda e: e.discourse_index)
    ctx.scratch["structure"] = {"paragraph_scene": {i: scenes[k].id for k, d in enumerate(drafts) for i in d.paras}}
    return analysis


def _heading_texts(paras: list[Para], spans: list) -> list[str | None]:
    """The heading line each scene opens with, if any (the first scene's too, whose boundary is "start"):
    the first paragraph at or after the scene's start, found by bisection over the paragraph starts."""
    import bisect

    starts = [p.span[0] for p in paras]
    out: list[str | None] = []
    for span in spans:
        i = bisect.bisect_left(starts, span[0])
        p = paras[i] if i < len(paras) else None
        out.append(p.text if p is not None and p.kind == "heading" and p.span[0] < span[1] else None)
    return out


def _ents_in(ents: list, span) -> list:
    import bisect

    starts = [e.start_char for e in ents]
    i = bisect.bisect_left(starts, span[0])
    out = []
    while i < len(ents) and ents[i].start_char < span[1]:
        out.append(ents[i])
        i += 1
    return out


def _scene_at(scenes: list[Scene], pos: int) -> str | None:
    for s in scenes:
        if s.span[0] <= pos < s.span[1]:
            return s.id
    return None


def _flashback(i: int, f: FlashDraft, scenes: list[Scene]) -> Flashback:
    fid = f"flashback{i}"
    return Flashback(
        id=fid, kind=f.kind, span=(f.start, f.end), scenes=[s.id for s in scenes if s.flashback == fid],
        explicit=f.explicit, cue=f.cue,
        opening=_ev(f.opening, f"opens: {f.cue}", f.confidence),
        closing=_ev(f.closing, "closes", f.confidence) if f.closing else None,
        confidence=f.confidence,
    )
