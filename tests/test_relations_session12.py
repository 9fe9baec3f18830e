"""Relations, session 12: mechanisms any writer's story triggers (the formal register's "sister to",
...). Sentences are our own, with invented names; upstream layers are built by hand (``build`` from
test_relations). Each positive case fails on the code before its commit; most carry a negative case."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build


def holders(a, x: str, y: str, state: str) -> list[str | None]:
    return [s.holder for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states
            if s.state == state]


# ---- a relation noun "to" someone: the formal register's possessive ------------------------------

def test_a_noun_apposed_or_predicated_to_someone_relates_them(nlp):
    cast = {"Yarrow": "she", "Idony Quill": "she", "Ermina Fitch": "she"}
    text = ("Idony Quill, niece to Ermina Fitch, had never once laced her own boots, and so for nine years "
            "Yarrow was lady's maid to Idony Quill.")
    a, ids = build(text, nlp, cast)
    assert holders(a, ids["Idony Quill"], ids["Yarrow"], "boss") == [ids["Idony Quill"]]
    assert "aunt_or_uncle" in every_state(a, ids["Idony Quill"], ids["Ermina Fitch"])


def test_grandmother_to_several_is_each_ones_grandparent(nlp):
    cast = {"Agnete": "she", "Tove": "she", "Ebba": "she", "Bertil": "he"}
    text = ("Nobody argued with Agnete about the stove, for she was grandmother to Tove and Ebba and to Bertil, "
            "who had gone north to the mines in March.")
    a, ids = build(text, nlp, cast)
    for child in ("Tove", "Ebba", "Bertil"):
        assert holders(a, ids["Agnete"], ids[child], "grandparent") == [ids["Agnete"]]


def test_more_mother_to_me_than_and_a_sister_in_all_but_blood(nlp):
    cast = {"Roswitha": "she", "Elspet": "she"}
    text = "After the fire I grew up in the ferryman's house, where Roswitha was more mother to me than anyone."
    a, ids = build(text, nlp, cast, narrator="Elspet")
    assert holders(a, ids["Roswitha"], ids["Elspet"], "parent") == [ids["Roswitha"]]
    # with an article it is a likeness, not a tie
    text = "Roswitha was a mother to Elspet in everything but name, and a strict one."
    a, ids = build(text, nlp, cast)
    assert every_state(a, ids["Roswitha"], ids["Elspet"]) == set()


# ---- courtship told by conduct: a couple "walking out", a kiss given as an answer ------------------

def test_a_pair_walking_out_is_courting_but_not_walking_out_of_a_room(nlp):
    cast = {"Linnet": "she", "Ivo": "he"}
    text = "That whole summer Linnet and Ivo were walking out together after chapel."
    a, ids = build(text, nlp, cast)
    assert "dating" in every_state(a, ids["Linnet"], ids["Ivo"])
    text = "Linnet and Ivo were walking out of the chapel when the storm broke."
    a, ids = build(text, nlp, cast)
    assert "dating" not in every_state(a, ids["Linnet"], ids["Ivo"])


def test_a_kiss_given_as_an_answer_is_a_kiss(nlp):
    cast = {"Linnet": "she", "Ivo": "he"}
    text = ('Linnet caught up with Ivo by the boathouse.\n\n"So will you stay?" he asked.\n\n'
            'She answered by kissing him, hard, before she could think better of it.')
    a, ids = build(text, nlp, cast)
    assert "dating" in every_state(a, ids["Linnet"], ids["Ivo"])
    text = ('Linnet caught up with Ivo by the boathouse.\n\n"So will you stay?" he asked.\n\n'
            'She answered with a shrug, and walked back up the lane.')
    a, ids = build(text, nlp, cast)
    assert "dating" not in every_state(a, ids["Linnet"], ids["Ivo"])


# ---- a part played is no tie ---------------------------------------------------------------------

def test_an_actor_who_played_his_mother_is_a_colleague_not_a_parent(nlp):
    cast = {"Cosmo": "he", "Brisca": "she"}
    text = "At the back of the bus Cosmo sat beside Brisca, who had played his mother in a touring farce."
    a, ids = build(text, nlp, cast)
    got = every_state(a, ids["Cosmo"], ids["Brisca"])
    assert "parent" not in got and "colleagues" in got


# ---- "Will you marry me?": who is asked, and a "yes" told in the narration -----------------------

def events_of(a, kind: str) -> list[set[str]]:
    return [set(e.participants) for e in a.events if e.type == kind]


def test_a_proposal_is_to_the_one_hailed_by_name_and_a_told_yes_engages(nlp):
    cast = {"Lorcan": "he", "Mirela": "she", "Gran": "she"}
    quotes = [('"Mirela. Sit down a minute,"', "Lorcan", "Gran"), ('"Will you marry me?"', "Lorcan", "Gran")]
    start = ('Gran was dozing in her chair by the window.\n\n"Mirela. Sit down a minute," Lorcan said.\n\n'
             '"Will you marry me?" Lorcan said.\n\n')
    a, ids = build(start + "She knocked the teapot flying, and then she said yes.", nlp, cast, quotes=quotes)
    assert {ids["Lorcan"], ids["Mirela"]} in events_of(a, "proposal")
    assert {ids["Lorcan"], ids["Gran"]} not in events_of(a, "proposal")
    assert "engaged" in every_state(a, ids["Lorcan"], ids["Mirela"])
    # no yes told: a proposal, no engagement
    a, ids = build(start + "She knocked the teapot flying.", nlp, cast, quotes=quotes)
    assert {ids["Lorcan"], ids["Mirela"]} in events_of(a, "proposal")
    assert "engaged" not in every_state(a, ids["Lorcan"], ids["Mirela"])


def test_a_name_parsed_as_a_second_subject_is_the_one_asked(nlp):
    cast = {"Hesper": "she", "Oriel": "she", "Wynne": "she"}
    ask = '"I had a whole speech written out. Oriel, will you marry me?"'
    text = f'I kneel in the wet sand and I say, {ask}\n\n"Yes," she says. "Obviously yes."'
    a, ids = build(text, nlp, cast, narrator="Hesper",
                   quotes=[(ask, "Hesper", "Wynne"), ('"Yes,"', "Oriel", "Hesper")])
    assert "engaged" in every_state(a, ids["Hesper"], ids["Oriel"])
    assert every_state(a, ids["Hesper"], ids["Wynne"]) == set()


# ---- one the speaker calls by name is not the one they hail "Mum" --------------------------------

def test_a_mum_hail_is_not_to_someone_the_speaker_calls_by_name(nlp):
    cast = {"Veska": "she", "Isaura": "she"}
    rest = ('Isaura slid the folder across the desk.\n\nThe phone buzzed as they left.\n\n'
            '"Mum, stop. Not today," Veska said.')
    text = '"Isaura. Is it signed?" Veska said.\n\n' + rest
    quotes = [('"Isaura. Is it signed?"', "Veska", "Isaura"), ('"Mum, stop. Not today,"', "Veska", "Isaura")]
    a, ids = build(text, nlp, cast, quotes=quotes)
    assert "parent" not in every_state(a, ids["Veska"], ids["Isaura"])
    # without the name the hail goes to the listener the dialogue layer gives
    text = '"Is it signed?" Veska said.\n\n' + rest
    quotes = [('"Is it signed?"', "Veska", "Isaura"), ('"Mum, stop. Not today,"', "Veska", "Isaura")]
    a, ids = build(text, nlp, cast, quotes=quotes)
    assert holders(a, ids["Isaura"], ids["Veska"], "parent") == [ids["Isaura"]]


# ---- a ring given back with no one named to receive it -------------------------------------------

def test_a_ring_returned_goes_to_the_senders_partner(nlp):
    cast = {"Ximena": "she", "Dunstan": "he", "Tancred": "he"}
    text = ("Ximena had been engaged to Dunstan since the harvest fair. Tancred ran the forge. "
            "At last Dunstan returned the ring through his cousin, without a word.")
    a, ids = build(text, nlp, cast)
    assert "ex" in every_state(a, ids["Ximena"], ids["Dunstan"])
    assert every_state(a, ids["Tancred"], ids["Dunstan"]) == set()
    # no partner told: nobody to have broken with
    text = "Tancred ran the forge. At last Dunstan returned the ring through his cousin, without a word."
    a, ids = build(text, nlp, cast)
    assert not any(s.state == "ex" for r in a.relationships for s in r.states)


# ---- a body part told broken or dislocated is an injury of its owner ------------------------------

def test_a_possessed_body_part_told_dislocated_is_an_injury(nlp):
    cast = {"Leofric": "he", "Ulla": "she"}
    a, ids = build("Ulla paced the corridor. Leofric's knee was dislocated, though nothing was cracked.", nlp, cast)
    assert [e.participants for e in a.events if e.type == "injury"] == [[ids["Leofric"]]]
    # a broken heart, or a table's broken leg, is no injury
    a, ids = build("Ulla paced the corridor. Leofric's heart was broken, and the table's leg was broken too.",
                   nlp, cast)
    assert not [e for e in a.events if e.type == "injury"]
