"""Relations, session 18 (family and work recall). Sentences are our own, with invented names; upstream
layers are built by hand (``build`` from test_relations). Each positive case fails on the relations code
before this round (10c73c0)."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build


def test_an_aunt_is_the_only_cousins_parent(nlp):
    # Corwen's aunt Ysella and his one cousin Pedrek: a reader takes Ysella as Pedrek's mother
    text = ("Corwen Tregear spent the wet August at his aunt Ysella's farm above the estuary. "
            "His cousin Pedrek met the bus at the crossroads with a tractor and a grin.")
    a, ids = build(text, nlp, {"Corwen": "he", "Ysella": "she", "Pedrek": "he"})
    assert "aunt_or_uncle" in every_state(a, ids["Ysella"], ids["Corwen"])
    assert "cousin" in every_state(a, ids["Corwen"], ids["Pedrek"])
    assert "parent" in every_state(a, ids["Ysella"], ids["Pedrek"])


def test_two_cousins_leave_the_aunt_unpaired(nlp):
    # two cousins: which of them is the aunt's child is not told
    text = ("Corwen Tregear spent the wet August at his aunt Ysella's farm above the estuary. "
            "His cousin Pedrek met the bus at the crossroads with a tractor and a grin. "
            "Corwen's cousin Jowan waved from the gate.")
    a, ids = build(text, nlp, {"Corwen": "he", "Ysella": "she", "Pedrek": "he", "Jowan": "he"})
    assert "cousin" in every_state(a, ids["Corwen"], ids["Pedrek"])
    assert "parent" not in every_state(a, ids["Ysella"], ids["Pedrek"])
    assert "parent" not in every_state(a, ids["Ysella"], ids["Jowan"])


def test_two_who_run_a_shop_together_are_colleagues(nlp):
    text = ("Once the lease was signed Jessamy Petronel ran the garage with Thane Tallack, "
            "splitting the takings down the middle as agreed.")
    a, ids = build(text, nlp, {"Jessamy": "she", "Thane": "he"})
    assert "colleagues" in every_state(a, ids["Jessamy"], ids["Thane"])


def test_a_coordinated_pair_who_will_run_it(nlp):
    text = ("The deeds passed the bistro to them both. Tamsa and Orlick will run it, "
            "the notary announced, and capped his pen.")
    a, ids = build(text, nlp, {"Tamsa": "she", "Orlick": "he"})
    assert "colleagues" in every_state(a, ids["Tamsa"], ids["Orlick"])


def test_running_a_shop_for_someone_or_a_tap_is_no_colleague_tie(nlp):
    text = ("Tamsa ran the shop for Orlick that winter. "
            "Later Orlick ran the tap with Tamsa watching from the door.")
    a, ids = build(text, nlp, {"Tamsa": "she", "Orlick": "he"})
    assert "colleagues" not in every_state(a, ids["Tamsa"], ids["Orlick"])


def test_the_print_shop_where_they_both_worked(nlp):
    text = "Tressa first noticed Jago Treverrow at the print shop where they both worked, the spring she turned thirty."
    a, ids = build(text, nlp, {"Tressa": "she", "Jago": "he"})
    assert "colleagues" in every_state(a, ids["Tressa"], ids["Jago"])


def test_both_worked_hard_is_no_workplace(nlp):
    text = "Tressa and Jago both worked hard that summer, and neither of them saw the sea."
    a, ids = build(text, nlp, {"Tressa": "she", "Jago": "he"})
    assert "colleagues" not in every_state(a, ids["Tressa"], ids["Jago"])
