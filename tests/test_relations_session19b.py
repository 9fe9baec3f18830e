"""Relations, session 19 (working ties). Sentences are our own, with invented names; upstream layers are
built by hand (``build`` from test_relations). The positive case fails on the relations code before this
round (7bc23c0). (The round's definite-role rule was reverted in review, and its tests with it.)"""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build


def test_an_unnamed_teacher_is_not_the_nearest_name(nlp):
    # "his teacher" nobody names: not Zephyrine, the last person mentioned
    text = ("Lucan drew a map of the whole estate for school. Zephyrine laughed at the dragons in the corner, "
            "and his teacher pinned it on the classroom wall.")
    a, ids = build(text, nlp, {"Lucan": "he", "Zephyrine": "she"})
    assert "teacher" not in every_state(a, ids["Zephyrine"], ids["Lucan"])


def test_a_named_teacher_still_counts(nlp):
    text = ("Lucan drew a map of the whole estate for school, and his teacher, Zephyrine Carrow, pinned it on "
            "the classroom wall.")
    a, ids = build(text, nlp, {"Lucan": "he", "Zephyrine": "she"})
    assert "teacher" in every_state(a, ids["Zephyrine"], ids["Lucan"])
