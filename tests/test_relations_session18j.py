"""Relations, session 18j (who a pronoun is inside relation and event cues). Sentences are our own,
with invented names; upstream layers are built by hand (``build`` from test_relations: the cast links no
pronoun, so the resolver's own rules decide). Each positive case fails without its rule."""

from __future__ import annotations

from fabula.model import Mention
from fabula.pipeline import Context
from test_relations import build, prepare, run_mine, states


def _events(a, kind: str) -> set[frozenset]:
    return {frozenset(e.participants) for e in a.events if e.type == kind}


# ---- a possessive inside a "who" clause is the clause's antecedent ---------------------------------


def _linked_wrong(nlp, text: str):
    # the cast links the clause's "his" to the man the paragraph opened with (a coreference slip)
    story, doc, a, ids = prepare(text, nlp, {"Gwydion": "he", "Leocadia": "she", "Thaddeus": "he", "Pirmin": "she"})
    k = text.rindex(" his ") + 1
    a.characters[0].mentions.append(Mention(span=(k, k + 3), text="his"))
    return run_mine(Context(story=story, doc=doc), a), ids


def test_relative_clause_possessive_beats_a_wrong_cast_link(nlp):
    a, ids = _linked_wrong(nlp, "Gwydion lent Leocadia his cart. Thaddeus, who had lived with his sister Pirmin "
                                "since the war, came to stay in May.")
    assert states(a, ids["Thaddeus"], ids["Pirmin"]) == ["sibling"]
    assert states(a, ids["Gwydion"], ids["Pirmin"]) == []


def test_relative_clause_joined_by_and_who(nlp):
    a, ids = _linked_wrong(nlp, "Gwydion lent Leocadia his cart. Leocadia had a cousin, Thaddeus, who came with her, "
                                "and who still wrote to his sister Pirmin every week.")
    assert states(a, ids["Thaddeus"], ids["Pirmin"]) == ["sibling"]


# ---- an object him/her in a paragraph that named one person of that sex ---------------------------


def test_hugged_him_is_the_one_man_the_paragraph_named(nlp):
    cast = {"Evander": "he", "Teodora": "she", "Brisco": "unknown"}
    text = ("Evander slumped over the kitchen table, head bowed. Teodora sat down beside Brisco for a "
            "while, then hugged him hard.")
    a, ids = build(text, nlp, cast)
    got = _events(a, "comfort")
    assert frozenset((ids["Teodora"], ids["Evander"])) in got
    assert frozenset((ids["Teodora"], ids["Brisco"])) not in got


def test_two_men_in_the_paragraph_leave_him_to_the_nearest(nlp):
    # guard: with two men named, the rule stands aside (nearest fitting antecedent, as before)
    cast = {"Evander": "he", "Teodora": "she", "Gwydion": "he"}
    text = ("Evander slumped over the kitchen table, head bowed. Teodora sat down beside Gwydion for a "
            "while, then hugged him hard.")
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Teodora"], ids["Evander"])) not in _events(a, "comfort")
