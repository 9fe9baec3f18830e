"""Relations, session 28 (c): the precision of family states across the tune set. A parent's spouse or a
sibling's parent is not composed onto a child whose own parent of that sex is told; "calls her Auntie X"
is no aunt owned by "her"; a parent title said once in passing by a speaker with no kin of their own in
the story is no tie; no kin tie with a speaker the story never names. Sentences are our own, with invented
names; upstream layers are built by hand (``build`` from test_relations). Each positive test fails on the
session-start code (a906a9f); each guard checks what a rule must not do."""

from __future__ import annotations

from fabula.model import Evidence, Quote
from fabula.pipeline import Context
from fabula.relations.cues import Cue
from fabula.relations.timeline import _kin_by_composition
from relations_helpers import every_state
from test_relations import build, prepare, run_mine

SEX = {"dunstan": "he", "orsolya": "she", "rosamund": "she", "bertil": "he", "ione": "she", "morwith": "she"}


def _composed(cues):
    return {(c.label, c.holder, c.b if c.holder == c.a else c.a) for c in _kin_by_composition(cues, SEX.get)}


def _family(mum_told: bool):
    # "My dad, Dunstan" (Bertil narrates); Dunstan married Ilsabet; "my mum, Orsolya" when ``mum_told``
    cues = [Cue("state", "parent", "dunstan", "bertil", holder="dunstan", trigger="My dad", confidence=0.7),
            Cue("state", "married", "dunstan", "rosamund", trigger="his wife", confidence=0.7)]
    if mum_told:
        cues.append(Cue("state", "parent", "orsolya", "bertil", holder="orsolya", trigger="My mum", confidence=0.7))
    return cues


def test_a_fathers_wife_is_no_second_mother_of_a_child_whose_mother_is_told():
    assert ("parent", "rosamund", "bertil") not in _composed(_family(mum_told=True))


def test_a_fathers_wife_is_the_childs_mother_when_no_other_mother_is_told():
    assert ("parent", "rosamund", "bertil") in _composed(_family(mum_told=False))


def _half_siblings(sister_mum_told: bool):
    # Bertil's mother is Orsolya; Ione is Bertil's sister; Ione's own mother Ilsabet when ``sister_mum_told``
    cues = [Cue("state", "parent", "orsolya", "bertil", holder="orsolya", trigger="My mum", confidence=0.7),
            Cue("state", "sibling", "bertil", "ione", trigger="my sister", confidence=0.7)]
    if sister_mum_told:
        cues.append(Cue("state", "parent", "rosamund", "ione", holder="rosamund", trigger="their daughter", confidence=0.7))
    return cues


def test_a_siblings_mother_is_not_composed_onto_a_sister_whose_mother_is_told():
    assert ("parent", "orsolya", "ione") not in _composed(_half_siblings(sister_mum_told=True))


def test_a_siblings_mother_is_composed_when_the_sister_has_no_other_mother():
    assert ("parent", "orsolya", "ione") in _composed(_half_siblings(sister_mum_told=False))


def test_calls_her_auntie_is_no_aunt_owned_by_her(nlp):
    text = ("Morwith Tolleth kept the chandlery on the quay, and Ebba Hallum worked the till beside her. "
            "Young Tibor from the boatyard calls her Auntie Morwith and always has.")
    a, ids = build(text, nlp, {"Morwith": "she", "Ebba Hallum": "she", "Tibor": "he"})
    assert "aunt_or_uncle" not in every_state(a, ids["Morwith"], ids["Ebba Hallum"])


def _passing_mum(nlp, with_sister: bool):
    text = ("Gaspard Quennell leaned on the ferry rail beside Cosima Reil. "
            + ("His sister Perpetua Quennell waved from the quay. " if with_sister else "")
            + "\"Mum will kill me if I miss the last boat,\" said Gaspard Quennell. Cosima Reil laughed at him.")
    cast = {"Gaspard Quennell": "he", "Cosima Reil": "she", "Mum": "she"}
    if with_sister:
        cast["Perpetua Quennell"] = "she"
    quotes = [("Mum will kill me if I miss the last boat,", "Gaspard Quennell", "Cosima Reil")]
    return build(text, nlp, cast, quotes=quotes)


