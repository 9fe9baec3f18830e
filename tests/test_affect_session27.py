"""Affect beats: a long scene keeps the character's feeling beat by beat (session 27)."""

from __future__ import annotations

from fabula.affect.stage import BEAT_CHARS, beat_starts
from fabula.evaluate.relations import score_story
from fabula.relations.upstream import SceneInfo
from test_relations import build

GLAD = ("Quilla laughed in the warm sun and felt wonderful, happy and loved. The market smelled of bread "
        "and oranges, and Quilla sang the whole way home, delighted with the day. ")
GRIM = ("Quilla cried alone in the dark kitchen. Everything was ruined, and Quilla felt miserable, sick and "
        "hopeless, afraid of the letter on the table. ")


def _one_scene_story() -> str:
    happy = "\n\n".join(GLAD * 2 for _ in range(3))
    sad = "\n\n".join(GRIM * 2 for _ in range(3))
    return f"{happy}\n\n{sad}"


def test_beats_split_a_long_scene_into_runs_of_paragraphs():
    paras = [type("P", (), {"span": (a, a + 300)})() for a in range(0, 3000, 310)]
    sc = SceneInfo("s0", (0, 3000), 0, 0.0, None, None, None, None, None)
    starts = beat_starts([sc], paras)["s0"]
    assert starts[0] == 0 and len(starts) > 2
    assert all(b - a >= BEAT_CHARS for a, b in zip(starts, starts[1:], strict=False))
    assert all(s in {p.span[0] for p in paras} for s in starts[1:])


def test_a_scene_that_turns_from_glad_to_grim_keeps_both_beats(nlp):
    text = _one_scene_story()
    a, ids = build(text, nlp, {"Quilla": "she"})
    arc = next(x for x in a.arcs if x.character == ids["Quilla"])
    (pt,) = arc.discourse  # one scene: the whole story
    assert len(pt.beats) >= 2
    assert pt.beats[0].valence > 0 > pt.beats[-1].valence
    assert all(b.units > 0 for b in pt.beats)
    assert all(x.span[1] <= y.span[0] for x, y in zip(pt.beats, pt.beats[1:], strict=False))


def test_the_scorer_reads_the_beat_that_holds_the_passage(nlp):
    text = _one_scene_story()
    a, _ = build(text, nlp, {"Quilla": "she"})
    gold = {"characters": {"Quilla": []}, "relationships": [], "events": [],
            "valence": [{"character": "Quilla", "at": "sang the whole way home", "sign": "+"},
                        {"character": "Quilla", "at": "afraid of the letter", "sign": "-"}]}
    # the scene's one valence can only be right about one of these two passages
    res = score_story(a, gold, "glad-then-grim")
    assert (res.valence_ok, res.valence_n) == (2, 2)
