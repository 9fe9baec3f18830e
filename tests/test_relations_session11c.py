"""Relations, session 11 third round: a character the cast names by a kin title ("Mum") who is a named
person the relations find through two ties. Sentences are our own; upstream layers are built by hand
(``build`` from test_relations). Each test fails on the code before its commit."""

from __future__ import annotations

from test_relations import build


def holders(a, x: str, y: str, state: str) -> list[str | None]:
    return [s.holder for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states
            if s.state == state]


def touching(a, x: str) -> list:
    return [r for r in a.relationships if x in (r.source, r.target)]


CAST = {"Ivo": "he", "Stefan": "he", "Marta": "she", "Mum": "she"}
STORY = ("Ivo was nine the summer his uncle Stefan taught him to row. Stefan kept the boat at the jetty "
         "below the house.\n\n"
         '"Mum packed us sandwiches," Ivo said.\n\n'
         "Marta came down to the water at noon. Stefan put his arm around his sister Marta and they "
         "watched the boy row in circles.")


def test_a_mum_is_the_sister_of_her_childs_uncle(nlp):
    # Mum is Ivo's mother; Stefan is Ivo's uncle; Marta is Stefan's sister: so Mum is Marta
    a, ids = build(STORY, nlp, CAST, quotes=[('"Mum packed us sandwiches,"', "Ivo", "Stefan")])
    assert holders(a, ids["Marta"], ids["Ivo"], "parent") == [ids["Marta"]]
    assert touching(a, ids["Mum"]) == []
    rel = next(r for r in a.relationships if {r.source, r.target} == {ids["Marta"], ids["Ivo"]})
    notes = " ".join(e.note or "" for s in rel.states for e in s.evidence)
    assert "Mum = Marta: ties at" in notes  # the offsets of the ties used


def test_a_mum_who_speaks_to_the_named_aunt_is_someone_else(nlp):
    text = STORY + '\n\n"Thank you, Marta," Mum said, and took the basket.'
    a, ids = build(text, nlp, CAST, quotes=[('"Mum packed us sandwiches,"', "Ivo", "Stefan"),
                                            ('"Thank you, Marta,"', "Mum", "Marta")])
    assert holders(a, ids["Mum"], ids["Ivo"], "parent") == [ids["Mum"]]
    assert holders(a, ids["Marta"], ids["Ivo"], "parent") == []


def test_a_mum_with_two_candidates_stays_apart(nlp):
    cast = dict(CAST, Lena="she")
    text = STORY + " Lena, his other sister, waved from the road."
    a, ids = build(text, nlp, cast, quotes=[('"Mum packed us sandwiches,"', "Ivo", "Stefan")])
    assert holders(a, ids["Mum"], ids["Ivo"], "parent") == [ids["Mum"]]
    assert holders(a, ids["Marta"], ids["Ivo"], "parent") == []


CAST2 = {"Rory": "he", "Declan": "he", "Lorna": "she", "Mum": "she"}


def test_a_mum_is_the_wife_of_her_childs_father(nlp):
    text = ("Rory's father, Declan, ran the boatyard. Lorna and Declan had been married for twenty years.\n\n"
            '"Mum wants me home by six," Rory said.')
    a, ids = build(text, nlp, CAST2, quotes=[('"Mum wants me home by six,"', "Rory", "Declan")])
    assert holders(a, ids["Lorna"], ids["Rory"], "parent") == [ids["Lorna"]]
    assert touching(a, ids["Mum"]) == []


def test_a_mum_is_not_the_woman_her_childs_father_marries_in_the_story(nlp):
    # the father's new wife is a stepmother: "Mum" stays someone else
    text = ("Rory's father, Declan, ran the boatyard. In June Declan married Lorna at the registry office.\n\n"
            '"Mum wants me home by six," Rory said.')
    a, ids = build(text, nlp, CAST2, quotes=[('"Mum wants me home by six,"', "Rory", "Declan")])
    assert holders(a, ids["Mum"], ids["Rory"], "parent") == [ids["Mum"]]
    assert touching(a, ids["Mum"])