def test_a_mum_said_once_in_passing_is_no_parent_tie(nlp):
    a, ids = _passing_mum(nlp, with_sister=False)
    assert "parent" not in every_state(a, ids["Mum"], ids["Gaspard Quennell"])


def test_a_mum_said_once_by_one_with_a_sister_is_the_familys(nlp):
    a, ids = _passing_mum(nlp, with_sister=True)
    assert "parent" in every_state(a, ids["Mum"], ids["Gaspard Quennell"])


def test_no_kin_tie_with_a_speaker_the_story_never_names(nlp):
    text = ("Dragica Rakic sat by the window of the sleeper carriage. A young man took the seat opposite her.\n\n"
            "\"Mama, you have not eaten since the border,\" he said.")
    story, doc, a, ids = prepare(text, nlp, {"Dragica Rakic": "she", "the young man": "he"})
    young = next(c for c in a.characters if c.name == "the young man")
    young.evidence = [Evidence(note="speaks, but the story never names this person", confidence=0.6)]
    qt = "Mama, you have not eaten since the border,"
    s = story.text.index(qt)
    a.quotes.append(Quote(id="q0", spans=[(s, s + len(qt))], text=qt, speaker=ids["the young man"],
                          addressees=[ids["Dragica Rakic"]]))
    a = run_mine(Context(story=story, doc=doc), a)
    assert "parent" not in every_state(a, ids["Dragica Rakic"], ids["the young man"])


def _two_nonnos(nlp, brothers: bool):
    text = ("Tancredi Volpe and Osric Hamlyn carried the long table into the yard. "
            + ("Osric Hamlyn was his brother. " if brothers else "")
            + "\"Nonno would have laughed at this table,\" said Tancredi Volpe.\n\n"
            "\"Nonno laughed at every table,\" said Osric Hamlyn.")
    cast = {"Tancredi Volpe": "he", "Osric Hamlyn": "he", "Nonno": "he"}
    quotes = [("Nonno would have laughed at this table,", "Tancredi Volpe", "Osric Hamlyn"),
              ("Nonno laughed at every table,", "Osric Hamlyn", "Tancredi Volpe")]
    return build(text, nlp, cast, quotes=quotes)


def test_a_nonno_said_by_two_unrelated_speakers_is_neither_ones_grandfather(nlp):
    a, ids = _two_nonnos(nlp, brothers=False)
    assert "grandparent" not in every_state(a, ids["Nonno"], ids["Tancredi Volpe"])
    assert "grandparent" not in every_state(a, ids["Nonno"], ids["Osric Hamlyn"])


def test_a_nonno_said_by_two_brothers_is_both_ones_grandfather(nlp):
    a, ids = _two_nonnos(nlp, brothers=True)
    assert "grandparent" in every_state(a, ids["Nonno"], ids["Tancredi Volpe"])
    assert "grandparent" in every_state(a, ids["Nonno"], ids["Osric Hamlyn"])


def test_a_title_apposed_to_another_ones_kin_noun_after_call_is_not_the_narrators(nlp):
    # the titles are Isaura's names for her own kin, not the narrator's grandfather and uncle
    text = ("I met Isaura Penhallow at the lido in the spring. Even at fourteen she called her grandfather Nonno "
            "and her great-aunt's husband Uncle Corentin, in front of everybody.")
    a, ids = build(text, nlp, {"Thea": "she", "Isaura Penhallow": "she", "Nonno": "he", "Corentin": "he"},
                   narrator="Thea")
    assert "grandparent" not in every_state(a, ids["Nonno"], ids["Thea"])
    assert "aunt_or_uncle" not in every_state(a, ids["Corentin"], ids["Thea"])
