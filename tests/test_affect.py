"""Affect stage: per-scene valence/arousal, arcs on story and discourse time, user lexicons."""

from __future__ import annotations

from fabula.affect.lexicon import load_user_lexicon, score
from fabula.affect.stage import smooth
from fabula.affect.summary import sparkline
from test_relations import build

HAPPY = "I laughed all afternoon. The sun was warm and I felt wonderful, happy and loved."
SAD = "I cried alone in the dark. Everything was ruined and I felt miserable, sick and hopeless."


def test_scene_valence_sign_follows_the_text(nlp):
    text = f"{SAD}\n\n{HAPPY}"
    a, ids = build(text, nlp, {"Ola": "she"}, narrator="Ola",
                   scenes=[("I cried alone", 0), ("I laughed all", 1)])
    arc = next(x for x in a.arcs if x.character == ids["Ola"])
    vals = {p.scene: p.valence for p in arc.discourse}
    assert vals["s0"] < 0 < vals["s1"]
    assert all(0.0 <= p.arousal <= 1.0 for p in arc.discourse)
    assert arc.turning_points and arc.turning_points[0].scene == "s1" and arc.turning_points[0].delta > 0
    assert arc.points and set(arc.points[0]) >= {"scene", "valence", "arousal"}


def test_story_order_differs_from_discourse_order(nlp):
    """A happy flashback told second but lived first: the story arc starts high."""
    text = f"{SAD}\n\n{HAPPY}"
    a, ids = build(text, nlp, {"Ola": "she"}, narrator="Ola",
                   scenes=[("I cried alone", 1), ("I laughed all", 0)])
    arc = next(x for x in a.arcs if x.character == ids["Ola"])
    assert [p.scene for p in arc.discourse] == ["s0", "s1"]
    assert [p.scene for p in arc.story] == ["s1", "s0"]
    assert arc.story[0].valence > 0 > arc.story[1].valence


def test_speakers_own_lines_feed_their_arc(nlp):
    text = '"This is the worst day of my life, I hate it," Bo said. "What a lovely, wonderful gift!" Cat said.'
    quotes = [("This is the worst day of my life, I hate it,", "Bo", "Cat"),
              ("What a lovely, wonderful gift!", "Cat", "Bo")]
    a, ids = build(text, nlp, {"Bo": "he", "Cat": "she"}, quotes=quotes)
    mean = {x.character: x.mean_valence for x in a.arcs}
    assert mean[ids["Bo"]] < 0 < mean[ids["Cat"]]


def test_smoothing_and_sparkline():
    assert smooth([0.0, 1.0, 0.0]) == [0.25, 0.5, 0.25]
    assert smooth([0.3]) == [0.3]
    line = sparkline([-1.0, 0.0, 1.0])
    assert len(line) == 3 and line[0] == "▁" and line[-1] == "█"


def test_user_lexicons(tmp_path):
    vad = tmp_path / "vad.txt"
    vad.write_text("word\tvalence\tarousal\tdominance\nstorm\t0.2\t0.9\t0.5\ncalm\t0.8\t0.1\t0.5\n")
    lex = load_user_lexicon(vad)
    assert lex is not None and lex.vad["storm"] == (0.2, 0.9)
    _, ar_storm, _ = score("A storm.", lex)
    _, ar_calm, _ = score("So calm.", lex)
    assert ar_storm > ar_calm
    emo = tmp_path / "emo.txt"
    emo.write_text("storm\tfear\t1\nstorm\tjoy\t0\ncalm\ttrust\t1\n")
    lex2 = load_user_lexicon(emo)
    _, _, emos = score("The storm, then calm.", lex2)
    assert emos == {"fear": 1, "trust": 1}


def test_affect_lexicon_option_fills_emotions(nlp, tmp_path):
    from fabula import ingest
    from fabula import nlp as nlp_mod
    from fabula.affect.stage import affect_stage
    from fabula.model import Analysis, Character, Mention
    from fabula.pipeline import Context

    emo = tmp_path / "emo.txt"
    emo.write_text("cried\tsadness\t1\nalone\tsadness\t1\nlaughed\tjoy\t1\n")
    story = ingest.from_text("Pia cried alone. Pia laughed later.")
    doc = nlp_mod.parse(story, nlp)
    a = Analysis.for_story(story)
    a.characters.append(Character(id="c0", name="Pia", gender="she",
                                  mentions=[Mention(span=(0, 3), text="Pia"), Mention(span=(17, 20), text="Pia")]))
    a = affect_stage(Context(story=story, doc=doc, options={"affect_lexicon": str(emo)}), a)
    assert a.arcs and a.arcs[0].discourse[0].emotions.get("sadness", 0) > a.arcs[0].discourse[0].emotions.get("joy", 0)


def test_affect_summary_renders(nlp):
    from rich.console import Console

    from fabula.affect import summary

    a, _ = build(f"{SAD}\n\n{HAPPY}", nlp, {"Ola": "she"}, narrator="Ola",
                 scenes=[("I cried alone", 0), ("I laughed all", 1)])
    con = Console(record=True, width=120)
    summary.render(a, con)
    assert "Ola" in con.export_text()
