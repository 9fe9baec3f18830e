"""Relations, session 24 (working ties in period and small-community stories): wages paid, orders taken, a boss
hailed by the title ("called him Boss"), a hand taken on with a pronoun and a named post or by a passive, and an
apprentice's master as the teacher. Sentences are our own; upstream layers are built by hand. Each test fails on
the code before its change."""

from __future__ import annotations

from test_relations import build


def holders(a, x: str, y: str, state: str) -> list[str | None]:
    return [s.holder for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states
            if s.state == state]


# ---- wages, orders and a boss's title as a name -----------------------------------------------------

def test_paying_someones_wages_makes_the_payer_the_boss(nlp):
    text = "Barnaby kept the mill by the weir. Barnaby paid Rosalind's wages every quarter-day. Rosalind sang."
    a, ids = build(text, nlp, {"Barnaby": "he", "Rosalind": "she"})
    assert holders(a, ids["Barnaby"], ids["Rosalind"], "boss") == [ids["Barnaby"]]
    # other things paid are no tie
    text = "Barnaby kept the mill by the weir. Barnaby paid Rosalind's fare to the coast. Rosalind sang."
    a, ids = build(text, nlp, {"Barnaby": "he", "Rosalind": "she"})
    assert holders(a, ids["Barnaby"], ids["Rosalind"], "boss") == []


def test_taking_orders_from_someone(nlp):
    text = "Ottoline came to the quarry in April. Within a year Fergus took his orders from Ottoline."
    a, ids = build(text, nlp, {"Ottoline": "she", "Fergus": "he"})
    assert holders(a, ids["Ottoline"], ids["Fergus"], "boss") == [ids["Ottoline"]]


def test_called_him_boss(nlp):
    text = "Ignatius ran the boatyard. Perpetua, the joiner, called him Boss and meant it."
    a, ids = build(text, nlp, {"Ignatius": "he", "Perpetua": "she"})
    assert holders(a, ids["Ignatius"], ids["Perpetua"], "boss") == [ids["Ignatius"]]
    text = "Ignatius ran the boatyard. Perpetua had a way of calling Ignatius 'chef' that made him laugh."
    a, ids = build(text, nlp, {"Ignatius": "he", "Perpetua": "she"})
    assert holders(a, ids["Ignatius"], ids["Perpetua"], "boss") == [ids["Ignatius"]]
    # another name is no title
    text = "Ignatius ran the boatyard. Perpetua called him Iggy and meant it."
    a, ids = build(text, nlp, {"Ignatius": "he", "Perpetua": "she"})
    assert holders(a, ids["Ignatius"], ids["Perpetua"], "boss") == []


# ---- taken on --------------------------------------------------------------------------------------

def test_took_me_on_as_a_porter(nlp):
    text = "Leopold Marchetti took me on as a kitchen porter in the summer I turned sixteen. Leopold was loud."
    a, ids = build(text, nlp, {"Leopold Marchetti": "he", "Wim": "he"}, narrator="Wim")
    assert holders(a, ids["Leopold Marchetti"], ids["Wim"], "boss") == [ids["Leopold Marchetti"]]


def test_took_him_on_as_apprentice_is_a_teacher(nlp):
    text = ("Barnaby left school at fourteen. That spring Cuthbert took him on as apprentice at the forge. "
            "Cuthbert was patient with Barnaby.")
    a, ids = build(text, nlp, {"Barnaby": "he", "Cuthbert": "he"})
    assert holders(a, ids["Cuthbert"], ids["Barnaby"], "teacher") == [ids["Cuthbert"]]
    assert holders(a, ids["Cuthbert"], ids["Barnaby"], "boss") == []
    # a "him" taken on with no post named is not read (often someone just named in another role)
    text = "Barnaby left school at fourteen. That spring Cuthbert took him on. Cuthbert was patient with Barnaby."
    a, ids = build(text, nlp, {"Barnaby": "he", "Cuthbert": "he"})
    assert holders(a, ids["Cuthbert"], ids["Barnaby"], "boss") == []
    # a "him" taken on with no post named is not read (often someone just named in another role)
    text = "Barnaby left school at fourteen. That spring Cuthbert took him on. Cuthbert was patient with Barnaby."
    a, ids = build(text, nlp, {"Barnaby": "he", "Cuthbert": "he"})
    assert holders(a, ids["Cuthbert"], ids["Barnaby"], "boss") == []


def test_taken_on_by_someone(nlp):
    text = "Barnaby had been taken on as an apprentice by old Cuthbert. Cuthbert was patient with Barnaby."
    a, ids = build(text, nlp, {"Barnaby": "he", "Cuthbert": "he"})
    assert holders(a, ids["Cuthbert"], ids["Barnaby"], "teacher") == [ids["Cuthbert"]]


# ---- an apprentice's master --------------------------------------------------------------------------

def test_apprenticed_to_is_a_teacher(nlp):
    text = "Rosalind has been apprenticed to Cuthbert since she was twelve. Cuthbert never praises her."
    a, ids = build(text, nlp, {"Rosalind": "she", "Cuthbert": "he"})
    assert holders(a, ids["Cuthbert"], ids["Rosalind"], "teacher") == [ids["Cuthbert"]]
    assert holders(a, ids["Cuthbert"], ids["Rosalind"], "boss") == []


def test_an_apprentices_master_is_her_teacher(nlp):
    text = ("In the third year of her apprenticeship Rosalind found the flaw. Cuthbert was her master, and he "
            "had made it.")
    a, ids = build(text, nlp, {"Rosalind": "she", "Cuthbert": "he"})
    assert holders(a, ids["Cuthbert"], ids["Rosalind"], "teacher") == [ids["Cuthbert"]]
    # with no apprentice in the story, a master is an employer
    text = "Rosalind scrubbed the steps of the house. Cuthbert was her master, and a hard one."
    a, ids = build(text, nlp, {"Rosalind": "she", "Cuthbert": "he"})
    assert holders(a, ids["Cuthbert"], ids["Rosalind"], "boss") == [ids["Cuthbert"]]


# ---- years spent under someone ---------------------------------------------------------------------

def test_years_under_someone_is_working_for_them(nlp):
    text = ("Fergus had been on the lightship nine years under Ottoline when the storm came. Ottoline was calm.")
    a, ids = build(text, nlp, {"Fergus": "he", "Ottoline": "she"})
    assert holders(a, ids["Ottoline"], ids["Fergus"], "boss") == [ids["Ottoline"]]
    text = "Rosalind came home at thirty and cooked under me for four years. Rosalind was quick."
    a, ids = build(text, nlp, {"Rosalind": "she", "Wim": "he"}, narrator="Wim")
    assert holders(a, ids["Wim"], ids["Rosalind"], "boss") == [ids["Wim"]]
    # no span of years: no tie ("stood under Ottoline's window")
    text = "Fergus had been on the quay under Ottoline all evening. Ottoline was calm."
    a, ids = build(text, nlp, {"Fergus": "he", "Ottoline": "she"})
    assert holders(a, ids["Ottoline"], ids["Fergus"], "boss") == []
