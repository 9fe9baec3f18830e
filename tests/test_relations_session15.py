"""Relations, session 15 (recall that transfers across writers). Sentences are our own, with invented
names; upstream layers are built by hand (``build`` from test_relations). Each positive case fails on the
session-start code (afb7abb); a guard says so in its docstring (it passes there too and fails only if
the rule loses its limit)."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build

# ---- the first person a speaker introduces is the speaker's partner ------------------------------


def test_the_one_introduced_first_is_the_partner(nlp):
    cast = {"Oswin": "he", "Perpetua": "she", "Marit": "she"}
    q = '"Mam, this is Perpetua."'
    text = f"Oswin held the gate open and Marit came down the path wiping her hands. {q} Oswin said."
    a, ids = build(text, nlp, cast, quotes=[(q, "Oswin", "Marit")])
    assert "dating" in every_state(a, ids["Oswin"], ids["Perpetua"])


def test_an_introduction_with_a_part_given_is_no_couple(nlp):
    """Guard: "this is Bryn, my cousin" gives the one introduced another part."""
    cast = {"Oswin": "he", "Bryn": "he", "Marit": "she"}
    q = '"Marit, this is Bryn, my cousin from the coast."'
    text = f"Oswin held the gate open and Marit came down the path wiping her hands. {q} Oswin said."
    a, ids = build(text, nlp, cast, quotes=[(q, "Oswin", "Marit")])
    assert "dating" not in every_state(a, ids["Oswin"], ids["Bryn"])


def test_only_the_first_introduction_makes_a_couple(nlp):
    """The second name in one quote is introduced to the first, not the speaker's partner."""
    cast = {"Oswin": "he", "Perpetua": "she", "Marit": "she"}
    q = '"This is Perpetua. Perpetua, this is Marit."'
    text = f"Oswin held the gate open and the two women looked at each other. {q} Oswin said."
    a, ids = build(text, nlp, cast, quotes=[(q, "Oswin", "Perpetua")])
    assert "dating" in every_state(a, ids["Oswin"], ids["Perpetua"])
    assert "dating" not in every_state(a, ids["Oswin"], ids["Marit"])


# ---- "his boy Tyler", "their boy, Rhodri": a possessed child word with the name after it -------------


def test_his_boy_with_the_name_after_is_his_son(nlp):
    cast = {"Brannock": "he", "Idris": "he"}
    text = "Brannock came to the mill that winter with his boy Idris, and neither of them said much."
    a, ids = build(text, nlp, cast)
    assert "parent" in every_state(a, ids["Brannock"], ids["Idris"])


def test_a_named_possessor_own_lad(nlp):
    cast = {"Selwyn": "he", "Corra": "she"}
    text = "Corra Venn's own lad, Selwyn, was away at sea that year."
    a, ids = build(text, nlp, cast)
    assert "parent" in every_state(a, ids["Corra"], ids["Selwyn"])


def test_his_girl_with_a_name_is_no_daughter(nlp):
    """Guard: "his girl, Dora" is as often a sweetheart; a pronoun possessor takes only boy/lad."""
    cast = {"Brannock": "he", "Dora": "she"}
    text = "Brannock came to the dance that night with his girl, Dora, and they stayed until the lamps went out."
    a, ids = build(text, nlp, cast)
    assert "parent" not in every_state(a, ids["Brannock"], ids["Dora"])


# ---- a group told from inside by its members' list ----------------------------------------------------


def test_a_list_of_us_makes_friends(nlp):
    cast = {"Wynn": "she", "Tamsin": "she", "Odo": "he", "Lark": "she"}
    text = ("The chat had been running since the first week of college. Four of us: me, Tamsin, Odo and Lark. "
            "Most nights it was only pictures of soup.")
    a, ids = build(text, nlp, cast, narrator="Wynn")
    assert "friends" in every_state(a, ids["Tamsin"], ids["Odo"])
    assert "friends" in every_state(a, ids["Wynn"], ids["Lark"])


