"""Relations, session 18 (events: comfort, fights, reconciliations). Sentences are our own, with
invented names; upstream layers are built by hand (``build`` from test_relations). Each positive case
fails on the session-start relations code; a guard passes there too and fails only if the rule loses
its limit."""

from __future__ import annotations

from test_relations import build


def _events(a, kind: str) -> set[frozenset]:
    return {frozenset(e.participants) for e in a.events if e.type == kind}


# ---- letting someone cry is comfort ------------------------------------------------------------


def test_lets_her_sob_on_the_bench(nlp):
    cast = {"Bronagh": "she", "Esmerine": "she"}
    text = "After the hearing Bronagh walked Esmerine down to the jetty and let her sob on the bench."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Bronagh"], ids["Esmerine"])) in _events(a, "comfort")


def test_bare_let_him_after_he_broke_down(nlp):
    cast = {"Wilhelmina": "she", "Torvald": "he"}
    text = ("Torvald found the old ledger in the loft and began to cry. Wilhelmina put down the lamp, kept "
            "quiet, and let him.")
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Wilhelmina"], ids["Torvald"])) in _events(a, "comfort")


def test_let_her_lean_on_his_shoulder(nlp):
    cast = {"Corentin": "he", "Ysmay": "she"}
    text = "Ysmay knocked on his door at dawn, soaked. Corentin made room on the settee and let her lean on him."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Corentin"], ids["Ysmay"])) in _events(a, "comfort")


def test_let_him_without_distress_is_no_comfort(nlp):
    """Guard: "she let him" after a kiss on the hand, and "let him go", are no comfort."""
    cast = {"Wilhelmina": "she", "Torvald": "he"}
    text = ("At the dance Torvald bowed over Wilhelmina's fingers and kissed them, and she let him. Later she "
            "let him go home alone.")
    a, _ = build(text, nlp, cast)
    assert not _events(a, "comfort")


# ---- a fight told as a happening, its two told after -------------------------------------------


def test_the_fight_happened_then_who_said_what(nlp):
    cast = {"Perpetua": "she", "Lysander": "he"}
    text = ("The fight took place on the ferry, in the rain. Perpetua shouted at Lysander until her voice "
            "went.")
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Perpetua"], ids["Lysander"])) in _events(a, "fight")


def test_the_fight_alone_in_its_paragraph_then_the_telling(nlp):
    cast = {"Perpetua": "she", "Lysander": "he"}
    text = ("The row came on the night before the audition.\n\nLysander woke Perpetua at four by dropping "
            "a saucepan, and soon both were shouting.")
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Perpetua"], ids["Lysander"])) in _events(a, "fight")


def test_the_fight_and_a_message_passed_on_is_no_fight_of_theirs(nlp):
    """Guard: a fight's news told on to someone (not its two) and people of another paragraph are not its
    two."""
    cast = {"Perpetua": "she", "Lysander": "he", "Hesketh": "he"}
    text = ("The quarrel finished in the library a week later. Lysander told Hesketh afterwards, and the whole "
            "house knew by supper.\n\nPerpetua met Hesketh at a dance in the spring.")
    a, _ = build(text, nlp, cast)
    assert not _events(a, "fight")


# ---- two apologies, each to the other, own a quarrel ------------------------------------------


def test_both_sorry_tells_the_quarrel_too(nlp):
    cast = {"Fabrizia": "she", "Cosimo": "he"}
    q1 = '"I am sorry I yelled at you about the van."'
    q2 = '"I am sorry too. I said awful things."'
    text = f"{q1} Cosimo said.\n\n{q2} Fabrizia said."
    a, ids = build(text, nlp, cast, quotes=[(q1, "Cosimo", "Fabrizia"), (q2, "Fabrizia", "Cosimo")])
    pair = frozenset((ids["Fabrizia"], ids["Cosimo"]))
    assert pair in _events(a, "reconciliation")
    assert pair in _events(a, "fight")


def test_one_apology_tells_no_quarrel(nlp):
    """Guard: one "I'm sorry" alone (a condolence, a slip) is no fight."""
    cast = {"Fabrizia": "she", "Cosimo": "he"}
    q1 = '"I am sorry I was late."'
    q2 = '"It does not matter at all."'
    text = f"{q1} Cosimo said.\n\n{q2} Fabrizia said."
    a, _ = build(text, nlp, cast, quotes=[(q1, "Cosimo", "Fabrizia"), (q2, "Fabrizia", "Cosimo")])
    assert not _events(a, "fight")


# ---- an injury belongs to the owner of the hurt part -------------------------------------------


def _injured(a) -> set[str]:
    return {p for e in a.events if e.type == "injury" for p in e.participants}


def test_his_shin_was_broken(nlp):
    cast = {"Barnabas": "he", "Philippa": "she"}
    text = "Philippa found Barnabas below the scree. His left shin was broken above the ankle."
    a, ids = build(text, nlp, cast)
    assert ids["Barnabas"] in _injured(a)


def test_strangers_broke_his_arm(nlp):
    """The one whose arm it is was hurt, not the (unknown) men who broke it."""
    cast = {"Barnabas": "he", "Philippa": "she"}
    text = ("Barnabas was crossing the market when three drovers cornered him and broke his arm. Philippa "
            "heard it from the vicar.")
    a, ids = build(text, nlp, cast)
    assert ids["Barnabas"] in _injured(a)


def test_she_broke_her_own_wrist(nlp):
    """Guard: "her" on one's own wrist is the subject's own, not another woman's."""
    cast = {"Barnabas": "he", "Philippa": "she", "Ottoline": "she"}
    text = "Ottoline waved from the bank. Philippa slipped on the ice and broke her wrist."
    a, ids = build(text, nlp, cast)
    assert _injured(a) == {ids["Philippa"]}
