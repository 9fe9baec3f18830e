"""Run the pipeline up to and including the tags stage, for `fabula tags` and `fabula eval tags`.

Why not just :func:`fabula.pipeline.analyze_story`: the tags command must also accept a user
KB (validated before the slow parse, so a broken file fails fast) and must work while upstream
layers are missing (the stage reads them defensively), so it runs every other available stage
and then the tags stage itself.
"""

from __future__ import annotations

from pathlib import Path

from fabula.model import Analysis, Story
from fabula.pipeline import Context, available_stages, run_stages
from fabula.tags.kb import KnowledgeBase, load_kb
from fabula.tags.stage import suggest


def analyze_for_tags(story: Story, kb: KnowledgeBase | None = None, kb_dirs: list[str | Path] | None = None,
                     model: str | None = None, doc=None) -> Analysis:
    from fabula import nlp as nlp_mod

    kb = kb or load_kb(kb_dirs)
    nlp = nlp_mod.load(model)
    if doc is None:
        doc = nlp_mod.parse(story, nlp)
    ctx = Context(story=story, doc=doc, options={"kb_object": kb})
    analysis = Analysis.for_story(story)
    analysis.nlp_model = nlp_mod.model_label(nlp)
    upstream = [st.name for st in available_stages() if st.name != "tags"]
    if upstream:
        analysis = run_stages(ctx, analysis, only=upstream)
    analysis.tags = suggest(ctx, analysis, kb)
    analysis.stages.append("tags")
    return analysis.attach_source_spans(story)
