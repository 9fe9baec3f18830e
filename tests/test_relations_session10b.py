"""Relations, session 10 second round: who a cue names (workplace titles, pronouns, 'we') and relations
shown by what people do. Sentences are our own; upstream layers are built by hand (``build`` from
test_relations). Each test fails on the code before its commit; most carry a negative case."""

from __future__ import annotations

from test_relations import build, states


def holders(a, x: str, y: str, state: str) -> list[str | None]:
    return [s.holder for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states
            if s.state == state]


# ---- a workplace title the cast made a character ------------------------------------------------

def test_a_title_character_is_the_person_the_story_says_holds_the_title(nlp):
    cast = {"Chef": "unknown", "Delphine": "she", "Jory": "he", "Wim": "he"}
    text = ("Chef was Delphine, and nobody in the kitchen argued with her.\n\n"
            "\"Two minutes on the bass, Chef,\" Jory said.\n\n\"Yes, Chef,\" Wim said.")
    a, ids = build(text, nlp, cast, quotes=[("\"Two minutes on the bass, Chef,\"", "Jory", "Chef"),
                                             ("\"Yes, Chef,\"", "Wim", "Chef")])
    assert holders(a, ids["Delphine"], ids["Jory"], "boss") == [ids["Delphine"]]
    assert holders(a, ids["Delphine"], ids["Wim"], "boss") == [ids["Delphine"]]
    assert not states(a, ids["Chef"], ids["Jory"])


def test_a_sous_chef_is_not_the_one_hailed_chef(nlp):
    cast = {"Chef": "unknown", "Dev": "he", "Jory": "he", "Wim": "he"}
    text = ("Dev is the sous chef, and he keeps his knives in a roll.\n\n"
            "\"Two minutes on the bass, Chef,\" Jory said.\n\n\"Yes, Chef,\" Wim said.")
    a, ids = build(text, nlp, cast, quotes=[("\"Two minutes on the bass, Chef,\"", "Jory", "Chef"),
                                             ("\"Yes, Chef,\"", "Wim", "Chef")])
    assert "boss" not in states(a, ids["Dev"], ids["Jory"])


def test_a_narrator_the_cast_named_chef_keeps_their_own_ties(nlp):
    # the cast gave the narrator the title they call out; the hails go to the head chef, "me" stays
    cast = {"Chef": "unknown", "Deirdre": "she", "Ravi": "he"}
    text = ("Deirdre had been head chef at the Anchor for years, and she hired me when I was seventeen.\n\n"
            "\"Are you crying, Chef?\" Ravi asked.")
    a, ids = build(text, nlp, cast, narrator="Chef", quotes=[("\"Are you crying, Chef?\"", "Ravi", "Chef")])
    assert holders(a, ids["Deirdre"], ids["Chef"], "boss") == [ids["Deirdre"]]
    assert "boss" not in states(a, ids["Chef"], ids["Ravi"])


# ---- rivals by a contest for one thing ----------------------------------------------------------

def test_two_people_after_the_same_part_are_rivals(nlp):
    text = "Everyone knew that Mara and Jude had been up for the same parts since college. They smiled for the cameras."
    a, ids = build(text, nlp, {"Mara": "she", "Jude": "she"})
    assert "rivals" in states(a, ids["Mara"], ids["Jude"])
    text = "Ines and Bram applied for the same job at the museum, and Ines got it."
    a, ids = build(text, nlp, {"Ines": "she", "Bram": "he"})
    assert "rivals" in states(a, ids["Ines"], ids["Bram"])


def test_going_somewhere_for_the_same_reason_or_wanting_the_same_things_is_no_contest(nlp):
    text = "Ines and Bram went to the coast for the same reason. Ines and Bram wanted the same things from life."
    a, ids = build(text, nlp, {"Ines": "she", "Bram": "he"})
    assert "rivals" not in states(a, ids["Ines"], ids["Bram"])


# ---- "the captain" is the one character whose name carries the rank ------------------------------

def test_the_captains_wife_is_the_wife_of_the_one_titled_captain(nlp):
    text = ("Captain Ilse Brand ran the ship like a clock. Marit was the ship's medic and the captain's wife, "
            "and Owen had never heard her shout.")
    a, ids = build(text, nlp, {"Captain Ilse Brand": "she", "Marit": "she", "Owen": "he"})
    assert "married" in states(a, ids["Captain Ilse Brand"], ids["Marit"])


def test_the_captain_with_two_captains_is_nobody(nlp):
    text = ("Captain Ilse Brand and Captain Rolf Dahl met at the dock. Marit was the captain's wife, and Owen "
            "had never heard her shout.")
    a, ids = build(text, nlp, {"Captain Ilse Brand": "she", "Captain Rolf Dahl": "he", "Marit": "she", "Owen": "he"})
    assert "married" not in states(a, ids["Captain Ilse Brand"], ids["Marit"])
    assert "married" not in states(a, ids["Captain Rolf Dahl"], ids["Marit"])


# ---- a hail that the guessed listener's own kin title contradicts --------------------------------

def test_cuz_said_to_the_one_called_mum_is_no_cousin(nlp):
    text = "Mum set the cake down.\n\n\"Cuz, you came,\" Lola said, grinning.\n\nRiya laughed."
    a, ids = build(text, nlp, {"Mum": "she", "Lola": "she", "Riya": "she"},
                   quotes=[("\"Cuz, you came,\"", "Lola", "Mum")])
    assert "cousin" not in states(a, ids["Mum"], ids["Lola"])


def test_cuz_said_to_a_named_listener_is_still_a_cousin(nlp):
    text = "Mum set the cake down.\n\n\"Cuz, you came,\" Lola said, grinning.\n\nRiya laughed."
    a, ids = build(text, nlp, {"Mum": "she", "Lola": "she", "Riya": "she"},
                   quotes=[("\"Cuz, you came,\"", "Lola", "Riya")])
    assert "cousin" in states(a, ids["Riya"], ids["Lola"])
