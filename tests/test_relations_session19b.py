"""Relations, session 19 (working ties). Sentences are our own, with invented names; upstream layers are
built by hand (``build`` from test_relations). Each positive case fails on the relations code before this
round (7bc23c0)."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build


def test_a_things_publicist_serves_the_narrator(nlp):
    # "the label's publicist": owned by no person, so the first-person narrator's
    text = ("I have played bass in the same four bands for eleven years. Tobiah says I still cannot read music. "
            "Rosalind Achebe is the label's publicist, and she has known me since I was nineteen. "
            "Rosalind rang at noon.")
    a, ids = build(text, nlp, {"Quilla": "she", "Tobiah": "he", "Rosalind": "she"}, narrator="Quilla")
    assert "publicist" in every_state(a, ids["Rosalind"], ids["Quilla"])
    assert "publicist" not in every_state(a, ids["Rosalind"], ids["Tobiah"])


def test_the_new_agent_serves_the_protagonist(nlp):
    text = ("Odalys Fenn had written nine novels and hated talking about every one of them. Odalys sat in the "
            "green room. Odalys drank cold tea. Odalys counted the chairs. "
            "Priscilla Mbeki was the new agent. Odalys liked her at once.")
    a, ids = build(text, nlp, {"Odalys": "she", "Priscilla": "she"})
    assert "agent" in every_state(a, ids["Priscilla"], ids["Odalys"])


def test_the_director_named_by_apposition_heads_the_narrator(nlp):
    text = ("Wenna and I had competed for the same desk for three years, and the director, Mr Gallow, "
            "smiled at neither of us. I filed my report at six. Wenna filed hers at five.")
    a, ids = build(text, nlp, {"Ysolt": "she", "Wenna": "she", "Gallow": "he"}, narrator="Ysolt")
    assert "boss" in every_state(a, ids["Gallow"], ids["Ysolt"])


def test_a_director_as_a_job_is_no_tie(nlp):
    # "a director": what he does for a living, not anyone's boss
    text = ("I met Corentin at a party in the spring. Corentin is a director, or says he is. "
            "I laughed at him. Corentin laughed back.")
    a, ids = build(text, nlp, {"Ysolt": "she", "Corentin": "he"}, narrator="Ysolt")
    assert "boss" not in every_state(a, ids["Corentin"], ids["Ysolt"])


def test_a_teams_coach_is_not_the_narrators(nlp):
    # a compound names whose the role is ("the youth team coach"): a group's, not the narrator's
    text = ("I had never liked the cold. Brangwen Tull had been the youth team coach when I was twelve. "
            "Brangwen waved at me from the stand.")
    a, ids = build(text, nlp, {"Ysolt": "she", "Brangwen": "she"}, narrator="Ysolt")
    assert "teacher" not in every_state(a, ids["Brangwen"], ids["Ysolt"])


def test_an_unnamed_teacher_is_not_the_nearest_name(nlp):
    # "his teacher" nobody names: not Brisa, the last person mentioned
    text = ("Orrin drew a map of the whole estate for school. Brisa laughed at the dragons in the corner, "
            "and his teacher pinned it on the classroom wall.")
    a, ids = build(text, nlp, {"Orrin": "he", "Brisa": "she"})
    assert "teacher" not in every_state(a, ids["Brisa"], ids["Orrin"])


def test_a_named_teacher_still_counts(nlp):
    text = ("Orrin drew a map of the whole estate for school, and his teacher, Brisa Vell, pinned it on the "
            "classroom wall.")
    a, ids = build(text, nlp, {"Orrin": "he", "Brisa": "she"})
    assert "teacher" in every_state(a, ids["Brisa"], ids["Orrin"])
