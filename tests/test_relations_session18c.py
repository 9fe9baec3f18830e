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


# ---- two apologies, each to the other, own a quarrel ------------------------------------------


def test_both_sorry_tells_the_quarrel_too(nlp):
    cast = {"Clementine": "she", "Ferdinand": "he"}
    q1 = '"I am sorry I shouted at you about the van."'
    q2 = '"I am sorry too. I said awful things."'
    text = f"{q1} Ferdinand said.\n\n{q2} Clementine said."
    a, ids = build(text, nlp, cast, quotes=[(q1, "Ferdinand", "Clementine"), (q2, "Clementine", "Ferdinand")])
    pair = frozenset((ids["Clementine"], ids["Ferdinand"]))
    assert pair in _events(a, "reconciliation")
    assert pair in _events(a, "fight")


def test_one_apology_tells_no_quarrel(nlp):
    """Guard: one "I'm sorry" alone (a condolence, a slip) is no fight."""
    cast = {"Clementine": "she", "Ferdinand": "he"}
    q1 = '"I am sorry I was late."'
    q2 = '"It does not matter at all."'
    text = f"{q1} Ferdinand said.\n\n{q2} Clementine said."
    a, _ = build(text, nlp, cast, quotes=[(q1, "Ferdinand", "Clementine"), (q2, "Clementine", "Ferdinand")])
    assert not _events(a, "fight")


# ---- an injury belongs to the owner of the hurt part -------------------------------------------


def _injured(a) -> set[str]:
    return {p for e in a.events if e.type == "injury" for p in e.participants}


def test_his_shin_was_broken(nlp):
    cast = {"Bartholomew": "he", "Philippa": "she"}
    text = "Philippa found Bartholomew at the foot of the scree. His shin was broken in two places."
    a, ids = build(text, nlp, cast)
    assert ids["Bartholomew"] in _injured(a)


def test_strangers_broke_his_jaw(nlp):
    """The one whose jaw it is was hurt, not the (unknown) men who broke it."""
    cast = {"Bartholomew": "he", "Philippa": "she"}
    text = ("On the Monday Bartholomew was walking home along the canal when two men stopped him and broke "
            "his jaw. Philippa read about it in the paper.")
    a, ids = build(text, nlp, cast)
    assert ids["Bartholomew"] in _injured(a)


def test_she_broke_her_own_wrist(nlp):
    """Guard: "her" on one's own wrist is the subject's own, not another woman's."""
    cast = {"Bartholomew": "he", "Philippa": "she", "Ottoline": "she"}
    text = "Ottoline waved from the bank. Philippa slipped on the ice and broke her wrist."
    a, ids = build(text, nlp, cast)
    assert _injured(a) == {ids["Philippa"]}
