"""The one data model every stage reads and writes.

`Story` is what ingest produces: one normalized text string plus its chapters, paragraphs,
emphasis (italic) spans and the source's metadata. `Analysis` is what the stages fill in and
what `fabula analyze --json` writes; its JSON Schema (`fabula schema`) is the public contract.

Offsets are the common language: every `span` is a half-open ``[start, end)`` pair of character
offsets into ``story.text`` (like spaCy's ``Span.start_char``/``end_char``). Every `span`/`spans`
field has a twin `source_span`/`source_spans` giving the same place as offsets into the decoded
source text, filled in by :func:`Analysis.attach_source_spans` just before output, so stages only
ever deal with normalized offsets.
"""

from __future__ import annotations

from array import array
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "0.3.0"

Span = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------------------------
# Story: what ingest produces
# --------------------------------------------------------------------------------------------

ParagraphKind = Literal["text", "heading", "scene_break", "pov_header"]


class Paragraph(_Model):
    """A block of text. Markers (headings, scene breaks, POV headers) are kept as paragraphs of
    their own kind so later stages can cut scenes and name narrators from them."""

    span: Span
    source_span: Span | None = None
    kind: ParagraphKind = "text"
    chapter: int = 0


class Chapter(_Model):
    index: int
    title: str | None = None
    span: Span
    source_span: Span | None = None
    summary: str | None = None
    notes: str | None = None
    end_notes: str | None = None


class SeriesEntry(_Model):
    name: str
    part: int | None = None
    url: str | None = None


class Stats(_Model):
    words: int | None = None
    chapters: str | None = None  # AO3 writes "3/?" or "1/1"
    published: str | None = None
    updated: str | None = None
    completed: str | None = None
    comments: int | None = None
    kudos: int | None = None
    bookmarks: int | None = None
    hits: int | None = None


class Metadata(_Model):
    """Source metadata, each field as the file gives it, or empty. Summaries and notes are
    kept here and are never part of ``Story.text``."""

    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    fandoms: list[str] = Field(default_factory=list)
    rating: str | None = None
    warnings: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    relationships: list[str] = Field(default_factory=list)
    characters: list[str] = Field(default_factory=list)
    additional_tags: list[str] = Field(default_factory=list)
    language: str | None = None
    summary: str | None = None
    notes: str | None = None
    end_notes: str | None = None
    series: list[SeriesEntry] = Field(default_factory=list)
    stats: Stats = Field(default_factory=Stats)
    source_url: str | None = None
    source_format: str | None = None  # txt | md | ao3-html | ao3-epub | fff-epub | text
    source_path: str | None = None
    content_hash: str | None = None  # sha256 of the source bytes: the work's identity


