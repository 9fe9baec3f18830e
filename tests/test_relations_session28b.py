"""Relations, session 28 (b): ties and events mentioned in passing at crowded gatherings. Sentences are our
own, with invented names; upstream layers are built by hand (``build_with_links`` from relations_helpers, which
can also set the cast's possibly wrong pronoun links). Each test fails without its session 28 rule, except the
guards marked as such."""

from __future__ import annotations

from relations_helpers import build_with_links, events_by_name, every_state


def _ids_of(ids, *names):
    return [ids[n] for n in names]


# ---- 1. an ex's new partner does not say whose ex he is -----------------------------------------------------


def test_her_ex_turning_up_with_a_new_partner_stays_her_ex(nlp):
    cast = {"Marla Quint": "she", "Dorian Vale": "he", "Tilly Brask": "she"}
    text = ("Marla Quint ran the bar. She was watching the entrance, because her ex-husband, Dorian Vale, had "
            "come in with a young woman. \"Tilly Brask,\" Dorian Vale said. \"She's with me.\"")
    a, ids = build_with_links(text, nlp, cast, links=[("She", 0, "Marla Quint"), ("her", 0, "Marla Quint")])
    m, d, t = _ids_of(ids, "Marla Quint", "Dorian Vale", "Tilly Brask")
    assert "ex" in every_state(a, m, d)
    assert "ex" not in every_state(a, d, t)


# ---- 2. kin listed with the same pronoun are one person's kin -------------------------------------------------


def test_her_mum_and_her_stepdad_are_both_hers(nlp):
    cast = {"Wren": "she", "Lisette": "she", "Barnaby": "he"}
    text = ("Wren lay on the lawn with a comic, sulking, while her mum, Lisette, and her stepdad, Barnaby, "
            "unloaded the van.")
    a, ids = build_with_links(text, nlp, cast, links=[("her", 0, "Wren"), ("her", 1, "Wren")])
    w, li, b = _ids_of(ids, "Wren", "Lisette", "Barnaby")
    assert "parent" in every_state(a, b, w)
    assert "parent" not in every_state(a, b, li)


# ---- 3. a kiss shared out among several people is a greeting --------------------------------------------------


def test_a_kiss_for_both_of_them_is_no_romance(nlp):
    cast = {"Odile": "she", "Renzo": "he", "Mathilde": "she"}
    text = ("Renzo and Mathilde arrived with a ring to show off. Odile kissed them both, then went back to "
            "the bar with Mathilde.")
    a, ids = build_with_links(text, nlp, cast)
    o, m = _ids_of(ids, "Odile", "Mathilde")
    assert not every_state(a, o, m) & {"dating", "ex"}
    assert not [p for p in events_by_name(a, ids, "first_kiss") if "Odile" in p]


# ---- 4. a parent's new spouse after a divorce, and a half-sister -----------------------------------------------


def test_a_remarried_fathers_new_wife_is_no_parent(nlp):
    cast = {"Dagny": "she", "Ferris": "he", "Marisol": "she", "Thea": "she"}
    text = ("Dagny's mother was Marisol. Dagny's father was Ferris. Marisol and Ferris split up years ago. At "
            "the party Ferris turned up with his wife, Thea.")
    a, ids = build_with_links(text, nlp, cast)
    d, f, t = _ids_of(ids, "Dagny", "Ferris", "Thea")
    assert "parent" in every_state(a, f, d)
    assert "parent" not in every_state(a, t, d)


def test_a_half_sister_is_not_her_mothers_child(nlp):
    cast = {"Dagny": "she", "Marisol": "she", "Pim": "she"}
    text = "Dagny's mother was Marisol. Dagny's half-sister, Pim, was asleep in the car."
    a, ids = build_with_links(text, nlp, cast)
    m, p = _ids_of(ids, "Marisol", "Pim")
    assert "parent" not in every_state(a, m, p)


# ---- 5. a relative clause's pronoun subject is the host clause's subject ---------------------------------------


