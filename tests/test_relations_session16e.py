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
    text = ("Odalys and Brannock had not sat at the same table since the auction. Odalys laughed before "
            "she could help it. Brannock stared at her, and then he was laughing too.")
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Odalys"], ids["Brannock"])) in _events(a, "reconciliation")


def test_they_both_laughed(nlp):
    cast = {"Odalys": "she", "Brannock": "he"}
    text = "Odalys and Brannock stood by the burnt fence for a long time, and then Odalys and Brannock both laughed."
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
    q1 = '"You sold the orchard without asking me,"'
    q2 = '"It was mine to sell,"'
    q3 = '"Then keep your money!"'
    text = f"{q1} Odalys said. {q2} Brannock said. {q3} Odalys cried. She slammed the door behind her."
    a, ids = build(text, nlp, cast, quotes=[(q1, "Odalys", "Brannock"), (q2, "Brannock", "Odalys"),
                                             (q3, "Odalys", "Brannock")])
    assert frozenset((ids["Odalys"], ids["Brannock"])) in _events(a, "fight")


def test_the_one_left_in_the_room_is_the_other(nlp):
    """The one named after the slam, left behind, is the other party (not the last speaker)."""
    cast = {"Odalys": "she", "Brannock": "he", "Pell": "he"}
    q1 = '"I will not go to the wedding,"'
    q2 = '"Nobody asked you to,"'
    text = (f"{q1} Odalys said. {q2} Pell said from the stairs. Odalys slammed the door, and Brannock sat "
            "alone at the table until the candle went out.")
    a, ids = build(text, nlp, cast, quotes=[(q1, "Odalys", "Brannock"), (q2, "Pell", "Odalys")])
    assert frozenset((ids["Odalys"], ids["Brannock"])) in _events(a, "fight")


def test_a_slam_with_no_words_of_her_own_is_no_fight(nlp):
    """Guard: a door slammed after someone else spoke, with no line of the slammer's own."""
    cast = {"Odalys": "she", "Brannock": "he"}
    q = '"The van is here,"'
    text = f"{q} Brannock said. Odalys slammed the door of the shed and carried the crates out."
    a, _ = build(text, nlp, cast, quotes=[(q, "Brannock", "Odalys")])
    assert not _events(a, "fight")


# ---- a hand held out and taken -------------------------------------------------------------------


def test_a_hand_held_out_and_taken_is_a_reconciliation(nlp):
    cast = {"Odalys": "she", "Brannock": "he"}
    text = ("Odalys and Brannock had not spoken since the flood. Brannock held out his hand. Odalys looked "
            "at it for a long moment, and then took it.")
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Odalys"], ids["Brannock"])) in _events(a, "reconciliation")


def test_a_hand_held_out_and_left_is_no_reconciliation(nlp):
    """Guard: the hand is offered, nobody takes it."""
    cast = {"Odalys": "she", "Brannock": "he"}
    text = "Brannock held out his hand. Odalys walked past him to the gate and did not look back."
    a, _ = build(text, nlp, cast)
    assert not _events(a, "reconciliation")


# ---- an injury told by its dressing: a limb in plaster, a cast, a splint -------------------------


def test_an_arm_in_plaster_is_an_injury(nlp):
    cast = {"Brannock": "he", "Odalys": "she"}
    text = "Brannock came back from the quarry with his left arm in a cast, and Odalys signed it first."
    a, ids = build(text, nlp, cast)
    assert any(e.type == "injury" and e.participants == [ids["Brannock"]] for e in a.events)


def test_a_part_in_the_cast_is_no_injury(nlp):
    """Guard: "cast" as the players of a show, with no body part before "in"."""
    cast = {"Brannock": "he", "Odalys": "she"}
    text = "On the last night Brannock shook hands with everyone in the cast."
    a, _ = build(text, nlp, cast)
    assert not any(e.type == "injury" for e in a.events)
