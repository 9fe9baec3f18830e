"""The relations stage: interaction network, typed relationships over story time, key events."""

from __future__ import annotations

import copy

import numpy as np

from fabula.model import Analysis
from fabula.pipeline import Context, GreetingHug, stage
from fabula.relations import network as net
from fabula.relations.cues import CueFinder
from fabula.relations.docindex import DocIndex, get_index
from fabula.relations.kintitles import bind_kin_titles, bind_role_titles, merge_kin_titles, rekey
from fabula.relations.learned import load_model, pair_features, propose
from fabula.relations.resolve import Resolver
from fabula.relations.timeline import (
    build_events,
    build_relationships,
    chat_friends,
    crew_heads,
    drop_nameless_kin,
    fill_partners,
    infer,
    retarget_wants_back,
    settle_boss_hails,
    settle_pronoun_owners,
    spoken_only,
)
from fabula.relations.upstream import StoryView, build_view
from fabula.relations.workheads import co_staff, team_heads, workplace_heads


def scene_tenses(view: StoryView, index: DocIndex | None) -> dict[str, str]:
    """Narrative tense per scene (structure's, else the majority tense of finite main verbs in
    narration), so past tense in a present-tense frame reads as 'earlier'."""
    out: dict[str, str] = {}
    counts: dict[str, list[int]] = {}
    for sc in view.scenes:
        if sc.tense:
            out[sc.id] = sc.tense
        else:
            counts[sc.id] = [0, 0]
    if counts and index is not None:
        tags, deps, offs = index.column("TAG"), index.column("DEP"), index.column("IDX")
        vbd = index.ids({"VBD"})
        mask = np.isin(tags, index.ids({"VBD", "VBZ", "VBP"})) & np.isin(deps, index.ids({"ROOT", "conj"}))
        for i in np.nonzero(mask)[0]:
            off = int(offs[i])
            if view.quote_at(off) is not None:
                continue
            sc = view.scene_at(off)
            if sc.id in counts:
                counts[sc.id][0 if tags[i] == vbd[0] else 1] += 1
        for sid, (past, pres) in counts.items():
            out[sid] = "present" if pres > past else "past"
    return out


def get_view(ctx: Context, analysis: Analysis) -> StoryView:
    """One StoryView per run, shared with the affect stage through ``ctx.scratch``."""
    view = ctx.scratch.get("relations.view")
    if view is None or view.text is not analysis.story.text:
        view = build_view(analysis, ctx.doc)
        ctx.scratch["relations.view"] = view
    return view


@stage("relations", needs=("doc", "characters"), produces=("relationships", "events", "interactions", "network"))
def relations_stage(ctx: Context, analysis: Analysis) -> Analysis:
    view = get_view(ctx, analysis)
    resolver = Resolver(view)
    index = get_index(ctx.scratch, ctx.doc, analysis.story.text) if ctx.doc is not None else None
    tenses = scene_tenses(view, index)
    ctx.scratch["relations.tenses"] = tenses
    cues: list = []
    if index is not None:
        finder = CueFinder(ctx.doc, view, resolver, tenses, index)
        cues = finder.run()
        # a second reading with the kin nouns the first one left open bound to the person its cues give
        # that role ("My grandmother died" after "Avó Lurdes" is known to be the grandmother)
        bindings = finder.kin_bindings()
        if bindings:
            resolver = Resolver(view)
            resolver.bound = bindings
            finder = CueFinder(ctx.doc, view, resolver, tenses, index)
            cues = finder.run()
    # hugs told as a greeting are no comfort event, but the tags stage still counts them as care: they
    # are re-keyed below as the cues are (kin and role titles), so they name whom the events name
    hugs = [copy.copy(c) for c in finder.greeting_hugs if c.a and c.b] if index is not None else []
    fill_partners(cues, view, resolver)
    if index is not None:
        finder.divorce_of_the_one_couple()  # (adds to ``cues``, the finder's own list)
    settle_boss_hails(cues, view)
    cues = cues + crew_heads(cues, view)
    cues = cues + workplace_heads(cues, view, ctx.doc if index is not None else None, resolver)
    cues = cues + co_staff(cues, view)
    # (after the co-staff rule: the gold gives a side's players no colleague tie through their captain)
    cues = cues + team_heads(cues, view, ctx.doc if index is not None else None, resolver)
    cues = cues + chat_friends(cues, view)
    bind_kin_titles(cues + hugs, view)  # (the bindings come from states only: the hugs just follow)
    both = cues + hugs
    bind_role_titles(both, view, ctx.doc, resolver)
    hug_ids = {id(h) for h in hugs}
    cues, hugs = [c for c in both if id(c) not in hug_ids], [c for c in both if id(c) in hug_ids]
    settle_pronoun_owners(cues, view)
    retarget_wants_back(cues)
    cues = drop_nameless_kin(cues, view)
    long_text = len(view.text) > 100_000
    unseen = spoken_only(view)
    inferred = infer([copy.copy(c) for c in cues], long_text=long_text, unseen=unseen, gender=view.gender)
    # a kin-title character the inferred ties show to be a named person ("Mum" = Lorna) is re-keyed to
    # that person and the inferences are drawn again (not in a novel)
    # (a title said once in passing, which ``infer`` drops as no tie, may still be the named person)
    passing = [c for c in cues if "passing_title" in c.extra]
    merged = {} if long_text else merge_kin_titles(cues, inferred + passing, view)
    cues = infer(rekey(cues, merged, view), long_text=long_text, unseen=unseen,
                  gender=view.gender) if merged else inferred
    hugs = rekey(hugs, merged, view) if merged else hugs
    ctx.greeting_hugs = [GreetingHug(h.a, h.b, (h.span[0], h.span[1])) for h in hugs if h.a and h.b and h.a != h.b]
    if ctx.doc is not None and ctx.options.get("relations_learned", True):
        # the learned second opinion, for pairs the rules leave silent (see learned.py)
        model = load_model()
        if model is not None or ctx.options.get("relations_pair_features"):
            pairs = pair_features(ctx.doc, view, resolver, cues)
            ctx.scratch["relations.pairs"] = pairs
            if model is not None and not ctx.options.get("relations_pair_features"):
                cues = cues + propose(model, pairs, cues, view)
    analysis.relationships = build_relationships(cues, view)
    analysis.events = build_events(cues, view)
    analysis.interactions = net.interactions(view, resolver)
    analysis.network = net.network(analysis.interactions)
    for w in view.warnings:
        if w not in analysis.warnings:
            analysis.warnings.append(w)
    return analysis
