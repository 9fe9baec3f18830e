"""Relations, session 14 (first engineer): writers V and W's misses and false states, non-romantic families.
Sentences are our own, with invented names; upstream layers are built by hand (``build`` from
test_relations). Each positive case fails on the session-start code (1a8e209)."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build

# ---- a kin title first heard in someone else's talk is not the narrator's kin --------------------------


def test_a_title_only_in_another_speakers_talk_is_not_the_narrators_kin(nlp):
    cast = {"Osric": "he", "Wilhelmina": "she", "Mum": "she"}
    line = "Dad, that is not how Mum remembers it,"
    text = f'"{line}" said Wilhelmina. I let her talk. I was tired of the old quarrel.'
    a, ids = build(text, nlp, cast, narrator="Osric", quotes=[(line, "Wilhelmina", "Osric")])
    assert "parent" not in every_state(a, ids["Mum"], ids["Osric"])


def test_a_title_the_narration_uses_is_still_the_narrators_kin(nlp):
    cast = {"Osric": "he", "Wilhelmina": "she", "Mum": "she"}
    line = "Dad, that is not how Mum remembers it,"
    text = f'"{line}" said Wilhelmina. Mum came in with the tea and I said nothing at all.'
    a, ids = build(text, nlp, cast, narrator="Osric", quotes=[(line, "Wilhelmina", "Osric")])
    assert "parent" in every_state(a, ids["Mum"], ids["Osric"])


# ---- a skill taught, told in the narration, makes a teacher --------------------------------------------


def test_one_who_taught_a_skill_is_a_teacher(nlp):
    cast = {"Ebenezer": "he", "Tilda": "she"}
    text = "Tilda adored Ebenezer, who had taught her to mend nets, and she feared nobody else on the quay."
    a, ids = build(text, nlp, cast)
    assert "teacher" in every_state(a, ids["Ebenezer"], ids["Tilda"])
    text = "In her first month on the ward Ebenezer had taken Tilda on and taught her how to read a chart."
    a, ids = build(text, nlp, cast)
    assert "teacher" in every_state(a, ids["Ebenezer"], ids["Tilda"])


def test_a_skill_taught_by_kin_a_lover_or_in_a_joke_is_no_teacher(nlp):
    cast = {"Ebenezer": "he", "Tilda": "she"}
    text = "Ebenezer was Tilda's father. He had taught her to mend nets before she could read."
    a, ids = build(text, nlp, cast)
    assert "teacher" not in every_state(a, ids["Ebenezer"], ids["Tilda"])
    text = "On the quay that morning Ebenezer taught Tilda to mend a net."  # one lesson
    a, ids = build(text, nlp, cast)
    assert "teacher" not in every_state(a, ids["Ebenezer"], ids["Tilda"])
    a, ids = build(text, nlp, cast)
    assert "teacher" not in every_state(a, ids["Ebenezer"], ids["Tilda"])
    text = "Tilda and Ebenezer had been married for years. He had taught her to sail, and she had taught him to cook."
    a, ids = build(text, nlp, cast)
    assert "teacher" not in every_state(a, ids["Ebenezer"], ids["Tilda"])
    text = "Tilda had taught Ebenezer to file a brief, and Ebenezer had taught her to eat lunch."
    a, ids = build(text, nlp, cast)
    assert "teacher" in every_state(a, ids["Tilda"], ids["Ebenezer"])
    assert not any(s.holder == ids["Ebenezer"] for r in a.relationships for s in r.states if s.state == "teacher")
