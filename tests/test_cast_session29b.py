"""Session 29 (b, cast): period and formal-register families. A bare "Mr. X" beside a house of men of that
surname is the head of the house, the one introduced only formally ("Mr. Barnabas Marrable") and never called
by his first name, when his son or nephew is "Crispin" to the narration (``aliases._head_of_house``); and a
language taught or spoken is no surname ("taught Wilhelmina Latin"). All names are invented."""

from __future__ import annotations

import fabula
from fabula.cast.aliases import cluster
from test_cast_session26e import _cand, _holder


def _house(*son_bare: str):
    # "Mr. Barnabas Marrable" (formal only), his son "Crispin Marrable" (maybe a bare "Crispin"), "Mrs. Marrable"
    return cluster([_cand(("Barnabas", "Marrable"), 0, 1, "mr"), _cand(("Crispin", "Marrable"), 1000, 1, "mr"),
                    _cand(("Crispin", "Marrable"), 1500, 1),
                    *[_cand((w,), 2000 + 100 * i, 4) for i, w in enumerate(son_bare)],
                    _cand(("Marrable",), 3000, 2, "mrs"), _cand(("Marrable",), 4000, 5, "mr")])


def test_mister_is_the_formally_named_head_not_the_son_called_by_his_first_name():
    cls = _house("Crispin")
    assert _holder(cls, ("Marrable",), "mr") == _holder(cls, ("Barnabas", "Marrable"), "mr")
    assert _holder(cls, ("Marrable",), "mr") != _holder(cls, ("Crispin", "Marrable"))


def test_in_a_novel_the_formal_head_is_not_assumed():
    # a novel's father introduced formally may die in its first chapter, and his son be "Mr. X" after
    cls = cluster([_cand(("Barnabas", "Marrable"), 0, 1, "mr"), _cand(("Crispin", "Marrable"), 150_000, 1, "mr"),
                   _cand(("Crispin", "Marrable"), 150_500, 1), _cand(("Crispin",), 160_000, 4),
                   _cand(("Marrable",), 170_000, 2, "mrs"), _cand(("Marrable",), 180_000, 5, "mr")])
    assert _holder(cls, ("Marrable",), "mr") != _holder(cls, ("Barnabas", "Marrable"), "mr")


def test_a_language_taught_is_no_surname(nlp):
    text = ("Miss Agnetha Brill came out to the coast as governess. She taught Wilhelmina Latin and drawing every "
            "morning. Wilhelmina hated Latin. Wilhelmina loved the drawing.")
    a = fabula.analyze(text=text, nlp=nlp, only=["cast"])
    names = {c.name for c in a.characters}
    assert "Wilhelmina" in names and not any("Latin" in n for n in names)


def test_a_mother_and_her_namesake_daughter_both_told_in_the_narration_are_two(nlp):
    text = ("After the flood Theodosia Brackwater kept the inn with her son and her girl. Dosia was seventeen and "
            "carried the casks up from the cellar. Dosia sang at the pumps every night. Theodosia kept the books "
            'in the back parlour. "The carter wants his supper," Dosia called. "Then he may wait," said Theodosia, '
            "and shut the ledger. Theodosia went through to the taproom.")
    a = fabula.analyze(text=text, nlp=nlp, only=["cast"])
    holders = [c for c in a.characters if c.name == "Dosia" or "Dosia" in c.aliases]
    assert holders and all("Theodosia" not in c.name and "Theodosia" not in c.aliases for c in holders)
