"""Session 16, pronoun tags: the speech-tag pronoun ranker of the cast's coreference.

All passages are written for these tests.
"""

from __future__ import annotations

import json
from importlib import resources

from fabula.cast import coref

EXCHANGE = (
    'Mara came into the kitchen. Ines was washing the cups, and she did not look up.\n\n'
    '"Ines, where is the bread?" she asked.\n\n'
    'She pointed at the shelf without a word.'
)


def _cast(text: str, nlp):
    from fabula import ingest
    from fabula import nlp as nlp_mod
    from fabula.cast.stage import build_cast
    from fabula.model import Analysis
    from fabula.pipeline import Context

    story = ingest.from_text(text)
    doc = nlp_mod.parse(story, nlp)
    build_cast(Context(story=story, doc=doc), Analysis.for_story(story))
    return doc


class _Spy(coref.TagRanker):
    """A tag ranker that records which pronouns it is asked about and which candidates the
    tagged quote calls by name, then answers as the general ranker would."""

    def __init__(self):
        super().__init__([0.0] * len(coref.TAG_FEATURES), 0.0, [0.0] * len(coref.TAG_FEATURES),
                         [1.0] * len(coref.TAG_FEATURES))
        self.asked: list[int] = []
        self.voc_here: list[str] = []

    def choose(self, w, p, cands):
        self.asked.append(p.tok.i)
        cs = coref.candidates(w, p, cands)
        k = coref.TAG_FEATURES.index("voc_here")
        self.voc_here += [c for (c, _e), row in zip(cs, coref.tag_features(w, p, cs), strict=True) if row[k]]
        return coref.default_ranker().choose(w, p, cands)


def test_only_speech_tag_pronouns_go_to_the_tag_ranker(nlp, monkeypatch):
    spy = _Spy()
    monkeypatch.setattr(coref, "default_tag_ranker", lambda: spy)
    doc = _cast(EXCHANGE, nlp)
    asked = [doc[i].text for i in spy.asked]
    # the "she asked" of the tag; not the narration's "she did not look up" nor "She pointed"
    assert asked == ["she"]
    assert doc[spy.asked[0]].head.lemma_ == "ask"


def test_the_tagged_quote_calls_its_listener_by_name(nlp, monkeypatch):
    # "Ines, ..." she asked: Ines is called by name in the quote the pronoun tags (voc_here)
    spy = _Spy()
    monkeypatch.setattr(coref, "default_tag_ranker", lambda: spy)
    _cast(EXCHANGE, nlp)
    assert len(spy.voc_here) == 1


def test_tag_ranker_ships_trained_on_pdnc_dev_only():
    raw = resources.files("fabula").joinpath("models/coref_tag_ranker.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["features"] == coref.TAG_FEATURES
    assert len(data["coef"]) == len(coref.TAG_FEATURES)
    assert "PDNC dev" in data["trained_on"]
    assert coref.TagRanker.load(coref.TAG_MODEL_PATH) is not None
    # a general-ranker file is refused as a tag ranker (other features)
    assert coref.TagRanker.load(coref.MODEL_PATH) is None


def test_a_subject_named_just_before_the_tag_keeps_the_pronoun(nlp):
    # the tag ranker leans to the talker whose gender the cast knows; a name that is the subject of
    # the sentence just before the quote (its gender still unknown) is who the tag's "he" is
    text = ('Corvin Ashe rode beside the carriage all day. He was tired, and he wanted his supper.\n\n'
            'Tamsel Orrin waited at the inn door. The carriage stopped, and Tamsel Orrin opened it for '
            'Lady Maud. "I will wait for you," he said.')
    from fabula import ingest
    from fabula import nlp as nlp_mod
    from fabula.cast.stage import build_cast
    from fabula.model import Analysis
    from fabula.pipeline import Context

    story = ingest.from_text(text)
    doc = nlp_mod.parse(story, nlp)
    ctx = Context(story=story, doc=doc)
    a = build_cast(ctx, Analysis.for_story(story))
    tag = [t for t in doc if t.text == "he"][-1]
    hit = ctx.scratch["cast"].resolve_token(tag.i)
    assert hit is not None
    assert next(c.name for c in a.characters if c.id == hit[0]) == "Tamsel Orrin"
