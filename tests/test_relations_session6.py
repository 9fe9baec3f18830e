"""Relations, session 6: mechanisms found on a third independent writer's stories (d87-d90): kin
nouns bound to the person the story's own cues give that role (a second reading), a widow found by
title and surname, "her" after a resolved kin noun, "they" as the couple told last, couples and
rivals told by how long they have lasted, comfort told by a participle.

Sentences are our own; upstream layers are built by hand (``build`` from test_relations)."""

from __future__ import annotations

from test_relations import build, events, states


def test_a_kin_noun_is_the_person_the_story_gave_that_role(nlp):
    text = ("Petra's grandmother, Odile, kept bees behind the mill. "
            "The orchard went wild that year. Petra's grandmother died in May.")
    a, ids = build(text, nlp, {"Petra": "she", "Odile": "she", "Marek": "he"})
    assert states(a, ids["Odile"], ids["Petra"]) == ["grandparent"]
    assert [ids["Odile"]] in [sorted(e) for e in events(a, "death")]
    # nobody is known to be her grandmother: the death is nobody's (no nearest-name guess)
    text = "Odile kept bees behind the mill. The orchard went wild that year. Petra's grandmother died in May."
    a, ids = build(text, nlp, {"Petra": "she", "Odile": "she"})
    assert events(a, "death") == []


def test_a_widow_by_title_and_surname_and_her_sister(nlp):
    text = ("Hester Ashby was nineteen that winter. Mr. Ashby had died at Michaelmas, and the farm was kept "
            "now by his widow and by her elder sister, Mrs. Quill.")
    a, ids = build(text, nlp, {"Hester Ashby": "she", "Mr. Ashby": "he", "Mrs. Ashby": "she", "Mrs. Quill": "she"})
    assert states(a, ids["Mr. Ashby"], ids["Mrs. Ashby"]) == ["married"]
    assert {ids["Mr. Ashby"]} in events(a, "death")
    assert states(a, ids["Mrs. Quill"], ids["Mrs. Ashby"]) == ["sibling"]
    assert states(a, ids["Mrs. Quill"], ids["Hester Ashby"]) != ["sibling"]


def test_they_are_the_couple_told_last(nlp):
    text = ("In March Tom asked Lucy to marry him, and she said yes. Mrs. Vane cried a little and kissed her "
            "daughter, and then sent for the dressmaker. Giles went to London. They were married in June.")
    a, ids = build(text, nlp, {"Tom": "he", "Lucy": "she", "Mrs. Vane": "she", "Giles": "he"})
    assert states(a, ids["Tom"], ids["Lucy"])[-1] == "married"
    assert states(a, ids["Mrs. Vane"], ids["Giles"]) == []
    # kissing one's daughter is no romance
    assert states(a, ids["Mrs. Vane"], ids["Lucy"]) in ([], ["parent"])


def test_couples_and_rivals_told_by_how_long_they_have_lasted(nlp):
    text = ("Mina climbed in last. Mina and Rowan had been going out since Easter. Idris rowed at six. "
            "Rowan and Idris had been racing each other since the juniors. "
            "Bea worked on her uncle's boat. For two years we were the kind of couple other people found tiresome.")
    a, ids = build(text, nlp, {"Mina": "she", "Rowan": "he", "Idris": "he", "Bea": "she", "Cal": "he"},
                   narrator="Cal")
    assert "dating" in states(a, ids["Rowan"], ids["Mina"])
    assert "rivals" in states(a, ids["Idris"], ids["Rowan"])
    assert "dating" in states(a, ids["Bea"], ids["Cal"])
    # going out somewhere is no romance
    text = "Rowan and Idris were going out to the pub."
    a, ids = build(text, nlp, {"Rowan": "he", "Idris": "he"})
    assert states(a, ids["Rowan"], ids["Idris"]) == []


def test_comfort_told_by_a_participle_or_an_arm_round(nlp):
    text = ("Nell sat beside Oscar on the landing stage, holding his other hand. "
            "Later Bram put his arm round Tess and left it there.")
    a, ids = build(text, nlp, {"Nell": "she", "Oscar": "he", "Bram": "he", "Tess": "she"})
    comforts = events(a, "comfort")
    assert {ids["Nell"], ids["Oscar"]} in comforts
    assert {ids["Bram"], ids["Tess"]} in comforts
    # an offered handshake and a couple walking in hand in hand are not comfort
    text = "Ravi held out his hand to Oscar. Then Suki walked into the room holding Bram's hand."
    a, ids = build(text, nlp, {"Ravi": "he", "Oscar": "he", "Suki": "she", "Bram": "he"})
    assert events(a, "comfort") == []
