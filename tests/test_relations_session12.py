"""Relations, session 12: mechanisms any writer's story triggers (the formal register's "sister to",
...). Sentences are our own, with invented names; upstream layers are built by hand (``build`` from
test_relations). Each positive case fails on the code before its commit; most carry a negative case."""

from __future__ import annotations

from test_relations import build


def holders(a, x: str, y: str, state: str) -> list[str | None]:
    return [s.holder for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states
            if s.state == state]


def every_state(a, x: str, y: str) -> set[str]:
    return {s.state for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states}


# ---- a relation noun "to" someone: the formal register's possessive ------------------------------

def test_a_noun_apposed_or_predicated_to_someone_relates_them(nlp):
    cast = {"Wenna": "she", "Orla Brisk": "she", "Tamsin Vey": "she"}
    text = "Wenna was lady's maid to Orla Brisk, cousin to Tamsin Vey, and knew every back stair in the house."
    a, ids = build(text, nlp, cast)
    assert holders(a, ids["Orla Brisk"], ids["Wenna"], "boss") == [ids["Orla Brisk"]]
    assert "cousin" in every_state(a, ids["Orla Brisk"], ids["Tamsin Vey"])


def test_grandmother_to_several_is_each_ones_grandparent(nlp):
    cast = {"Morwen": "she", "Ilse": "she", "Petra": "she", "Konrad": "he"}
    text = ("Morwen sat at the head of the table, because she was grandmother to Ilse and Petra and to Konrad, "
            "who was away at sea.")
    a, ids = build(text, nlp, cast)
    for child in ("Ilse", "Petra", "Konrad"):
        assert holders(a, ids["Morwen"], ids[child], "grandparent") == [ids["Morwen"]]


def test_more_mother_to_me_than_and_a_sister_in_all_but_blood(nlp):
    cast = {"Bryn": "she", "Cadi": "she"}
    text = "I was sent to the hill farm at six, and Bryn was more mother to me than the woman who bore me."
    a, ids = build(text, nlp, cast, narrator="Cadi")
    assert holders(a, ids["Bryn"], ids["Cadi"], "parent") == [ids["Bryn"]]
    # with an article it is a likeness, not a tie
    text = "Bryn was a sister to Cadi in all but blood, and kind to her besides."
    a, ids = build(text, nlp, cast)
    assert every_state(a, ids["Bryn"], ids["Cadi"]) == set()


# ---- courtship told by conduct: a couple "walking out", a kiss given as an answer ------------------

def test_a_pair_walking_out_is_courting_but_not_walking_out_of_a_room(nlp):
    cast = {"Phyl": "she", "Rupert": "he"}
    text = "By August Phyl and Rupert were walking out together on his evenings off."
    a, ids = build(text, nlp, cast)
    assert "dating" in every_state(a, ids["Phyl"], ids["Rupert"])
    text = "Phyl and Rupert were walking out of the hall when the bell rang."
    a, ids = build(text, nlp, cast)
    assert "dating" not in every_state(a, ids["Phyl"], ids["Rupert"])


def test_a_kiss_given_as_an_answer_is_a_kiss(nlp):
    cast = {"Phyl": "she", "Rupert": "he"}
    text = ('Phyl found Rupert on the terrace.\n\n"Do you want to be?" he said.\n\n'
            'She answered by kissing him, clumsily, with the lights behind them.')
    a, ids = build(text, nlp, cast)
    assert "dating" in every_state(a, ids["Phyl"], ids["Rupert"])
    text = ('Phyl found Rupert on the terrace.\n\n"Do you want to be?" he said.\n\n'
            'She answered without kissing him, and went in.')
    a, ids = build(text, nlp, cast)
    assert "dating" not in every_state(a, ids["Phyl"], ids["Rupert"])


# ---- a part played is no tie ---------------------------------------------------------------------

def test_an_actor_who_played_his_wife_is_a_colleague_not_a_wife(nlp):
    cast = {"Tobias": "he", "Wren": "she"}
    text = "The photographs showed Tobias with Wren, who had played his wife in the film last spring."
    a, ids = build(text, nlp, cast)
    got = every_state(a, ids["Tobias"], ids["Wren"])
    assert "married" not in got and "colleagues" in got


# ---- "Will you marry me?": who is asked, and a "yes" told in the narration -----------------------

def events_of(a, kind: str) -> list[set[str]]:
    return [set(e.participants) for e in a.events if e.type == kind]


