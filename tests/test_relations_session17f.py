"""Relations, session 17 (family and work across writers). Sentences are our own, with invented names;
upstream layers are built by hand (``build`` from test_relations). Each positive case fails on the
relations code before this round (fb7e2b7)."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build


def test_a_cousins_grandparent_is_ones_own(nlp):
    # "Granny Wyn" is Tamsin's grandmother; Bryher is Tamsin's cousin: a reader takes Wyn as Bryher's too
    text = ("Tamsin Hollow drove down to see her grandmother Wyn on the first dry Saturday of March. "
            "Her cousin Bryher was already in the kitchen, shelling peas into a colander.")
    a, ids = build(text, nlp, {"Tamsin": "she", "Wyn": "she", "Bryher": "she"})
    assert "grandparent" in every_state(a, ids["Wyn"], ids["Tamsin"])
    assert "cousin" in every_state(a, ids["Tamsin"], ids["Bryher"])
    assert "grandparent" in every_state(a, ids["Wyn"], ids["Bryher"])
