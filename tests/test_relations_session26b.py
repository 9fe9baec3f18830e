"""Relations, session 26 (family and work ties in families who work together): a "'d" before a raising verb's
participle read as "had", regional kin words ("my mam", "his nan"), the regional "learn" for "teach", wages signed,
driving for someone, a person paid, a taught "him" other than the teacher, a head named in a relative clause and
foster carers. Sentences are our own, with invented names; upstream layers are built by hand. Each test but the
guard fails on the code before its change."""

from __future__ import annotations

from test_relations import build


def holders(a, x: str, y: str, state: str) -> list[str | None]:
    return [s.holder for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states
            if s.state == state]


def test_an_apostrophe_d_before_raised_is_had(nlp):
    text = ("Winifred kept the books at the depot. She'd raised Tamsin alone after the mill closed. "
            "Tamsin drove the early bus.")
    a, ids = build(text, nlp, {"Winifred": "she", "Tamsin": "she"})
    assert holders(a, ids["Winifred"], ids["Tamsin"], "parent") == [ids["Winifred"]]


def test_my_mam_set_off_by_commas_names_her(nlp):
    text = ("At the ceilidh I danced with my mam, Oonagh, and then with the fiddler. "
            "Fergal is my mam's younger brother and plays the whistle badly.")
    a, ids = build(text, nlp, {"Oonagh": "she", "Fergal": "he", "Dermot": "he"}, narrator="Dermot")
    assert holders(a, ids["Oonagh"], ids["Dermot"], "parent") == [ids["Oonagh"]]
    assert "sibling" in [s.state for r in a.relationships if {r.source, r.target} == {ids["Oonagh"], ids["Fergal"]}
                         for s in r.states]


def test_the_regional_learned_me_is_teaching(nlp):
    text = ("The old joiner hardly spoke to anyone. Still, it was Ewan that learned me. "
            "Dovetails, mortises, the lot.")
    a, ids = build(text, nlp, {"Ewan": "he", "Rab": "he"}, narrator="Rab")
    assert holders(a, ids["Ewan"], ids["Rab"], "teacher") == [ids["Ewan"]]


def test_wages_signed_are_paid(nlp):
    text = "Hollis signs my wages on a Thursday and never once comes out of the office."
    a, ids = build(text, nlp, {"Hollis": "he", "Kit": "he"}, narrator="Kit")
    assert holders(a, ids["Hollis"], ids["Kit"], "boss") == [ids["Hollis"]]


def test_driving_for_someone(nlp):
    text = ("Ansel had driven for Ottilie since the war and never asked for a rise. "
            "Later Bram drove over for the christening with Ottilie.")
    a, ids = build(text, nlp, {"Ansel": "he", "Ottilie": "she", "Bram": "he"})
    assert holders(a, ids["Ottilie"], ids["Ansel"], "boss") == [ids["Ottilie"]]
    assert holders(a, ids["Ottilie"], ids["Bram"], "boss") == []  # driven somewhere: no employer


def test_the_one_who_pays_a_person(nlp):
    text = ("Mirela pays me every Saturday from the biscuit tin by the scales. "
            "Tobiah paid Mirela for the van in cash.")
    a, ids = build(text, nlp, {"Mirela": "she", "Tobiah": "he", "Nell": "she"}, narrator="Nell")
    assert holders(a, ids["Mirela"], ids["Nell"], "boss") == [ids["Mirela"]]
    assert holders(a, ids["Tobiah"], ids["Mirela"], "boss") == []  # a sale, not a wage


def test_a_payment_in_speech_or_for_a_thing_is_no_wage(nlp):
    text = ("Gideon stepped out of the back room and found Sunniva reading at the till. "
            "\"He's paying me in biscuits,\" Sunniva said. Ezra paid Gideon his bread and went. ")
    quotes = [("He's paying me in biscuits,", "Sunniva", "Gideon")]
    a, ids = build(text, nlp, {"Gideon": "he", "Sunniva": "she", "Ezra": "he"}, quotes=quotes)
    assert holders(a, ids["Gideon"], ids["Sunniva"], "boss") == []
    assert holders(a, ids["Ezra"], ids["Gideon"], "boss") == []


def test_a_taught_him_is_not_the_teacher_himself(nlp):
    text = ("Corin came down to the mill on a wet Monday. "
            "Hamish taught him the loom first, then the dye vats.")
    a, ids = build(text, nlp, {"Corin": "he", "Hamish": "he"})
    assert holders(a, ids["Hamish"], ids["Corin"], "teacher") == [ids["Hamish"]]


def test_a_head_named_in_a_relative_clause(nlp):
    text = ("Enzo Ruddock, who was then the foreman at the quarry, walked the benches at six. "
            "\"Your tally is short,\" he told Petra. \"It was raining,\" Petra said. "
            "\"Then cut faster,\" said Enzo. Petra went back to her bench. ")
    quotes = [("Your tally is short,", "Enzo Ruddock", "Petra"), ("It was raining,", "Petra", "Enzo Ruddock"),
              ("Then cut faster,", "Enzo Ruddock", "Petra")]
    a, ids = build(text, nlp, {"Enzo Ruddock": "he", "Petra": "she"}, quotes=quotes)
    assert holders(a, ids["Enzo Ruddock"], ids["Petra"], "boss") == [ids["Enzo Ruddock"]]


def test_foster_carers_are_parents(nlp):
    text = ("The Penhallows had taken in children for years: Idris and his wife Morwen. "
            "Tegan had been fostered by Morwen for three winters.")
    a, ids = build(text, nlp, {"Idris": "he", "Morwen": "she", "Tegan": "she"})
    assert holders(a, ids["Morwen"], ids["Tegan"], "parent") == [ids["Morwen"]]
