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


def test_two_apologies_make_it_up_one_does_not(nlp):
    text = ('"No beetroot," Magda said to Femi. "I am sorry I shouted." '
            '"I\'m sorry I said it in front of the line," Femi said.')
    quotes = [("No beetroot,", "Magda", "Femi"), ("I am sorry I shouted.", "Magda", "Femi"),
              ("I'm sorry I said it in front of the line,", "Femi", "Magda")]
    a, ids = build(text, nlp, {"Magda": "she", "Femi": "he"}, quotes=quotes)
    assert events(a, "reconciliation") == [{ids["Magda"], ids["Femi"]}]
    text = '"I am sorry I shouted," Magda said to Femi. "Get back to the line," Femi said.'
    quotes = [("I am sorry I shouted,", "Magda", "Femi"), ("Get back to the line,", "Femi", "Magda")]
    a, ids = build(text, nlp, {"Magda": "she", "Femi": "he"}, quotes=quotes)
    assert events(a, "reconciliation") == []


def test_the_marriage_ended_and_other_bonds(nlp):
    text = ("Julian was married to Magda for nine years. When the marriage ended he opened a restaurant across "
            "the square. Pryce and Aled had loathed one another since they were boys. "
            "Femi has been Magda's sous chef for six years.")
    a, ids = build(text, nlp, {"Julian": "he", "Magda": "she", "Pryce": "he", "Aled": "he", "Femi": "he"})
    assert states(a, ids["Julian"], ids["Magda"]) == ["married", "ex"]
    assert events(a, "breakup") == [{ids["Julian"], ids["Magda"]}]
    assert states(a, ids["Pryce"], ids["Aled"]) == ["enemies"]
    boss = next(r for r in a.relationships if {r.source, r.target} == {ids["Magda"], ids["Femi"]})
    assert boss.states[0].state == "boss" and boss.states[0].holder == ids["Magda"]


def test_a_first_name_alone_names_the_one_character_who_has_it(nlp):
    text = "Kwame Asante ran the bakery on the corner. In June Kwame married Rosie in the chapel."
    a, ids = build(text, nlp, {"Kwame Asante": "he", "Rosie": "she"})
    assert "married" in states(a, ids["Kwame Asante"], ids["Rosie"])
    # a surname inside someone else's full name is not that character
    text = "Hugh Brannock kept the pub. Nell Brannock had been engaged to Tomas for two years."
    a, ids = build(text, nlp, {"Hugh Brannock": "he", "Nell": "she", "Tomas": "he"})
    assert states(a, ids["Hugh Brannock"], ids["Tomas"]) == []
