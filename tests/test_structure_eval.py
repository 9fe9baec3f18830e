"""The structure scorer, the gold stories, and the reference story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fabula.evaluate.structure import (
    evaluate_dir,
    load_gold,
    name_matches,
    score_story,
    summarize,
)
from fabula.ingest import from_text
from fabula.model import Analysis, Flashback, Scene

GOLD = Path(__file__).parent / "gold" / "structure"

TOY = ("Bo walked to the mill.\n\n***\n\nThe mill was shut. Bo knocked twice.\n\n"
       "Years ago Bo had worked here. He had swept the floor.\n\nNow the floor was dust.")


def _toy_gold(tmp_path: Path) -> Path:
    (tmp_path / "toy.txt").write_text(TOY)
    (tmp_path / "toy.json").write_text(json.dumps({
        "scenes": [{"start": "Bo walked", "pov": "Bo", "person": 3},
                   {"start": "The mill was shut", "pov": "Bo", "person": 3},
                   {"start": "Years ago", "pov": "Bo", "person": 3},
                   {"start": "Now the floor", "pov": "Bo", "person": 3}],
        "flashbacks": [{"start": "Years ago", "end": "swept the floor."}],
    }))
    return tmp_path


def _analysis(story, scene_starts: list[str], fb: tuple[str, str] | None, pov="Bo", person=3) -> Analysis:
    a = Analysis.for_story(story)
    pos = [story.text.index(s) for s in scene_starts] + [len(story.text)]
    a.scenes = [Scene(id=f"s{i}", span=(pos[i], pos[i + 1]), pov_name=pov, person=person)
                for i in range(len(scene_starts))]
    if fb:
        a.flashbacks = [Flashback(id="f0", span=(story.text.index(fb[0]), story.text.index(fb[1]) + len(fb[1])))]
    return a


def test_scorer_perfect_and_tolerance(tmp_path):
    gold = load_gold(_toy_gold(tmp_path))[0]
    story = from_text(TOY)
    perfect = _analysis(story, ["Bo walked", "The mill was shut", "Years ago", "Now the floor"],
                        ("Years ago", "swept the floor."))
    res = summarize([score_story(gold, perfect, story)])
    assert res["boundary"]["f1"] == 1.0 and res["flashback_overlap"]["f1"] == 1.0 and res["pov_accuracy"] == 1.0
    # a boundary one paragraph off still counts; a missing one costs recall; a spurious one precision
    off = _analysis(story, ["Bo walked", "The mill was shut", "Now the floor"], None)
    res = summarize([score_story(gold, off, story)])
    assert res["boundary"]["precision"] == 1.0 and res["boundary"]["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert res["flashback_overlap"]["f1"] == 0.0 and res["flashback_spans"]["recall"] == 0.0


def test_scorer_partial_flashback_and_pov(tmp_path):
    gold = load_gold(_toy_gold(tmp_path))[0]
    story = from_text(TOY)
    half = _analysis(story, ["Bo walked", "The mill was shut", "Years ago", "Now the floor"],
                     ("He had swept", "swept the floor."), pov="Mill", person=1)
    res = summarize([score_story(gold, half, story)])
    fo = res["flashback_overlap"]
    assert fo["precision"] == 1.0 and 0.3 < fo["recall"] < 0.7
    assert res["pov_accuracy"] == 0.0


def test_name_matching():
    assert name_matches("Adeyemi", ["Ms Adeyemi"])
    assert name_matches("Theo", ["Theodore Nott", "Theo"])
    assert not name_matches("Theo", ["Hope"])
    assert name_matches(None, [""])
    assert not name_matches(None, ["Hope"])


def test_gold_annotations_resolve():
    """Every gold string is found once in its story: the annotation is usable."""
    from fabula import ingest

    stories = load_gold(GOLD / "dev") + load_gold(GOLD / "test")
    assert len(stories) >= 12
    for g in stories:
        text = ingest.load(g.path).text
        for s in g.scenes:
            assert text.count(s["start"]) == 1, (g.path.name, s["start"])
            assert s["person"] in (1, 2, 3) or (s["person"] is None and s["pov"] is None)
        for f in g.flashbacks:
            assert text.count(f["start"]) == 1 and text.count(f["end"]) == 1, (g.path.name, f)


def test_eval_on_dev_gold(nlp):
    res = evaluate_dir(GOLD / "dev", upstream=False)
    assert res["stories"] >= 6
    assert res["boundary"]["f1"] >= 0.85
    assert res["flashback_overlap"]["f1"] >= 0.80
    assert res["pov_accuracy"] >= 0.95


def test_reference_story(reference_story, nlp):
    """The reference story's flashback runs from its opening sentence to its closing marker line,
    and the present scenes around it lie later in story time."""
    from fabula import ingest
    from fabula.pipeline import analyze_story

    story = ingest.load(reference_story)
    a = analyze_story(story, nlp=nlp, only=["structure"])
    assert len(a.flashbacks) == 1
    f = a.flashbacks[0]
    body = story.text[f.span[0]:f.span[1]]
    assert body.startswith("I was sitting down at a booth")
    assert body.rstrip().endswith("Flashback over")
    fb_scenes = [s for s in a.scenes if s.flashback == f.id]
    assert fb_scenes
    before = [s for s in a.scenes if s.span[1] <= f.span[0] and s.flashback is None]
    after = [s for s in a.scenes if s.span[0] >= f.span[1] and s.flashback is None]
    assert before and after
    for s in before + after:
        assert s.story_time > fb_scenes[0].story_time
        assert s.story_order > fb_scenes[0].story_order
    # dated by "six months since" in the scene that frames it
    assert f.story_time == pytest.approx(-182.6, abs=2)
    assert all(s.person == 1 for s in before[-1:] + fb_scenes + after)
    assert any("booth" in c.text for s in fb_scenes for c in s.setting)


def test_eval_on_held_out_gold_meets_targets(nlp):
    """The issue's targets on the held-out half (scored last; never used to write rules)."""
    res = evaluate_dir(GOLD / "test", upstream=False)
    assert res["stories"] >= 6
    assert res["boundary"]["f1"] >= 0.85
    assert res["flashback_overlap"]["f1"] >= 0.80
    assert res["pov_accuracy"] >= 0.95


def test_eval_cli_json(nlp):
    from typer.testing import CliRunner

    from fabula.evaluate.cli import app

    out = CliRunner().invoke(app, ["structure", "--gold", str(GOLD / "dev"), "--json", "--no-upstream"])
    assert out.exit_code == 0, out.output
    res = json.loads(out.output)
    assert set(res) >= {"boundary", "flashback_overlap", "pov_accuracy", "per_story"}
    assert len(res["per_story"]) == res["stories"]
