"""Relations, session 18 (events: comfort, fights, reconciliations). Sentences are our own, with
invented names; upstream layers are built by hand (``build`` from test_relations). Each positive case
fails on the session-start relations code; a guard passes there too and fails only if the rule loses
its limit."""

from __future__ import annotations

from test_relations import build


def _events(a, kind: str) -> set[frozenset]:
    return {frozenset(e.participants) for e in a.events if e.type == kind}


# ---- letting someone cry is comfort ------------------------------------------------------------


def test_lets_her_cry_all_the_way_home(nlp):
    cast = {"Bronagh": "she", "Ottilie": "she"}
    text = "After the hearing Bronagh drove Ottilie back to the farm and let her cry all the way there."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Bronagh"], ids["Ottilie"])) in _events(a, "comfort")


def test_bare_let_him_after_he_broke_down(nlp):
    cast = {"Wilhelmina": "she", "Desmond": "he"}
    text = ("Desmond sat at the table with the old ledger and began to cry. Wilhelmina came round, held "
            "his head against her shoulder, said nothing, and let him.")
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Wilhelmina"], ids["Desmond"])) in _events(a, "comfort")


def test_let_her_lean_on_me(nlp):
    cast = {"Corentin": "he", "Ysmay": "she"}
    text = "Ysmay turned up at midnight with one bag. Corentin sat beside her on the step and let her lean on him."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Corentin"], ids["Ysmay"])) in _events(a, "comfort")


def test_let_him_without_distress_is_no_comfort(nlp):
    """Guard: "she let him" after a kiss on the hand, and "let him go", are no comfort."""
    cast = {"Wilhelmina": "she", "Desmond": "he"}
    text = ("At the dance Desmond bowed and kissed Wilhelmina's hand, and she let him. Later she let him go "
            "home alone.")
    a, _ = build(text, nlp, cast)
    assert not _events(a, "comfort")


# ---- a fight told as a happening, its two told after -------------------------------------------


def test_the_fight_happened_then_who_said_what(nlp):
    cast = {"Perpetua": "she", "Lysander": "he"}
    text = ("The fight happened in the car park, with the engine running. Perpetua shouted at Lysander until "
            "her voice went.")
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Perpetua"], ids["Lysander"])) in _events(a, "fight")


def test_the_fight_alone_in_its_paragraph_then_the_telling(nlp):
    cast = {"Perpetua": "she", "Lysander": "he"}
    text = ("The row happened two days before the exam.\n\nLysander woke Perpetua at two by tripping over "
            "the lamp, and then they were both shouting.")
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Perpetua"], ids["Lysander"])) in _events(a, "fight")


def test_the_fight_and_a_message_passed_on_is_no_fight_of_theirs(nlp):
    """Guard: a fight's news told on to someone (not its two) and people of another paragraph are not its
    two."""
    cast = {"Perpetua": "she", "Lysander": "he", "Oswin": "he"}
    text = ("The quarrel ended in the library a week later. Lysander told Oswin afterwards, and the whole "
            "house knew by supper.\n\nPerpetua met Oswin at a dance in the spring.")
    a, _ = build(text, nlp, cast)
    assert not _events(a, "fight")
