"""Relations, session 16 (rivals told by a contest or a business). Sentences are our own, with invented
names; upstream layers are built by hand (``build`` from test_relations). Each positive case fails on the
session-start relations code (2fe54e3); a guard passes there too and fails only if the rule loses its limit."""

from __future__ import annotations

import pytest

from relations_helpers import every_state
from test_relations import build

# ---- a contest lost to the other, or fought for together ---------------------------------------------


def test_a_named_prize_lost_to_the_other(nlp):
    cast = {"Greta": "she", "Brisa": "she"}
    text = "Three years running, Greta lost the Harwell to Brisa by a single vote."
    a, ids = build(text, nlp, cast)
    assert "rivals" in every_state(a, ids["Greta"], ids["Brisa"])


def test_parts_lost_to_the_one_a_relative_names(nlp):
    """"who ... losing roles to": the winner is the relative's head; "'d been" is "had been", not "would"."""
    cast = {"Tancred": "he", "Brisa Kell": "she"}
    text = ("Tancred took a seat at the back. In the front row he could see Brisa Kell, who he'd been losing "
            "roles to for three seasons.")
    a, ids = build(text, nlp, cast)
    assert "rivals" in every_state(a, ids["Tancred"], ids["Brisa Kell"])


def test_a_heart_lost_to_someone_is_no_contest(nlp):
    """Guard: a thing nobody wins, lost to a person (a heart, a scarf never given back)."""
    # ("Greta": the parser reads some names, "Odile" among them, as an adverb, and then no one loses anything)
    cast = {"Greta": "she", "Tancred": "he"}
    for text in ("Greta lost her heart to Tancred the summer he came to mend the bridge.",
                 "Greta lost her best scarf to Tancred, who never gave it back."):
        a, ids = build(text, nlp, cast)
        assert "rivals" not in every_state(a, ids["Greta"], ids["Tancred"]), text


def test_two_who_fought_for_every_prize(nlp):
    cast = {"Maren": "she", "Jasper": "he"}
    text = "At school Maren and Jasper fought for the captaincy of the rowing team."
    a, ids = build(text, nlp, cast)
    assert "rivals" in every_state(a, ids["Maren"], ids["Jasper"])
    assert not [e for e in a.events if e.type == "fight"]


def test_two_who_fought_for_a_cause_are_no_rivals(nlp):
    """Guard: fighting for something nobody wins alone is not a contest."""
    cast = {"Maren": "she", "Jasper": "he"}
    text = "Maren and Jasper fought for the old mill when the council wanted it pulled down."
    a, ids = build(text, nlp, cast)
    assert "rivals" not in every_state(a, ids["Maren"], ids["Jasper"])


# ---- a business across the road, or one selling cheaper ----------------------------------------------


def test_a_shop_opened_across_the_square_from_the_other(nlp):
    cast = {"Ottilie": "she", "Brannock Hale": "he"}
    text = ("Brannock Hale opened a café over the road from Ottilie in March, and her regulars drifted across "
            "to him one by one.")
    a, ids = build(text, nlp, cast)
    assert "rivals" in every_state(a, ids["Ottilie"], ids["Brannock Hale"])


def test_a_shop_opened_with_no_road_between_is_no_rivalry(nlp):
    """Guard: an opening with another name, but nothing sets one shop across from the other."""
    cast = {"Ottilie": "she", "Brannock Hale": "he"}
    text = "Brannock Hale opened a tearoom on the quay in May, and Ottilie baked its scones."
    a, ids = build(text, nlp, cast)
    assert "rivals" not in every_state(a, ids["Ottilie"], ids["Brannock Hale"])


@pytest.mark.parametrize("text", [
    "Pell stopped a few yards from the gate. Rosa Vane opened it and waved Pell through.",
    "Across the road, a parcel waited on the step. Rosa Vane opened it while Pell watched.",
    "Pell ran across the street, and Rosa Vane opened it",
])
def test_a_gate_or_parcel_opened_across_the_road_is_no_rivalry(nlp, text):
    """Guard: a bare "it" opened (a gate, a parcel), or "yards from", sets up no business."""
    cast = {"Pell": "he", "Rosa Vane": "she"}
    a, ids = build(text, nlp, cast)
    assert "rivals" not in every_state(a, ids["Pell"], ids["Rosa Vane"])


def test_a_trader_undercutting_the_other(nlp):
    cast = {"Ottilie": "she", "Brannock": "he"}
    text = "By the spring Brannock was undercutting Ottilie on every loaf she sold."
    a, ids = build(text, nlp, cast)
    assert "rivals" in every_state(a, ids["Ottilie"], ids["Brannock"])
