"""Relations, session 16 (events: fights and reconciliations told by conduct). Sentences are our own,
with invented names; upstream layers are built by hand (``build`` from test_relations). Each positive
case fails on the session-start relations code (2fe54e3); a guard passes there too and fails only if
the rule loses its limit."""

from __future__ import annotations

from test_relations import build


def _events(a, kind: str) -> set[frozenset]:
    return {frozenset(e.participants) for e in a.events if e.type == kind}


# ---- a shared laugh: one laughs, the other laughs too, or both laugh at once -------------------


def test_one_laughs_then_the_other_laughs_too(nlp):
    cast = {"Odalys": "she", "Brannock": "he"}
    text = ("At the auction Odalys and Brannock kept to opposite ends of the barn. When the goat ate the "
            "auctioneer's hat, Odalys laughed out loud. Brannock tried to frown, but soon he was laughing too.")
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Odalys"], ids["Brannock"])) in _events(a, "reconciliation")


def test_they_both_laughed(nlp):
    cast = {"Odalys": "she", "Brannock": "he"}
    text = "The rain stopped at last. Odalys and Brannock both laughed at the flattened tent."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Odalys"], ids["Brannock"])) in _events(a, "reconciliation")


def test_one_laugh_alone_is_no_reconciliation(nlp):
    """Guard: two laughs in a row, but neither "too" nor "both" joins them."""
    cast = {"Odalys": "she", "Brannock": "he"}
    text = "Brannock laughed at the goat on the roof. Odalys laughed at him from the gate."
    a, _ = build(text, nlp, cast)
    assert not _events(a, "reconciliation")


# ---- a door slammed at the end of a row ---------------------------------------------------------


def test_a_door_slammed_after_her_say_is_a_fight_with_the_one_she_spoke_to(nlp):
    cast = {"Odalys": "she", "Brannock": "he"}
    q1 = '"You gave my room to your cousin,"'
    q2 = '"It was never your room,"'
    q3 = '"Then find another lodger!"'
    text = f"{q1} Odalys said. {q2} Brannock answered. {q3} Odalys shouted, and she slammed the kitchen door."
    a, ids = build(text, nlp, cast, quotes=[(q1, "Odalys", "Brannock"), (q2, "Brannock", "Odalys"),
                                             (q3, "Odalys", "Brannock")])
    assert frozenset((ids["Odalys"], ids["Brannock"])) in _events(a, "fight")


def test_the_one_left_in_the_room_is_the_other(nlp):
    """The one named after the slam, left behind, is the other party (not the last speaker)."""
    cast = {"Odalys": "she", "Brannock": "he", "Pell": "he"}
    q1 = '"I am not selling the boat,"'
    q2 = '"Suit yourself,"'
    text = (f"{q1} Odalys said. {q2} Pell said from the ladder. Odalys slammed the cabin door so hard the "
            "cups rattled, and Brannock stayed where he was by the stove.")
    a, ids = build(text, nlp, cast, quotes=[(q1, "Odalys", "Brannock"), (q2, "Pell", "Odalys")])
    assert frozenset((ids["Odalys"], ids["Brannock"])) in _events(a, "fight")


def test_a_slam_with_no_words_of_her_own_is_no_fight(nlp):
    """Guard: a door slammed after someone else spoke, with no line of the slammer's own."""
    cast = {"Odalys": "she", "Brannock": "he"}
    q = '"The van is here,"'
    text = f"{q} Brannock called from the yard. Odalys slammed the shed door behind her and went to help unload."
    a, _ = build(text, nlp, cast, quotes=[(q, "Brannock", "Odalys")])
    assert not _events(a, "fight")


# ---- a hand held out and taken -------------------------------------------------------------------


def test_a_hand_held_out_and_taken_is_a_reconciliation(nlp):
    cast = {"Odalys": "she", "Brannock": "he"}
    text = ("Since the flood Odalys and Brannock had passed each other in the lane without a word. At the end of "
            "the parish meeting Brannock held out his hand across the table, and after a pause Odalys shook it.")
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Odalys"], ids["Brannock"])) in _events(a, "reconciliation")


def test_a_hand_held_out_and_left_is_no_reconciliation(nlp):
    """Guard: the hand is offered, nobody takes it."""
    cast = {"Odalys": "she", "Brannock": "he"}
    text = "Brannock held out his hand, but Odalys only nodded and went on down the lane to the gate."
    a, _ = build(text, nlp, cast)
    assert not _events(a, "reconciliation")


# ---- an injury told by its dressing: a limb in plaster, a cast, a splint -------------------------


def test_an_arm_in_plaster_is_an_injury(nlp):
    cast = {"Brannock": "he", "Odalys": "she"}
    text = "All that winter Brannock sat by the stove with his leg in plaster while Odalys did the milking."
    a, ids = build(text, nlp, cast)
    assert any(e.type == "injury" and e.participants == [ids["Brannock"]] for e in a.events)


def test_a_part_in_the_cast_is_no_injury(nlp):
    """Guard: "cast" as the players of a show, with no body part before "in"."""
    cast = {"Brannock": "he", "Odalys": "she"}
    text = "On the last night Brannock shook hands with everyone in the cast."
    a, _ = build(text, nlp, cast)
    assert not any(e.type == "injury" for e in a.events)
