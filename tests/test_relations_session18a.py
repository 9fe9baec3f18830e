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
