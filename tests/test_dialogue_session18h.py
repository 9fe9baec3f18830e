"""Session 18 review fixes (dialogue): only a gesture, look or touch by the speaker at someone in
the scene names a quote's listener; one addressee per quote again (a gesture between two pieces no
longer adds a second); addressee precision / recall / F1 over (quote, addressee) pairs; "man" /
"woman" / "guy" make a walk-on's job only after a trade's noun."""

from __future__ import annotations

import json

from dialogue_helpers import rule_speakers, speaker_of
from fabula.evaluate.quotes import GoldQ, PredQuote, aggregate, evaluate_gold_dir, score_novel
from fabula.pipeline import analyze

_KITCHEN = ("Wendeline and Osric were shelling peas at the scrubbed table. Gaspard was away at sea "
            "on a cargo boat.\n\n"
            '"Your turn to cook tonight," Osric said.\n\n')


def _addressees(text, nlp, start):
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    q = next(q for q in a.quotes if q.text.startswith(start))
    return [names.get(x) for x in q.addressees]


def test_a_verb_that_is_no_gesture_does_not_name_the_listener(nlp):
    # 'Wendeline missed Gaspard.': missing someone away says nothing of who hears the line; she
    # answers the one who just spoke
    text = _KITCHEN + 'Wendeline missed Gaspard. "Hand me the sieve," she said.\n\n'
    assert _addressees(text, nlp, "Hand me the sieve") == ["Osric"]


def test_a_gesture_at_someone_in_the_scene_still_names_the_listener(nlp):
    # the tag names the speaker (with "she said" the cast's link of "she" went to the newcomer, and the
    # addressee came out right only by the addressee ranker's pick, which session 19 keeps off a short
    # story's answer to a named speaker)
    text = _KITCHEN + ('"Fine," Wendeline said.\n\nPerpetua Thistlewood came in with the milk.\n\n'
                       'Wendeline nudged Osric. "Hand me the sieve," Wendeline said.\n\n')
    assert _addressees(text, nlp, "Hand me the sieve") == ["Osric"]


def test_a_gesture_between_two_pieces_adds_no_second_listener(nlp):
    text = ("Wendeline, Osric and Perpetua Thistlewood were shelling peas at the scrubbed table.\n\n"
            '"Pass the salt," Perpetua said.\n\n'
            '"In a moment," Wendeline said. She tapped Osric on the arm. "And you can stop eating the '
            'peas."\n\n')
    got = _addressees(text, nlp, "In a moment")
    assert len(got) == 1, got


def test_addressee_pairs_charge_a_wrong_second_addressee():
    gold = [GoldQ([(0, 10)], "X", ["Y"], "Explicit"), GoldQ([(20, 30)], "Y", ["X", "Z"], "Explicit"),
            GoldQ([(40, 50)], "X", [], "Explicit")]
    pred = [PredQuote([(0, 10)], "x", ["y", "z"]), PredQuote([(20, 30)], "y", ["x"]), PredQuote([(40, 50)], "x", ["y"])]
    r = score_novel(pred, gold, {"x": "X", "y": "Y", "z": "Z"})
    assert r["addressee_accuracy"] == 1.0  # any one right is right
    # pairs of the two quotes with a gold addressee: predicted y, z, x (2 right); gold Y, X, Z (2 found)
    assert (r["addressee_pairs_right"], r["addressee_pairs_pred"], r["addressee_pairs_gold"]) == (2, 3, 3)
    assert r["addressee_precision"] == r["addressee_recall"] == r["addressee_f1"] == round(2 / 3, 4)
    agg = aggregate({"a": r, "b": score_novel([], gold, {})})
    assert agg["micro"]["addressee_recall"] == round(2 / 6, 4)
    assert agg["micro"]["addressee_precision"] == round(2 / 3, 4)
    assert agg["macro"]["addressee_recall"] == round((2 / 3 + 0) / 2, 4)


def test_addressee_pairs_in_a_tiny_gold_dir(tmp_path):
    (tmp_path / "t01_peas.txt").write_text(
        "Wendeline and Osric sat on the back step with a bowl of peas between them.\n\n"
        '"These are the last of them," Wendeline said to Osric.\n\n'
        '"Good," Osric said to Wendeline. "My thumbs are green."\n\n', encoding="utf-8")
    (tmp_path / "t01_peas.json").write_text(json.dumps({
        "characters": {"Wendeline": [], "Osric": []},
        "quotes": [{"text": "These are the last of them,", "speaker": "Wendeline", "addressees": ["Osric"]},
                   {"text": "Good, My thumbs are green.", "speaker": "Osric", "addressees": ["Wendeline", "Osric"]}],
    }), encoding="utf-8")
    r = evaluate_gold_dir(tmp_path)
    m = r["micro"]
    assert (m["addressee_precision"], m["addressee_recall"]) == (1.0, round(2 / 3, 4)), m
    assert m["addressee_f1"] == 0.8 and m["addressee_accuracy"] == 1.0
    assert r["macro"]["addressee_f1"] == 0.8


def test_a_family_guy_is_no_job_a_walk_on_is_made_of(nlp):
    # "The family guy of the pair" describes a named man: with "guy" after any noun a job, the
    # pronoun tag went to a walk-on "the family guy"
    text = ("Osric Pennyfeather and Wendeline Quarrendon waited by the allotment gate with their two small "
            "boys.\n\n"
            '"You brought the whole tribe," Wendeline said.\n\n'
            "The family guy of the pair always had raisins and sticking tape in his pockets.\n\n"
            '"Someone has to," he said.\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert speaker_of(got, "Someone has to") != "the family guy", got
