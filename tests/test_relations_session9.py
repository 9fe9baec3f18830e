"""Relations, session 9: general repairs found on the misses of writers F, G and H (d111-d134).

Sentences are our own; upstream layers are built by hand (``build`` from test_relations)."""

from __future__ import annotations

from test_relations import build, events, states


def test_a_relation_noun_conjoined_to_a_passive_parsed_copula_takes_its_subject(nlp):
    # the parser makes "She" of "She's been ..." a passive subject and hangs "his best friend" on "been"
    text = ("Oren came home late and Priya had waited up for him. "
            "She's been his flatmate since second year and his best friend since the first week.")
    a, ids = build(text, nlp, {"Oren": "he", "Priya": "she", "Tobi": "he"})
    assert "friends" in states(a, ids["Oren"], ids["Priya"])
    assert "roommates" in states(a, ids["Oren"], ids["Priya"])
