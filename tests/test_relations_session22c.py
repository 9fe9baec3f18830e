"""Relations, session 22 (recall on writers AM and AN). Sentences are our own, with invented names;
upstream layers are built by hand (``build`` from test_relations). Each test fails on the code before
its commit."""

from __future__ import annotations

from test_relations import build


def _states(a, x: str, y: str) -> list[tuple[str, str | None]]:
    """Every (state, holder) told of the pair, over all its relationship entries."""
    return [(s.state, s.holder) for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states]


# ---- a kin noun inside a "with" phrase of a predicate or an apposition ------------------------------


def test_widower_with_a_named_son_is_his_father(nlp):
    text = ("Fennimore rented the flat above the bakery. He was a widower with a six-year-old son, Nilo, "
            "and a dog with one ear.")
    a, ids = build(text, nlp, {"Fennimore": "he", "Nilo": "he"})
    assert ("parent", ids["Fennimore"]) in _states(a, ids["Fennimore"], ids["Nilo"])


def test_apposed_widow_with_a_named_daughter(nlp):
    text = "Ulla, a widow with a daughter named Idony, bought the mill in the spring."
    a, ids = build(text, nlp, {"Ulla": "she", "Idony": "she"})
    assert ("parent", ids["Ulla"]) in _states(a, ids["Ulla"], ids["Idony"])


def test_with_phrase_two_nouns_down_owns_nothing(nlp):
    text = "Mirela was a friend of a widower with a son, Nilo."
    a, ids = build(text, nlp, {"Mirela": "she", "Nilo": "he"})
    assert not [s for s, _ in _states(a, ids["Mirela"], ids["Nilo"]) if s == "parent"]


# ---- a couple who "separated" were married ----------------------------------------------------------


def test_separated_couple_were_married_before(nlp):
    text = "After the flood Nilo and Ulla separated. She took the caravan and the dog."
    a, ids = build(text, nlp, {"Nilo": "he", "Ulla": "she"})
    got = [s for s, _ in _states(a, ids["Nilo"], ids["Ulla"])]
    assert "married" in got and "ex" in got
    assert "dating" not in got


def test_split_up_couple_stays_dating(nlp):
    # "split" is no marriage word: the couple told of only there were dating
    text = "After the flood Nilo and Ulla split. She took the caravan and the dog."
    a, ids = build(text, nlp, {"Nilo": "he", "Ulla": "she"})
    got = [s for s, _ in _states(a, ids["Nilo"], ids["Ulla"])]
    assert "married" not in got


# ---- "in a relationship with" ----------------------------------------------------------------------


def test_in_a_relationship_with_is_dating(nlp):
    text = "Mirela has been in a relationship with Nilo since New Year's Eve. They keep it quiet at work."
    a, ids = build(text, nlp, {"Mirela": "she", "Nilo": "he"})
    assert "dating" in [s for s, _ in _states(a, ids["Mirela"], ids["Nilo"])]


def test_a_working_or_negated_relationship_is_no_romance(nlp):
    for text in ("Mirela was in a working relationship with Nilo for a decade.",
                 "Mirela was never in a relationship with Nilo.",
                 "Mirela had a good relationship with Nilo."):
        a, ids = build(text, nlp, {"Mirela": "she", "Nilo": "he"})
        assert "dating" not in [s for s, _ in _states(a, ids["Mirela"], ids["Nilo"])], text


# ---- "share a flat ... with X" when the "with" hangs on the place ----------------------------------


def test_share_with_hung_on_the_place(nlp):
    text = "Mirela shared the attic room over the nursery wing with Nilo for two winters."
    a, ids = build(text, nlp, {"Mirela": "she", "Nilo": "he"})
    assert "roommates" in [s for s, _ in _states(a, ids["Mirela"], ids["Nilo"])]


def test_with_inside_a_clause_of_the_place_is_not_followed(nlp):
    text = "Mirela shared the attic room that Nilo had once painted with Ulla."
    a, ids = build(text, nlp, {"Mirela": "she", "Nilo": "he", "Ulla": "she"})
    assert "roommates" not in [s for s, _ in _states(a, ids["Mirela"], ids["Ulla"])]


# ---- letters signed with a bare initial or name, or "Your <name>" on one line ----------------------


LETTERS = ("Harrowgate, 3 March 1990\n\nWilhelmina,\n\nMy brother Nilo came home on Sunday with a beard and a "
           "cough. He sleeps until noon and eats everything in the house.\n\nM.\n\n"
           "Quistby, 9 March 1990\n\nMirela,\n\nTell him the cough wants honey and the beard wants a razor. "
           "The rain has not stopped here since the wedding.\n\nW.\n\n"
           "Harrowgate, 20 March 1990\n\nWilhelmina,\n\nHe has shaved. I am told the honey worked.\n\n"
           "Your Mirela\n")


def test_letter_signed_with_an_initial_is_its_writers(nlp):
    a, ids = build(LETTERS, nlp, {"Mirela": "she", "Wilhelmina": "she", "Nilo": "he"})
    assert "sibling" in [s for s, _ in _states(a, ids["Mirela"], ids["Nilo"])]
    assert "sibling" not in [s for s, _ in _states(a, ids["Wilhelmina"], ids["Nilo"])]


def test_bare_signature_and_named_closing_are_read():
    from fabula.relations.upstream import _CLOSE, _CLOSE_NAMED, _SALUTE_BARE

    c = _CLOSE.match("Your Mirela, who misses you")
    assert c and _CLOSE_NAMED.match(c.group(1)).group(1) == "Mirela"
    assert _CLOSE.match("Besos,") and _SALUTE_BARE.match("Mirela, querida,")


# ---- one of a couple told before "moved out" -------------------------------------------------------


def test_moving_out_ends_a_told_marriage(nlp):
    text = "Fennimore married Wilhelmina in 1990. In 2003 he moved out."
    a, ids = build(text, nlp, {"Fennimore": "he", "Wilhelmina": "she"})
    got = [s for s, _ in _states(a, ids["Fennimore"], ids["Wilhelmina"])]
    assert "ex" in got and "dating" not in got


def test_moving_out_of_a_city_or_of_a_parents_home_is_no_breakup(nlp):
    text = "Fennimore married Wilhelmina in 1990. In 2003 Fennimore moved out of London."
    a, ids = build(text, nlp, {"Fennimore": "he", "Wilhelmina": "she"})
    assert "ex" not in [s for s, _ in _states(a, ids["Fennimore"], ids["Wilhelmina"])]
    text = "Nilo lived with his mother Wilhelmina. At nineteen he moved out."
    a, ids = build(text, nlp, {"Nilo": "he", "Wilhelmina": "she"})
    assert "ex" not in [s for s, _ in _states(a, ids["Nilo"], ids["Wilhelmina"])]
