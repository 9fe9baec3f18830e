"""Relations, session 20 (romance over time). Sentences are our own, with invented names; upstream layers are
built by hand (``build`` from test_relations). Each rule's positive case fails on the code before the round
(d8eda89)."""

from __future__ import annotations

from test_relations import build


def events_of(a, x: str, y: str) -> set[str]:
    return {e.type for e in a.events if set(e.participants) == {x, y}}


def test_a_kiss_after_an_old_ex_is_no_new_partner(nlp):
    # a kiss starts the romance; it is no "new partner" event just because one of them had an ex years ago
    text = ("Years ago Yolanthe had been Severin's ex-girlfriend, and they had not spoken since. "
            "On the ferry home that autumn Severin looked at Wilhelmina for a long moment and kissed her.")
    a, ids = build(text, nlp, {"Yolanthe": "she", "Severin": "he", "Wilhelmina": "she"},
                   scenes=[("Years ago", 0)])
    ev = events_of(a, ids["Severin"], ids["Wilhelmina"])
    assert "first_kiss" in ev
    assert "new_partner" not in ev


def test_a_told_new_couple_after_an_ex_is_still_a_new_partner(nlp):
    text = ("Years ago Yolanthe had been Severin's ex-girlfriend, and they had not spoken since. "
            "That autumn Severin started dating Wilhelmina.")
    a, ids = build(text, nlp, {"Yolanthe": "she", "Severin": "he", "Wilhelmina": "she"},
                   scenes=[("Years ago", 0)])
    assert "new_partner" in events_of(a, ids["Severin"], ids["Wilhelmina"])
