"""The pipeline: ingest → nlp → stages → Analysis.

A stage is a function ``(ctx, analysis) -> analysis`` registered with :func:`stage`, declaring
what it ``needs`` and what it ``produces`` (Analysis fields, or ``doc`` for the spaCy parse), in
the spirit of Renard's pipeline steps. Stages run in the order of :data:`STAGE_ORDER`; the
pipeline checks each stage's needs are met by the time it runs, so a missing layer is a clear
error rather than a silent empty result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fabula.model import Analysis, Story

# The modules whose stages run, in order. A module that is not there yet is skipped.
STAGE_ORDER = [
    "fabula.cast",
    "fabula.dialogue",
    "fabula.structure",
    "fabula.relations",
    "fabula.affect",
    "fabula.tags",
]


@dataclass(frozen=True)
class GreetingHug:
    """A hug between two characters that the relations stage read as a greeting, a farewell or joy
    rather than comfort ("Auntie hugged me in the yard and said I'd grown"): no comfort event, but
    still a warm touch, which the tags stage counts as relationship support as it counts comfort.

    ``a`` and ``b`` are character ids as the relations stage's events name them (after its kin- and
    role-title re-keying); a later stage that merges characters must pass them through
    :meth:`renamed` (the tags stage does, after its knowledge-base merge). ``span`` is the
    (start, end) story offset of the sentence that tells the hug."""

    a: str
    b: str
    span: tuple[int, int]

    def renamed(self, rename: dict[str, str]) -> GreetingHug | None:
        """This hug with merged-away ids replaced by the kept ones; None if that leaves one person."""
        a, b = rename.get(self.a, self.a), rename.get(self.b, self.b)
        return None if a == b else GreetingHug(a, b, self.span)


@dataclass
class Context:
    """What stages share besides the Analysis: the story, its parse, and options.

    Typed handoffs between stages that the Analysis schema does not carry:

    - ``greeting_hugs``: written by the relations stage, read by the tags stage (see
      :class:`GreetingHug`); empty when the relations stage did not run.

    ``scratch`` holds the rest (caches and per-stage working data, documented where they are set).
    """

    story: Story
    doc: Any = None  # spacy.tokens.Doc aligned with story.text
    options: dict[str, Any] = field(default_factory=dict)
    scratch: dict[str, Any] = field(default_factory=dict)  # stage-to-stage data not in the schema
    greeting_hugs: list[GreetingHug] = field(default_factory=list)


StageFn = Callable[[Context, Analysis], Analysis]


@dataclass(frozen=True)
class Stage:
    name: str
    fn: StageFn
    needs: tuple[str, ...]
    produces: tuple[str, ...]

    def __call__(self, ctx: Context, analysis: Analysis) -> Analysis:
        return self.fn(ctx, analysis)


REGISTRY: dict[str, Stage] = {}


def stage(name: str, needs: tuple[str, ...] = ("doc",), produces: tuple[str, ...] = ()):
    """Register a pipeline stage: ``@stage("cast", needs=("doc",), produces=("characters",))``."""

    def deco(fn: StageFn) -> StageFn:
        REGISTRY[name] = Stage(name, fn, tuple(needs), tuple(produces))
        return fn

    return deco


def available_stages() -> list[Stage]:
    """The registered stages in pipeline order, importing each package's ``stage`` module."""
    from fabula.optional import optional_module

    for mod in STAGE_ORDER:
        optional_module(f"{mod}.stage")
    stages = []
    seen = set()
    for mod in STAGE_ORDER:
        for st in REGISTRY.values():
            if st.fn.__module__.startswith(mod + ".") and st.name not in seen:
                stages.append(st)
                seen.add(st.name)
    return stages


def run_stages(ctx: Context, analysis: Analysis, only: list[str] | None = None,
               progress: Callable[[str], None] | None = None,
               timings: dict[str, float] | None = None) -> Analysis:
    import time

    have = {"doc", "story"}
    for st in available_stages():
        if only is not None and st.name not in only:
            continue
        missing = [n for n in st.needs if n not in have]
        if missing:
            raise RuntimeError(f"stage '{st.name}' needs {missing}, which no earlier stage produced")
        if progress:
            progress(st.name)
        t0 = time.perf_counter()
        analysis = st(ctx, analysis)
        if timings is not None:
            timings[st.name] = time.perf_counter() - t0
        analysis.stages.append(st.name)
        have.update(st.produces)
    return analysis


def analyze_story(story: Story, model: str | None = None, nlp=None,
                  parse_progress: Callable[[int, int], None] | None = None,
                  stage_progress: Callable[[str], None] | None = None,
                  only: list[str] | None = None, options: dict[str, Any] | None = None,
                  timings: dict[str, float] | None = None) -> Analysis:
    """Analyze an already-ingested Story. ``timings``, if given, receives seconds per step."""
    import time

    from fabula import nlp as nlp_mod

    nlp = nlp or nlp_mod.load(model)
    t0 = time.perf_counter()
    doc = nlp_mod.parse(story, nlp, progress=parse_progress)
    if timings is not None:
        timings["parse"] = time.perf_counter() - t0
    ctx = Context(story=story, doc=doc, options=dict(options or {}))
    analysis = Analysis.for_story(story)
    analysis.nlp_model = nlp_mod.model_label(nlp)
    analysis = run_stages(ctx, analysis, only=only, progress=stage_progress, timings=timings)
    return analysis.attach_source_spans(story)


def analyze(path: str | Path | None = None, *, text: str | None = None, model: str | None = None,
            **kwargs: Any) -> Analysis:
    """Analyze a story file (``path``) or a string (``text=``) and return the Analysis."""
    from fabula import ingest

    if (path is None) == (text is None):
        raise ValueError("give exactly one of a path or text=")
    story = ingest.load(path) if path is not None else ingest.from_text(text or "")
    return analyze_story(story, model=model, **kwargs)