def test_a_proposal_is_to_the_one_hailed_by_name_and_a_told_yes_engages(nlp):
    cast = {"Kas": "he", "Rosa": "she", "Papa": "he"}
    text = ('Papa was asleep by the stove.\n\n"Rosa. I want to ask you something," Kas said.\n\n'
            '"Will you marry me?" Kas said.\n\nShe fell off the bucket laughing, and then she said yes.')
    quotes = [('"Rosa. I want to ask you something,"', "Kas", "Papa"), ('"Will you marry me?"', "Kas", "Papa")]
    a, ids = build(text, nlp, cast, quotes=quotes)
    assert {ids["Kas"], ids["Rosa"]} in events_of(a, "proposal")
    assert {ids["Kas"], ids["Papa"]} not in events_of(a, "proposal")
    assert "engaged" in every_state(a, ids["Kas"], ids["Rosa"])
    # no yes told: a proposal, no engagement
    text = ('Papa was asleep by the stove.\n\n"Rosa. I want to ask you something," Kas said.\n\n'
            '"Will you marry me?" Kas said.\n\nShe fell off the bucket laughing.')
    a, ids = build(text, nlp, cast, quotes=quotes)
    assert {ids["Kas"], ids["Rosa"]} in events_of(a, "proposal")
    assert "engaged" not in every_state(a, ids["Kas"], ids["Rosa"])


def test_a_name_parsed_as_a_second_subject_is_the_one_asked(nlp):
    cast = {"Marn": "she", "Del": "she", "Aggie": "she"}
    text = ('I get down on one knee and say, "There was going to be a speech. Del, will you marry me?"\n\n'
            '"Yes," she says. "Yes, you idiot."')
    a, ids = build(text, nlp, cast, narrator="Marn",
                   quotes=[('"There was going to be a speech. Del, will you marry me?"', "Marn", "Aggie"),
                           ('"Yes,"', "Del", "Marn")])
    assert "engaged" in every_state(a, ids["Marn"], ids["Del"])
    assert every_state(a, ids["Marn"], ids["Aggie"]) == set()


# ---- one the speaker calls by name is not the one they hail "Mum" --------------------------------

def test_a_mum_hail_is_not_to_someone_the_speaker_calls_by_name(nlp):
    cast = {"Cel": "she", "Nadia": "she"}
    text = ('"Nadia. What is it?" Cel said.\n\nNadia turned the tablet round.\n\n'
            'Her phone rang on the way out.\n\n"Mum, please. Not now," Cel said.')
    quotes = [('"Nadia. What is it?"', "Cel", "Nadia"), ('"Mum, please. Not now,"', "Cel", "Nadia")]
    a, ids = build(text, nlp, cast, quotes=quotes)
    assert "parent" not in every_state(a, ids["Cel"], ids["Nadia"])
    # without the name the hail goes to the listener the dialogue layer gives
    text = ('"What is it?" Cel said.\n\nNadia turned the tablet round.\n\n'
            'Her phone rang on the way out.\n\n"Mum, please. Not now," Cel said.')
    quotes = [('"What is it?"', "Cel", "Nadia"), ('"Mum, please. Not now,"', "Cel", "Nadia")]
    a, ids = build(text, nlp, cast, quotes=quotes)
    assert holders(a, ids["Nadia"], ids["Cel"], "parent") == [ids["Nadia"]]


# ---- a ring given back with no one named to receive it -------------------------------------------

def test_a_ring_sent_back_goes_to_the_senders_partner(nlp):
    cast = {"Nell": "she", "Jem": "he", "Orrin": "he"}
    text = ("Nell had been engaged to Jem since the spring. Orrin kept the shop. "
            "In the end Jem sent the ring back by his sister with a note.")
    a, ids = build(text, nlp, cast)
    assert "ex" in every_state(a, ids["Nell"], ids["Jem"])
    assert every_state(a, ids["Orrin"], ids["Jem"]) == set()
    # no partner told: nobody to have broken with
    text = "Orrin kept the shop. In the end Jem sent the ring back by his sister with a note."
    a, ids = build(text, nlp, cast)
    assert not any(s.state == "ex" for r in a.relationships for s in r.states)


def test_his_ring_laid_in_his_palm_ends_an_engagement(nlp):
    cast = {"Maelis": "she", "Lisandre": "he"}
    text = ("Maelis had been betrothed since midsummer to Lisandre. They quarrelled, and at the end of it she "
            "untied the ribbon from her neck and laid his ring in his palm.")
    a, ids = build(text, nlp, cast)
    assert "ex" in every_state(a, ids["Maelis"], ids["Lisandre"])
    text = ("Maelis had been betrothed since midsummer to Lisandre. They laughed, and at the end of it she "
            "laid a coin in his palm.")
    a, ids = build(text, nlp, cast)
    assert "ex" not in every_state(a, ids["Maelis"], ids["Lisandre"])


# ---- a body part told broken or dislocated is an injury of its owner ------------------------------

def test_a_possessed_body_part_told_dislocated_is_an_injury(nlp):
    cast = {"Nico": "he", "Rosa": "she"}
    a, ids = build("Rosa waited outside. Nico's shoulder was dislocated, not broken.", nlp, cast)
    assert [e.participants for e in a.events if e.type == "injury"] == [[ids["Nico"]]]
    # a broken heart, or a chair's broken arm, is no injury
    a, ids = build("Rosa waited outside. Nico's heart was broken, and the chair's arm was broken too.", nlp, cast)
    assert not [e for e in a.events if e.type == "injury"]