def test_an_instrument_list_with_me_makes_colleagues(nlp):
    cast = {"Wynn": "she", "Tamsin": "she", "Odo": "he"}
    text = ("We started the band in a church hall when we were seventeen, Tamsin on guitar, me on bass, "
            "Odo on drums. The hall smelled of floor polish.")
    a, ids = build(text, nlp, cast, narrator="Wynn")
    assert "colleagues" in every_state(a, ids["Tamsin"], ids["Odo"])
    assert "colleagues" in every_state(a, ids["Wynn"], ids["Tamsin"])


def test_an_instrument_list_told_from_outside_is_left_alone(nlp):
    """Guard: no first person among the members (the list may leave out who the band was)."""
    cast = {"Tamsin": "she", "Odo": "he", "Lark": "she"}
    text = ("They started the band in a church hall when they were seventeen, Tamsin on guitar, Lark on bass, "
            "Odo on drums. The hall smelled of floor polish.")
    a, ids = build(text, nlp, cast)
    assert "colleagues" not in every_state(a, ids["Tamsin"], ids["Odo"])


# ---- a head's title apposed to a name, its holder acting on someone ----------------------------------


def test_the_editor_who_sends_someone_out_is_their_boss(nlp):
    cast = {"Ottoline Brisk": "she", "Feargal": "he"}
    text = "After lunch the editor, Ottoline Brisk, sent Feargal down to the courts."
    a, ids = build(text, nlp, cast)
    assert "boss" in every_state(a, ids["Ottoline Brisk"], ids["Feargal"])


def test_the_headmaster_who_gives_me_a_class_is_my_boss(nlp):
    cast = {"Wynn": "he", "Mr Pellow": "he"}
    text = "I was new that autumn, and Mr Pellow, the headmaster, gave me the top form because nobody else would."
    a, ids = build(text, nlp, cast, narrator="Wynn")
    assert "boss" in every_state(a, ids["Mr Pellow"], ids["Wynn"])


def test_a_titled_head_who_only_meets_someone_is_no_boss(nlp):
    """Guard: a verb that is no head's act ("smiled at", "kissed") makes no boss."""
    cast = {"Ottoline Brisk": "she", "Feargal": "he"}
    text = "At the party the editor, Ottoline Brisk, kissed Feargal on both cheeks and moved on."
    a, ids = build(text, nlp, cast)
    assert "boss" not in every_state(a, ids["Ottoline Brisk"], ids["Feargal"])


# ---- two people photographed as a couple ---------------------------------------------------------------


def test_photographed_holding_hands_is_dating(nlp):
    cast = {"Ilse Marrow": "she", "Teodor Vann": "he"}
    text = ("Three days later Ilse Marrow and Teodor Vann were photographed leaving a bistro in Ghent holding "
            "hands, and the papers did the rest.")
    a, ids = build(text, nlp, cast)
    assert "dating" in every_state(a, ids["Ilse Marrow"], ids["Teodor Vann"])


def test_a_photograph_of_two_leaving_together_is_dating(nlp):
    cast = {"Ilse": "she", "Teodor": "he", "Benedikt": "he"}
    text = ("On Sunday the Courier printed a photograph of Ilse and Teodor leaving the opera together, and "
            "Benedikt cancelled his subscription.")
    a, ids = build(text, nlp, cast)
    assert "dating" in every_state(a, ids["Ilse"], ids["Teodor"])
    assert "dating" not in every_state(a, ids["Ilse"], ids["Benedikt"])


def test_a_photograph_with_no_gesture_is_no_couple(nlp):
    """Guard: two people in a photograph, no couple's gesture."""
    cast = {"Ilse": "she", "Teodor": "he"}
    text = "On the piano stood a photograph of Ilse and Teodor on the harbour steps, squinting at the sun."
    a, ids = build(text, nlp, cast)
    assert "dating" not in every_state(a, ids["Ilse"], ids["Teodor"])
