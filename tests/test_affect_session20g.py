"""Session 20 (feelings): a character with no feeling lines of their own in a scene is read from the
sentences that name them there, else from the mood of the whole scene."""

from __future__ import annotations

from test_relations import build


def _vals(a, cid):
    arc = next(x for x in a.arcs if x.character == cid)
    return {p.scene: p.valence for p in arc.discourse}


def test_only_named_in_a_scene_takes_those_sentences(nlp):
    text = ("Bertil walked to the harbour office. He signed the papers.\n\n"
            "The whole village wept for Bertil, and the rain was cold and miserable.")
    a, ids = build(text, nlp, {"Bertil": "he"}, scenes=[("Bertil walked", 0), ("The whole village", 1)])
    vals = _vals(a, ids["Bertil"])
    assert "s1" in vals and vals["s1"] < 0


def test_no_polar_line_of_their_own_takes_the_scene_mood(nlp):
    text = ("Bertil opened the door. He put down his bag. "
            "Mirela had cried all night, sick and miserable, because the old dog had died.")
    a, ids = build(text, nlp, {"Bertil": "he", "Mirela": "she"})
    vals = _vals(a, ids["Bertil"])
    assert list(vals.values())[0] < 0


def test_one_line_of_their_own_and_named_in_a_sad_scene_is_an_arc(nlp):
    text = ("Bertil signed the papers at the harbour office.\n\n"
            "The whole village wept for Bertil, and the rain was cold and miserable.")
    a, ids = build(text, nlp, {"Bertil": "he"}, scenes=[("Bertil signed", 0), ("The whole village", 1)])
    vals = _vals(a, ids["Bertil"])
    assert vals.get("s1", 0.0) < 0
