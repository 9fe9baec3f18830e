"""Relations, session 13, second round: cue families every writer uses (colleagues, friends, bosses,
romance by conduct). Sentences are our own, with invented names; upstream layers are built by hand
(``build`` from test_relations). Each positive case fails on the round-start code (4cda358)."""

from __future__ import annotations

from test_relations import build


def every_state(a, x: str, y: str) -> set[str]:
    return {s.state for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states}


# ---- two who started at one workplace at one time are colleagues --------------------------------------

def test_started_the_same_week_are_colleagues(nlp):
    cast = {"Ottilie": "she", "Bram": "he", "Casimir": "he"}
    a, ids = build("Ottilie and Bram started here the same week, both of them terrified of the matron.", nlp, cast)
    assert "colleagues" in every_state(a, ids["Ottilie"], ids["Bram"])
    a, ids = build("Bram had joined the bakery the same month as Ottilie, and they got on at once.", nlp, cast)
    assert "colleagues" in every_state(a, ids["Ottilie"], ids["Bram"])
    text = "Long ago, when the war was young in the north, Casimir Holt and Bram Vey had come aboard on the same day."
    a, ids = build(text, nlp, cast)
    assert "colleagues" in every_state(a, ids["Casimir"], ids["Bram"])


def test_started_school_the_same_week_is_no_job(nlp):
    cast = {"Ottilie": "she", "Bram": "he"}
    a, ids = build("Ottilie and Bram started school the same week and hated it equally.", nlp, cast)
    assert "colleagues" not in every_state(a, ids["Ottilie"], ids["Bram"])
    a, ids = build("Ottilie and Bram came home the same day.", nlp, cast)
    assert "colleagues" not in every_state(a, ids["Ottilie"], ids["Bram"])


# ---- a home shared by a household told in one sentence --------------------------------------------------

def test_a_household_listed_in_one_sentence_are_roommates(nlp):
    cast = {"Ansel": "he", "Perpetua": "she", "Ludo": "he"}
    text = "There were three of us in the flat on Quarry Lane: me, Perpetua, and Ludo, who paid the least rent."
    a, ids = build(text, nlp, cast, narrator="Ansel")
    assert "roommates" in every_state(a, ids["Perpetua"], ids["Ludo"])
    assert "roommates" in every_state(a, ids["Ansel"], ids["Ludo"])
    text = "Perpetua and I had been sharing a house on Mill Road since March, along with a boy called Ludo."
    a, ids = build(text, nlp, cast, narrator="Ansel")
    assert "roommates" in every_state(a, ids["Perpetua"], ids["Ludo"])
    text = "I'd lived at 4C for two years by then, with Perpetua, who kept bees, and Ludo, who kept nothing."
    a, ids = build(text, nlp, cast, narrator="Ansel")
    assert "roommates" in every_state(a, ids["Ansel"], ids["Ludo"])


def test_a_home_shared_in_the_future_is_no_household(nlp):
    cast = {"Perpetua": "she", "Ludo": "he"}
    a, ids = build("Next year Perpetua and Ludo will share a flat near the docks.", nlp, cast)
    assert "roommates" not in every_state(a, ids["Perpetua"], ids["Ludo"])
    a, ids = build("Perpetua and Ludo never shared a house again.", nlp, cast)
    assert "roommates" not in every_state(a, ids["Perpetua"], ids["Ludo"])
