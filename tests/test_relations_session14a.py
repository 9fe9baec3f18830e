"""Relations, session 14 (first engineer): writers V and W's misses and false states, non-romantic families.
Sentences are our own, with invented names; upstream layers are built by hand (``build`` from
test_relations). Each positive case fails on the session-start code (79e135f); the guards (said so in
their docstrings) pass on it too and fail only if the rule they guard loses its limit."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build

# ---- a kin title first heard in someone else's talk is not the narrator's kin --------------------------


def test_a_title_only_in_another_speakers_talk_is_not_the_narrators_kin(nlp):
    cast = {"Osric": "he", "Wilhelmina": "she", "Mum": "she"}
    line = "Dad, Mum remembers it otherwise,"
    text = f'"{line}" said Wilhelmina. I let her talk. I was tired of the old quarrel.'
    a, ids = build(text, nlp, cast, narrator="Osric", quotes=[(line, "Wilhelmina", "Osric")])
    assert "parent" not in every_state(a, ids["Mum"], ids["Osric"])


def test_a_title_the_narration_uses_is_still_the_narrators_kin(nlp):
    """Guard: passes on the start code too; fails if the title heard in another's talk is never the
    narrator's, even where the narration uses it."""
    cast = {"Osric": "he", "Wilhelmina": "she", "Mum": "she"}
    line = "Dad, Mum remembers it otherwise,"
    text = f'"{line}" said Wilhelmina. Mum came in with the tea and I said nothing at all.'
    a, ids = build(text, nlp, cast, narrator="Osric", quotes=[(line, "Wilhelmina", "Osric")])
    assert "parent" in every_state(a, ids["Mum"], ids["Osric"])


# ---- a skill taught, told in the narration, makes a teacher --------------------------------------------


def test_one_who_taught_a_skill_is_a_teacher(nlp):
    cast = {"Ebenezer": "he", "Clemency": "she"}
    text = "Clemency adored Ebenezer, who had taught her to caulk a hull, and she trusted nobody else in the yard."
    a, ids = build(text, nlp, cast)
    assert "teacher" in every_state(a, ids["Ebenezer"], ids["Clemency"])
    text = "In her first winter at the yard Ebenezer had taken Clemency on and taught her how to read a tide table."
    a, ids = build(text, nlp, cast)
    assert "teacher" in every_state(a, ids["Ebenezer"], ids["Clemency"])


def test_a_skill_taught_by_kin_or_a_lover_or_once_is_no_teacher(nlp):
    """Guard: passes on the start code too (it had no rule for a skill taught); fails if the rule
    forgets its limits: close kin, a couple, or a plain past (one lesson)."""
    cast = {"Ebenezer": "he", "Clemency": "she"}
    text = "Ebenezer was Clemency's father. He had taught her to mend nets before she could read."
    a, ids = build(text, nlp, cast)
    assert "teacher" not in every_state(a, ids["Ebenezer"], ids["Clemency"])
    text = "On the quay that morning Ebenezer taught Clemency to mend a net."  # one lesson
    a, ids = build(text, nlp, cast)
    assert "teacher" not in every_state(a, ids["Ebenezer"], ids["Clemency"])
    text = ("Clemency and Ebenezer had been married for years. He had taught her to sail, and she had taught "
            "him to cook.")
    a, ids = build(text, nlp, cast)
    assert "teacher" not in every_state(a, ids["Ebenezer"], ids["Clemency"])


def test_another_clauses_had_is_not_the_perfect_of_a_verb_with_its_own_subject(nlp):
    """Guard: passes on the start code too; failed on 9598082, where the first clause's "had" made the
    second clause's plain past ("Ebenezer taught ...") a skill taught over time."""
    cast = {"Ebenezer": "he", "Clemency": "she", "Cosmo": "he"}
    text = "Cosmo had gone home by then, and Ebenezer taught Clemency to mend a net."
    a, ids = build(text, nlp, cast)
    assert "teacher" not in every_state(a, ids["Ebenezer"], ids["Clemency"])
