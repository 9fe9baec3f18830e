"""Relations, session 23 (work and social ties): a teacher or boss identified by a plain relative ("she was
the one who taught me", "who is ninety and who taught me"), a crew's head known by a title alias ("Coach
Petrak" for a named coach), and possessed titles and room/crew nouns ("Owen's guv'nor", "my bunkmate").
Sentences are our own; upstream layers are built by hand. Each test fails on the code before its change."""

from __future__ import annotations

import re

from fabula.model import Mention, Quote
from fabula.pipeline import Context
from test_relations import build, prepare, run_mine


def holders(a, x: str, y: str, state: str) -> list[str | None]:
    return [s.holder for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states
            if s.state == state]


# ---- who a plain relative head names ------------------------------------------------------------

def test_the_one_who_taught_me_is_a_teacher(nlp):
    cast = {"Perpetua": "she", "Odile": "she"}
    text = ("Perpetua wheeled her chair across the newsroom. When I started on the paper she was the one who "
            "taught me to check every name twice. Odile laughed at something.")
    a, ids = build(text, nlp, {**cast, "Wim": "he"}, narrator="Wim")
    assert holders(a, ids["Perpetua"], ids["Wim"], "teacher") == [ids["Perpetua"]]
    # a plain past told of a named person is one lesson, not a teacher
    text = "Perpetua wheeled her chair over. Yesterday Perpetua taught me to check every name twice."
    a, ids = build(text, nlp, {"Perpetua": "she", "Wim": "he"}, narrator="Wim")
    assert holders(a, ids["Perpetua"], ids["Wim"], "teacher") == []


def test_the_person_who_hired_me_was_a_name(nlp):
    text = ("Bartholomew runs the boatyard and is the person who hired me. Bartholomew is sixty. "
            "Greta paints the hulls.")
    a, ids = build(text, nlp, {"Bartholomew": "he", "Greta": "she", "Wim": "he"}, narrator="Wim")
    assert holders(a, ids["Bartholomew"], ids["Wim"], "boss") == [ids["Bartholomew"]]
    assert holders(a, ids["Greta"], ids["Wim"], "boss") == []


def test_a_second_relative_joined_by_and_who(nlp):
    text = ("Hild came up the path with her uncle, Anselm, who is ninety and who taught me everything I know "
            "about bees. We went in.")
    a, ids = build(text, nlp, {"Hild": "she", "Anselm": "he", "Wim": "he"}, narrator="Wim")
    assert holders(a, ids["Anselm"], ids["Wim"], "teacher") == [ids["Anselm"]]


# ---- a crew's head by a title alias --------------------------------------------------------------

def _crew(nlp, lines: list[tuple[str, str, str]], extra: str = ""):
    cast = {"Dagny Rask": "she", "Ivo": "he", "Lumi": "she"}
    text = "The boathouse was cold. " + extra + " ".join(q for q, _, _ in lines)
    story, doc, a, ids = prepare(text, nlp, cast)
    t = story.text
    coach = a.characters[0]
    coach.aliases = ["Coach Rask", "Coach"]
    coach.mentions += [Mention(span=(m.start(), m.end()), text="Coach Rask") for m in re.finditer(r"Coach Rask", t)]
    for i, (qt, spk, adr) in enumerate(lines):
        s = t.index(qt)
        a.quotes.append(Quote(id=f"q{i}", spans=[(s, s + len(qt))], text=qt, speaker=ids[spk],
                              addressees=[ids[adr]] if adr else []))
    return run_mine(Context(story=story, doc=doc), a), ids


def test_a_coach_known_by_an_alias_teaches_those_who_talk_with_her(nlp):
    lines = [('"Flat wrists," said Coach Rask.', "Dagny Rask", "Ivo"), ('"Like this?"', "Ivo", "Dagny Rask"),
             ('"Better," she said.', "Dagny Rask", "Ivo"), ('"Me next?"', "Lumi", "Dagny Rask")]
    a, ids = _crew(nlp, lines)
    assert holders(a, ids["Dagny Rask"], ids["Ivo"], "teacher") == [ids["Dagny Rask"]]
    # one exchange is not enough when the title is only an alias
    assert holders(a, ids["Dagny Rask"], ids["Lumi"], "teacher") == []


def test_an_alias_coach_does_not_teach_her_own_kin(nlp):
    lines = [('"Flat wrists," said Coach Rask.', "Dagny Rask", "Ivo"), ('"Like this?"', "Ivo", "Dagny Rask"),
             ('"Better," she said.', "Dagny Rask", "Ivo")]
    a, ids = _crew(nlp, lines, extra="Ivo is Dagny Rask's son. ")
    assert holders(a, ids["Dagny Rask"], ids["Ivo"], "teacher") == []


# ---- possessed titles and shared quarters ---------------------------------------------------------

def test_possessed_guvnor_and_bunkmate(nlp):
    text = "Meera had been Oskar's guv'nor for four years. Tilde had been Meera's bunkmate at the academy."
    a, ids = build(text, nlp, {"Meera": "she", "Oskar": "he", "Tilde": "she"})
    assert holders(a, ids["Meera"], ids["Oskar"], "boss") == [ids["Meera"]]
    assert any(s.state == "roommates" for r in a.relationships if {r.source, r.target} == {ids["Meera"], ids["Tilde"]}
               for s in r.states)


# ---- hiring told as "took X on" and "offered X a job" ----------------------------------------------

def test_took_a_named_person_on_and_offered_a_job(nlp):
    text = ("Rosamund ran the ferry cafe. Rosamund had taken Ewart on to wash cups. Ewart was fourteen. "
            "Later Rosamund offered Lowenna a job at the till. Lowenna said yes.")
    a, ids = build(text, nlp, {"Rosamund": "she", "Ewart": "he", "Lowenna": "she"})
    assert holders(a, ids["Rosamund"], ids["Ewart"], "boss") == [ids["Rosamund"]]
    assert holders(a, ids["Rosamund"], ids["Lowenna"], "boss") == [ids["Rosamund"]]
    # "on" with a time of its own is no hiring
    text = "Rosamund takes Ewart on Sundays. Ewart likes the ferry cafe. Rosamund waves."
    a, ids = build(text, nlp, {"Rosamund": "she", "Ewart": "he"})
    assert holders(a, ids["Rosamund"], ids["Ewart"], "boss") == []
