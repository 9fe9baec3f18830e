"""Relations, session 23 (e): romantic and other events whose cue was missed or whose pair was wrong.
Sentences are our own, with invented names; upstream layers are built by hand (``build`` from
test_relations). Each test fails on the code before its commit."""

from __future__ import annotations

from relations_helpers import events_by_name, states_by_name
from test_relations import build

_events, _states = events_by_name, states_by_name


# ---- an engagement told with the time it came about ------------------------------------------


def test_engaged_by_christmas_is_the_engagement(nlp):
    text = ("Ysolde met Branimir at a harvest dance in the autumn of 1958. Ysolde and Branimir were engaged "
            "by Christmas, and the whole village said it was too quick.")
    a, ids = build(text, nlp, {"Ysolde": "she", "Branimir": "he"})
    assert ["Branimir", "Ysolde"] in _events(a, ids, "engagement")
    assert ["Branimir", "Ysolde"] in _states(a, ids, "engaged")


def test_engaged_for_a_year_is_no_engagement_event(nlp):
    text = ("Ysolde met Branimir at a harvest dance in the autumn of 1958. Ysolde and Branimir were engaged "
            "for a year, and the whole village said it was too long.")
    a, ids = build(text, nlp, {"Ysolde": "she", "Branimir": "he"})
    assert not _events(a, ids, "engagement")
    assert ["Branimir", "Ysolde"] in _states(a, ids, "engaged")


# ---- the one who said yes to an intransitive proposal -------------------------------------------


def test_i_said_yes_after_he_proposed(nlp):
    text = ("I met Oswin at the allotments when I was twenty-four. My flatmate Gudrun thought he was dull. "
            "He proposed two summers later by the compost heap, with a ring from a market stall. I said yes "
            "before he had finished.")
    a, ids = build(text, nlp, {"Oswin": "he", "Gudrun": "she", "Wilhelmina": "she"}, narrator="Wilhelmina")
    assert ["Oswin", "Wilhelmina"] in _events(a, ids, "proposal")
    assert ["Gudrun", "Oswin"] not in _events(a, ids, "proposal")


def test_a_yes_to_something_else_further_on_changes_nothing(nlp):
    text = ("Oswin and Gudrun had been seeing each other since the spring. Oswin proposed by the compost heap. "
            "The weather turned. Wilhelmina asked if she could borrow the van, and I said yes.")
    a, ids = build(text, nlp, {"Oswin": "he", "Gudrun": "she", "Wilhelmina": "she", "Ferdl": "he"},
                   narrator="Ferdl")
    assert ["Ferdl", "Oswin"] not in _events(a, ids, "proposal")


def test_id_said_yes_is_had_said_yes(nlp):
    text = ("My flatmate Gudrun never liked Oswin. I thought about the café where he'd proposed a year ago, "
            "with the ring in a teacup. I'd said yes with foam on my lip.")
    a, ids = build(text, nlp, {"Oswin": "he", "Gudrun": "she", "Wilhelmina": "she"}, narrator="Wilhelmina")
    assert ["Oswin", "Wilhelmina"] in _events(a, ids, "proposal")


# ---- "it ended" after a couple ----------------------------------------------------------------


def test_it_ended_after_a_couple_is_their_breakup(nlp):
    text = ("Radka and Ottavio had been together for three years and lived above the bike shop. It ended "
            "last March in a motel car park, over a map neither of them could fold.")
    a, ids = build(text, nlp, {"Radka": "she", "Ottavio": "he"})
    assert ["Ottavio", "Radka"] in _events(a, ids, "breakup")
    assert ["Ottavio", "Radka"] in _states(a, ids, "ex")


def test_it_ended_with_no_couple_before_is_nothing(nlp):
    text = ("Radka and Ottavio played chess in the café every Thursday. It ended last March when the café "
            "closed for good.")
    a, ids = build(text, nlp, {"Radka": "she", "Ottavio": "he"})
    assert not _events(a, ids, "breakup")


# ---- injuries: "slipped and hurt her wrist", "with his leg broken" ---------------------------------


def _hurt(a, ids):
    inv = {v: k for k, v in ids.items()}
    return [inv.get(e.participants[0]) for e in a.events if e.type == "injury"]


def test_slipped_and_hurt_her_wrist(nlp):
    text = "In January it snowed, and Marguerite slipped on the step outside the shop and hurt her wrist."
    a, ids = build(text, nlp, {"Marguerite": "she"})
    assert "Marguerite" in _hurt(a, ids)


def test_hurt_her_feelings_is_no_injury(nlp):
    text = "In January Marguerite laughed at the poem and hurt his feelings, and Osric went home early."
    a, ids = build(text, nlp, {"Marguerite": "she", "Osric": "he"})
    assert not _hurt(a, ids)


def test_with_his_leg_broken_is_the_subjects_injury(nlp):
    text = ("Osric rowed out at first light. He found Tobiah clinging to the upturned hull near the rocks with "
            "his leg broken in two places.")
    a, ids = build(text, nlp, {"Osric": "he", "Tobiah": "he"})
    assert "Tobiah" in _hurt(a, ids)
    assert "Osric" not in _hurt(a, ids)