def test_whom_he_had_been_seeing_is_his_partner(nlp):
    cast = {"Casimir": "he", "Lorcan": "he", "Hugo": "he"}
    text = ("Hugo counted the chairs twice. Then Casimir arrived. He had brought Lorcan, whom he had been "
            "seeing since March.")
    # the cast links the relative clause's "he" to the wrong man (Hugo)
    a, ids = build_with_links(text, nlp, cast, links=[("He", 0, "Casimir"), ("he", 0, "Hugo")])
    c, lo = _ids_of(ids, "Casimir", "Lorcan")
    assert "dating" in every_state(a, c, lo)


# ---- 6. "it ended with someone doing something" tells how a scene ended -----------------------------------------


def test_it_ended_with_a_shove_is_no_breakup(nlp):
    cast = {"Ivo": "he", "Tamsin": "she", "Gus": "he"}
    text = ("Ivo and Tamsin had dated since March. At the party Gus said something rude about the band. "
            "By ten it had ended with Gus shoving the drummer into the cake.")
    a, ids = build_with_links(text, nlp, cast)
    assert ["Ivo", "Tamsin"] not in events_by_name(a, ids, "breakup")


# ---- 7. a fight or a war over a prize is a rivalry ----------------------------------------------------------------


def test_fought_over_the_prize_is_a_rivalry(nlp):
    cast = {"Ottoline": "she", "Bettany": "she"}
    text = "Ottoline and Bettany fought over the history prize every year at school."
    a, ids = build_with_links(text, nlp, cast)
    o, b = _ids_of(ids, "Ottoline", "Bettany")
    assert "rivals" in every_state(a, o, b)
    assert not events_by_name(a, ids, "fight")


def test_at_war_over_the_cup_is_a_rivalry(nlp):
    cast = {"Ottoline": "she", "Crispin Hale": "he"}
    text = "For a decade Ottoline and Crispin Hale were at war over the flower show cup."
    a, ids = build_with_links(text, nlp, cast)
    o, c = _ids_of(ids, "Ottoline", "Crispin Hale")
    assert "rivals" in every_state(a, o, c)
    assert "enemies" not in every_state(a, o, c)


def test_at_war_without_a_prize_stays_enemies(nlp):  # (a guard)
    cast = {"Ottoline": "she", "Crispin Hale": "he"}
    text = "After the vote Ottoline and Crispin Hale were at war."
    a, ids = build_with_links(text, nlp, cast)
    o, c = _ids_of(ids, "Ottoline", "Crispin Hale")
    assert "enemies" in every_state(a, o, c)


# ---- 8. a role noun whose newcomer is named in the next sentence -----------------------------------------------


def test_her_boss_named_in_the_next_sentence(nlp):
    cast = {"Petra Mora": "she", "Bertrand": "he", "Mr. Falk": "he"}
    text = ("Bertrand poured the wine. Petra Mora's boss turned up at nine. Mr. Falk owned the print shop on the "
            "quay, and he brought a card.")
    # the cast links the role noun to the last man named before it
    a, ids = build_with_links(text, nlp, cast, links=[("boss", 0, "Bertrand")])
    i, b, f = _ids_of(ids, "Petra Mora", "Bertrand", "Mr. Falk")
    assert "boss" in every_state(a, f, i)
    assert "boss" not in every_state(a, b, i)


# ---- 9. a couple is not kin: "they were cousins" meant two others ----------------------------------------------


def test_they_were_cousins_is_not_the_couple_just_told(nlp):
    cast = {"Wren": "she", "Caspar": "he", "Tilde": "she"}
    text = ("Caspar and Wren got engaged in May. Across the room sat Tilde, whom the whole village took for a "
            "sister. Not so: they were cousins.")
    # the cast has lost the other cousin, so "they" can only be read as the couple
    a, ids = build_with_links(text, nlp, cast)
    w, c = _ids_of(ids, "Wren", "Caspar")
    assert "cousin" not in every_state(a, w, c)
    assert "engaged" in every_state(a, w, c)