class Story(_Model):
    """A normalized story. ``offsets[i]`` is the source offset of ``text[i]``; ``offsets`` has
    one extra trailing entry (the source offset just past the last character)."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    text: str
    chapters: list[Chapter] = Field(default_factory=list)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    emphasis: list[Span] = Field(default_factory=list)  # italic/emphasised runs (HTML <em>, md *x*)
    metadata: Metadata = Field(default_factory=Metadata)
    source_text: str = ""
    offsets: Any = Field(default=None, exclude=True)  # array('q') normalized → source
    warnings: list[str] = Field(default_factory=list)

    def source_span(self, span: Span) -> Span:
        """Map a normalized ``[start, end)`` span to the decoded source text."""
        start, end = span
        offs = self.offsets
        if offs is None or len(offs) == 0:
            return (start, end)
        n = len(self.text)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        if end == start:
            s = offs[start]
            return (s, s)
        return (offs[start], offs[end - 1] + 1)

    def paragraph_text(self, p: Paragraph) -> str:
        return self.text[p.span[0] : p.span[1]]

    @property
    def text_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == "text"]

    @property
    def word_count(self) -> int:
        return sum(len(self.paragraph_text(p).split()) for p in self.text_paragraphs)


def empty_offsets() -> array:
    return array("q")


# --------------------------------------------------------------------------------------------
# Analysis: what the stages add
# --------------------------------------------------------------------------------------------


class Evidence(_Model):
    """Why fabula believes something: the text that supports it and how sure it is."""

    spans: list[Span] = Field(default_factory=list)
    source_spans: list[Span] | None = None
    note: str | None = None
    confidence: float = 1.0


class Mention(_Model):
    span: Span
    source_span: Span | None = None
    text: str
    kind: Literal["name", "nominal", "pronoun", "narrator"] = "name"
    confidence: float = 1.0


class Character(_Model):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    gender: Literal["he", "she", "they", "unknown"] = "unknown"
    mentions: list[Mention] = Field(default_factory=list)
    importance: dict[str, Any] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = 1.0


class NarratorSection(_Model):
    """Who tells a chapter or section. ``character`` is a character id, or null when the
    narration is third person or the first-person narrator cannot be named."""

    span: Span
    source_span: Span | None = None
    chapter: int | None = None
    person: Literal[1, 2, 3] | None = None
    character: str | None = None
    confidence: float = 0.0
    evidence: list[Evidence] = Field(default_factory=list)


class Quote(_Model):
    id: str
    spans: list[Span]
    source_spans: list[Span] | None = None
    text: str
    kind: Literal["speech", "thought", "written", "sung"] = "speech"
    speaker: str | None = None
    addressees: list[str] = Field(default_factory=list)
    attribution: Literal["explicit", "anaphoric", "implicit"] | None = None
    confidence: float = 0.0
    cue: Span | None = None
    source_cue: Span | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class SettingCue(_Model):
    """A phrase that tells where a scene happens: a place name (GPE/LOC/FAC entity) or a
    locative phrase such as "at a booth in a restaurant"."""

    text: str
    span: Span
    source_span: Span | None = None
    kind: Literal["entity", "phrase"] = "phrase"


class Scene(_Model):
    """A stretch of discourse with one time, place and point of view (the structure stage)."""

    id: str
    span: Span
    source_span: Span | None = None
    chapter: int = 0
    extra: dict[str, Any] = Field(default_factory=dict)
    index: int = 0  # discourse order
    boundary: str = "start"  # why the scene starts: start|heading|scene_break|pov_header|transition|...
    boundary_evidence: Evidence | None = None
    pov: str | None = None  # character id of the narrator/focal character, when known
    pov_name: str | None = None  # the POV name as the text gives it (a POV header, a vocative), if any
    person: Literal[1, 2, 3] | None = None
    tense: Literal["past", "present"] | None = None
    setting: list[SettingCue] = Field(default_factory=list)
    characters: list[str] = Field(default_factory=list)  # character ids present
    synopsis: str | None = None  # the scene's most central sentence (extractive)
    synopsis_evidence: Evidence | None = None
    flashback: str | None = None  # id of the Flashback this scene belongs to
    story_order: int | None = None  # rank of this scene on story time (0 = earliest)
    story_time: float | None = None  # relative story time in days (0 = the story's main present)
    confidence: float = 0.0


class Flashback(_Model):
    """An anachrony: a stretch told out of story order, back (analepsis) or forward (prolepsis).
    ``opening``/``closing`` hold the text that opens and closes it (a marker line, a memory
    frame, a tense shift, a marked return)."""

    id: str
    kind: Literal["analepsis", "prolepsis"] = "analepsis"
    span: Span
    source_span: Span | None = None
    scenes: list[str] = Field(default_factory=list)
    explicit: bool = False  # opened by an explicit marker ("Flashback", "End of flashback")
    cue: str = ""  # what opened it: marker|memory_frame|ago|past_perfect|italic
    opening: Evidence | None = None
    closing: Evidence | None = None
    story_time: float | None = None  # relative story time in days, when a time expression gives it
    confidence: float = 0.0


class TimeExpression(_Model):
    """A temporal expression ("six months since", "yesterday", "that night", "Labor Day") and
    where it points relative to the scene that contains it."""

    id: str
    span: Span
    source_span: Span | None = None
    text: str
    kind: Literal["duration", "relative", "deictic", "date", "holiday", "time_of_day", "sequence"] = "relative"
    direction: Literal["past", "future", "same", "unknown"] = "unknown"
    offset_days: float | None = None  # signed distance from the containing scene's time, in days
    scene: str | None = None
    confidence: float = 0.0


class TimelineEntry(_Model):
    """One scene placed on story time: discourse order vs story order and why."""

    scene: str
    discourse_index: int
    story_index: int
    story_time: float | None = None  # days relative to the main present (negative = earlier)
    flashback: str | None = None
    time_expressions: list[str] = Field(default_factory=list)  # TimeExpression ids used
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = 0.0


class RelationshipState(_Model):
    state: str
    scene: str | None = None
    story_time: float | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = 0.0
    # relations stage: who holds a one-sided state (wants_back, unrequited, parent, boss...); null = mutual
    holder: str | None = None
    story_order: float | None = None  # position on story time (scene story order + place within it)
    discourse_order: int | None = None  # offset of the first evidence, i.e. where the reader learns it


class Relationship(_Model):
    id: str
    source: str
    target: str
    type: str
    directed: bool = False
    states: list[RelationshipState] = Field(default_factory=list)
    confidence: float = 0.0
    source_name: str | None = None  # relations stage: display names, so the JSON reads on its own
    target_name: str | None = None
    current: str | None = None  # the latest state on story time


class Event(_Model):
    id: str
    type: str
    participants: list[str] = Field(default_factory=list)
    scene: str | None = None
    story_time: float | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = 0.0
    # relations stage
    participant_names: list[str] = Field(default_factory=list)
    story_order: float | None = None  # position on story time (see RelationshipState.story_order)
    recalled: bool = False  # told as something that happened before the scene it is told in
    trigger: str | None = None  # the cue words


class Beat(_Model):
    """A stretch of a scene, a few paragraphs long, and a character's feeling in it (affect stage).

    A scene can run the whole length of a short story and hold a quarrel and a make-up; its one
    valence averages them away, so each point also keeps the feeling beat by beat."""

    span: Span
    valence: float = 0.0
    units: int = 0  # sentences/quotes of this character that fall in the beat


class ArcPoint(_Model):
    """A character's feeling in one scene (affect stage). Valence in [-1, 1] (VADER compound
    averaged over the character's own lines and the narration that focalises them), arousal in
    [0, 1] (a lexicon's arousal when one is given, else an intensity proxy)."""

    scene: str
    discourse_index: int = 0
    story_order: float | None = None
    valence: float = 0.0
    arousal: float = 0.0
    smoothed: float = 0.0  # valence smoothed along the arc's own order
    units: int = 0  # sentences/quotes that fed it
    emotions: dict[str, float] = Field(default_factory=dict)  # only with a user-supplied lexicon
    evidence: list[Evidence] = Field(default_factory=list)
    beats: list[Beat] = Field(default_factory=list)  # the scene's beats this character has lines in


class ArcTurn(_Model):
    scene: str
    delta: float  # change of smoothed valence on story time into this scene
    story_order: float | None = None


class Arc(_Model):
    character: str
    points: list[dict[str, Any]] = Field(default_factory=list)
    name: str | None = None  # affect stage
    discourse: list[ArcPoint] = Field(default_factory=list)  # scenes in reading order
    story: list[ArcPoint] = Field(default_factory=list)  # the same scenes on story time
    turning_points: list[ArcTurn] = Field(default_factory=list)  # scenes that move it most
    mean_valence: float = 0.0


class Interaction(_Model):
    """One pair's contact in one scene (relations stage): a conversation (speaker to addressee),
    co-presence, or one mentioning the other in speech."""

    source: str
    target: str
    kind: Literal["conversation", "co_presence", "mention"] = "co_presence"
    scene: str | None = None
    story_order: float | None = None
    weight: float = 0.0
    directed: bool = False


class NetworkNode(_Model):
    character: str
    weighted_degree: float = 0.0
    degree_centrality: float = 0.0
    betweenness: float = 0.0
    eigenvector: float = 0.0
    community: int | None = None


class NetworkEdge(_Model):
    source: str
    target: str
    weight: float = 0.0
    conversation: float = 0.0
    co_presence: float = 0.0
    mention: float = 0.0


class Network(_Model):
    """The whole story's interaction graph (networkx metrics); ``Analysis.interactions`` keeps
    the per-scene weights so the graph can be rebuilt at any point of story time."""

    nodes: list[NetworkNode] = Field(default_factory=list)
    edges: list[NetworkEdge] = Field(default_factory=list)
    communities: list[list[str]] = Field(default_factory=list)


class Tag(_Model):
    """An AO3-style tag. ``type``: fandom | character | relationship | additional | warning.
    ``kind`` says whether fabula suggests it or the work itself gives it; ``status`` is the
    checklist verdict when the work carries its own tags: matched (suggested and given),
    missing (suggested, the work lacks it), supported / unsupported (given; does the text back
    it?), unchecked (given, a kind of tag fabula cannot judge)."""

    type: str
    name: str
    confidence: float = 0.0
    evidence: list[Evidence] = Field(default_factory=list)
    kind: Literal["suggested", "given"] = "suggested"
    status: Literal["matched", "missing", "supported", "unsupported", "unchecked"] | None = None
    note: str | None = None  # e.g. "past (they break up)", "one-sided", "KB canon pairing"
    characters: list[str] = Field(default_factory=list)  # character ids a character/relationship tag names


class StoryOut(_Model):
    """The story as published in the Analysis: metadata, layout and the normalized text that
    every offset points into."""

    metadata: Metadata
    text: str
    chapters: list[Chapter] = Field(default_factory=list)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    emphasis: list[Span] = Field(default_factory=list)
    source_emphasis: list[Span] | None = None
    words: int = 0


class Analysis(_Model):
    schema_version: str = SCHEMA_VERSION
    fabula_version: str = ""
    nlp_model: str | None = None
    story: StoryOut
    characters: list[Character] = Field(default_factory=list)
    narrator: list[NarratorSection] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    scenes: list[Scene] = Field(default_factory=list)
    relationships: list[Relationship] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    arcs: list[Arc] = Field(default_factory=list)
    tags: list[Tag] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    stages: list[str] = Field(default_factory=list)
    flashbacks: list[Flashback] = Field(default_factory=list)
    time_expressions: list[TimeExpression] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    interactions: list[Interaction] = Field(default_factory=list)  # relations stage, per scene
    network: Network | None = None  # relations stage

    @classmethod
    def for_story(cls, story: Story) -> Analysis:
        from fabula import __version__

        return cls(
            fabula_version=__version__,
            story=StoryOut(
                metadata=story.metadata,
                text=story.text,
                chapters=list(story.chapters),
                paragraphs=list(story.paragraphs),
                emphasis=list(story.emphasis),
                words=story.word_count,
            ),
            warnings=list(story.warnings),
        )

    def attach_source_spans(self, story: Story) -> Analysis:
        """Fill every ``source_*`` twin from its normalized span. Done once, at the end, so
        stages never have to think about the source text."""
        _fill_source(self, story)
        return self

    def character(self, char_id: str | None) -> Character | None:
        if char_id is None:
            return None
        for c in self.characters:
            if c.id == char_id:
                return c
        return None


_TWINS = {"span": "source_span", "spans": "source_spans", "cue": "source_cue", "emphasis": "source_emphasis"}


def _fill_source(obj: Any, story: Story) -> None:
    if isinstance(obj, BaseModel):
        for name, twin in _TWINS.items():
            if name in type(obj).model_fields and twin in type(obj).model_fields:
                value = getattr(obj, name)
                if value is None:
                    continue
                if name in ("spans", "emphasis"):
                    setattr(obj, twin, [story.source_span(tuple(s)) for s in value])
                else:
                    setattr(obj, twin, story.source_span(tuple(value)))
        for name in type(obj).model_fields:
            if name in _TWINS or name in _TWINS.values() or name == "text":
                continue
            _fill_source(getattr(obj, name), story)
    elif isinstance(obj, list):
        for item in obj:
            if isinstance(item, BaseModel | list):
                _fill_source(item, story)


def analysis_json_schema() -> dict[str, Any]:
    schema = Analysis.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://fabula.invalid/schema/analysis-{SCHEMA_VERSION}.json"
    schema["title"] = "fabula Analysis"
    return schema
