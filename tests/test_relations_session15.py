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


def test_an_introduction_to_a_group_or_of_a_baby_is_no_couple(nlp):
    """Guard: a class hailed ("Class, this is Ned") or a baby shown is no partner introduced."""
    cast = {"Oswin": "he", "Ned": "he", "Marit": "she"}
    q = '"Class, this is Ned."'
    text = f"The room went quiet when the door opened. {q} Oswin said, and pointed to an empty desk."
    a, ids = build(text, nlp, cast, quotes=[(q, "Oswin", None)])
    assert "dating" not in every_state(a, ids["Oswin"], ids["Ned"])
    q = '"Mam, this is Ned."'
    text = f"Oswin lifted the baby out of the sling and held him up to Marit. {q} Oswin said."
    a, ids = build(text, nlp, cast, quotes=[(q, "Oswin", "Marit")])
    assert "dating" not in every_state(a, ids["Oswin"], ids["Ned"])


def test_only_the_first_introduction_makes_a_couple(nlp):
    """The second name in one quote is introduced to the first, not the speaker's partner."""
    cast = {"Oswin": "he", "Perpetua": "she", "Marit": "she"}
    q = '"This is Perpetua. Perpetua, this is Marit."'
    text = f"Oswin held the gate open and the two women looked at each other. {q} Oswin said."
    a, ids = build(text, nlp, cast, quotes=[(q, "Oswin", "Perpetua")])
    assert "dating" in every_state(a, ids["Oswin"], ids["Perpetua"])
    assert "dating" not in every_state(a, ids["Oswin"], ids["Marit"])


# ---- "his lad Osric", "our boy, Bede": a possessed child word with the name after it -------------------


def test_his_boy_with_the_name_after_is_his_son(nlp):
    cast = {"Brannock": "he", "Idris": "he"}
    text = "Brannock came to the mill that winter with his boy Idris, and neither of them said much."
    a, ids = build(text, nlp, cast)
    assert "parent" in every_state(a, ids["Brannock"], ids["Idris"])


def test_a_named_possessor_own_lad(nlp):
    cast = {"Selwyn": "he", "Corra": "she"}
    text = "Nobody in the village had heard from Corra Venn's own lad, Selwyn, since the thaw."
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
    text = ("Every Friday we played the cider tent, Tamsin on keys, me on drums, Odo on fiddle. "
            "Nobody ever asked for an encore.")
    a, ids = build(text, nlp, cast, narrator="Wynn")
    assert "colleagues" in every_state(a, ids["Tamsin"], ids["Odo"])
    assert "colleagues" in every_state(a, ids["Wynn"], ids["Tamsin"])


def test_an_instrument_list_opening_with_me_makes_colleagues(nlp):
    """"Me on drums" at a sentence's start is the first person too."""
    cast = {"Wynn": "she", "Tamsin": "she", "Odo": "he"}
    text = ("The cider tent was packed. Me on drums, Tamsin on keys, Odo on fiddle, and the rain coming in "
            "through the flaps.")
    a, ids = build(text, nlp, cast, narrator="Wynn")
    assert "colleagues" in every_state(a, ids["Wynn"], ids["Odo"])


def test_a_list_of_us_in_a_room_is_no_household(nlp):
    """A waiting room or a walk home lists friends, not roommates."""
    cast = {"Wynn": "she", "Tamsin": "she", "Odo": "he"}
    text = ("At two in the morning the three of us were still in the waiting room: me, Tamsin and Odo. "
            "Nobody came to tell us anything.")
    a, ids = build(text, nlp, cast, narrator="Wynn")
    assert "roommates" not in every_state(a, ids["Tamsin"], ids["Odo"])


def test_a_list_of_us_in_the_flat_is_a_household(nlp):
    cast = {"Wynn": "she", "Tamsin": "she", "Odo": "he"}
    text = ("That winter there were three of us in the flat above the bakery: me, Tamsin and Odo. "
            "The radiators never worked.")
    a, ids = build(text, nlp, cast, narrator="Wynn")
    assert "roommates" in every_state(a, ids["Tamsin"], ids["Odo"])


def test_an_instrument_list_told_from_outside_is_left_alone(nlp):
    """Guard: no first person among the members (the list may leave out who the band was)."""
    cast = {"Tamsin": "she", "Odo": "he", "Lark": "she"}
    text = ("Every Friday they played the cider tent, Tamsin on keys, Lark on drums, Odo on fiddle. "
            "Nobody ever asked for an encore.")
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
    text = "On my second morning Mr Pellow, the headmaster, sent me across the yard to take the infants."
    a, ids = build(text, nlp, cast, narrator="Wynn")
    assert "boss" in every_state(a, ids["Mr Pellow"], ids["Wynn"])


def test_a_titled_head_who_gives_a_gesture_is_no_boss(nlp):
    """Guard: "gave me a hug" is a light verb with a gesture, no post given."""
    cast = {"Wynn": "he", "Mr Pellow": "he"}
    text = "Mr Pellow, the headmaster, gave me a hug at the gate and wished me luck."
    a, ids = build(text, nlp, cast, narrator="Wynn")
    assert "boss" not in every_state(a, ids["Mr Pellow"], ids["Wynn"])


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
