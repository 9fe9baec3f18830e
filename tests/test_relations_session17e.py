"""Relations, session 17 (events: fights and reconciliations). Sentences are our own, with invented
names; upstream layers are built by hand (``build`` from test_relations). Each positive case fails on
the session-start relations code; a guard passes there too and fails only if the rule loses its limit."""

from __future__ import annotations

from test_relations import build


def _events(a, kind: str) -> set[frozenset]:
    return {frozenset(e.participants) for e in a.events if e.type == kind}


# ---- a long silence between two people is a falling-out ---------------------------------------


def test_have_not_spoken_in_years(nlp):
    cast = {"Marisol": "she", "Tancred": "he"}
    text = "Marisol and Tancred have not spoken in nine years, not since the business with the orchard."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Marisol"], ids["Tancred"])) in _events(a, "fight")


def test_did_not_speak_to_him_for_weeks(nlp):
    cast = {"Marisol": "she", "Tancred": "he"}
    text = "When the van was sold without asking, Marisol did not speak to Tancred for three weeks."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Marisol"], ids["Tancred"])) in _events(a, "fight")


def test_stopped_speaking_for_a_winter(nlp):
    cast = {"Yolande": "she", "Crispin": "he"}
    text = "After the audition Yolande and Crispin stopped speaking for the whole winter."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Yolande"], ids["Crispin"])) in _events(a, "fight")


def test_two_subjects_silent_to_a_third_fall_out_with_the_third(nlp):
    """The one not spoken to is the other party: the two who keep the silence have no fight."""
    cast = {"Marisol": "she", "Yolande": "she", "Tancred": "he"}
    text = "Marisol and Yolande did not speak to Tancred for a year after the auction."
    a, ids = build(text, nlp, cast)
    fights = _events(a, "fight")
    assert frozenset((ids["Marisol"], ids["Tancred"])) in fights
    assert frozenset((ids["Marisol"], ids["Yolande"])) not in fights


def test_a_quiet_moment_is_no_fight(nlp):
    """Guard: a silence with no length or start is a quiet moment, and "could not speak" is shock."""
    cast = {"Marisol": "she", "Tancred": "he"}
    text = ("Marisol and Tancred leaned on the gate and did not speak. After the crash Tancred could not "
            "speak to Marisol for a year.")
    a, _ = build(text, nlp, cast)
    assert not _events(a, "fight")


def test_not_again_until_the_bus_came_is_no_fight(nlp):
    """Guard: "again" with no "never" is a silence until something happens."""
    cast = {"Yolande": "she", "Crispin": "he"}
    text = "Yolande and Crispin did not speak again until the bus pulled into the depot."
    a, _ = build(text, nlp, cast)
    assert not _events(a, "fight")


def test_for_the_rest_of_the_crossing_is_no_fight(nlp):
    cast = {"Yolande": "she", "Crispin": "he"}
    text = "Crispin did not speak to Yolande for the rest of the ferry crossing."
    a, _ = build(text, nlp, cast)
    assert not _events(a, "fight")


def test_for_an_hour_is_no_fight(nlp):
    cast = {"Yolande": "she", "Crispin": "he"}
    text = "Crispin did not speak to Yolande for an hour after she beat him at draughts."
    a, _ = build(text, nlp, cast)
    assert not _events(a, "fight")


def test_since_lunch_is_no_fight(nlp):
    """Guard: a silence since a meal is a mood; "since" needs a date or an event."""
    cast = {"Yolande": "she", "Crispin": "he"}
    text = "By four o'clock Yolande and Crispin had not spoken since lunch."
    a, _ = build(text, nlp, cast)
    assert not _events(a, "fight")


# ---- comfort: arms round someone, a vigil beside them ----------------------------------------


def test_both_arms_round_him(nlp):
    """The parser hangs "round" on "put" as a clause (ccomp/conj), not a preposition."""
    cast = {"Yolande": "she", "Crispin": "he"}
    text = "Crispin was sobbing by the bins. Yolande crouched down and put both arms round him."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Yolande"], ids["Crispin"])) in _events(a, "comfort")


def test_her_arms_round_her_is_the_other_woman(nlp):
    """"her" after a woman subject links to that subject; it is the other woman told before."""
    cast = {"Yolande": "she", "Marisol": "she"}
    text = "Marisol wept into the tea towel. Yolande put her arms round her."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Yolande"], ids["Marisol"])) in _events(a, "comfort")


def test_sat_beside_her_until_she_was_calm(nlp):
    cast = {"Yolande": "she", "Marisol": "she"}
    text = "Marisol was crying behind the marquee, so Yolande sat beside her till she was calm."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Yolande"], ids["Marisol"])) in _events(a, "comfort")


def test_arms_round_her_with_no_other_woman_near_is_no_comfort(nlp):
    """Guard: "her" that links to the subject names the other woman only when one is told nearby; a
    woman last named pages before is not the one held (with no one near, no comfort is made up)."""
    cast = {"Yolande": "she", "Marisol": "she", "Crispin": "he"}
    filler = " ".join(["Crispin checked the tyres, swept the yard, oiled the gate and counted the crates twice."] * 6)
    text = f"Marisol caught the early train to the coast. {filler} Yolande sat on the step and put her arms round her."
    a, _ = build(text, nlp, cast)
    assert not _events(a, "comfort")


# ---- a hug told in laughter is gladness, not comfort -----------------------------------------


def test_a_laughing_hug_is_no_comfort(nlp):
    cast = {"Marisol": "she", "Tancred": "he"}
    text = "Tancred read out the exam results and whooped. Marisol hugged him, both of them laughing."
    a, _ = build(text, nlp, cast)
    assert not _events(a, "comfort")


def test_a_hug_after_tears_stays_comfort_though_he_laughs(nlp):
    """Guard: distress in the sentence before keeps the hug comfort."""
    cast = {"Marisol": "she", "Tancred": "he"}
    text = "Tancred was crying over the burnt cake. Marisol hugged him until he laughed."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Marisol"], ids["Tancred"])) in _events(a, "comfort")


# ---- an injury told by what the body does -----------------------------------------------------


def _hurt(a) -> set[str]:
    return {p for e in a.events if e.type == "injury" for p in e.participants}


def test_went_down_clutching_his_knee(nlp):
    cast = {"Crispin": "he", "Marisol": "she"}
    text = "Crispin mistimed the tackle and went down heavily, clutching his knee."
    a, ids = build(text, nlp, cast)
    assert ids["Crispin"] in _hurt(a)


def test_heard_his_wrist_go(nlp):
    cast = {"Crispin": "he", "Marisol": "she"}
    text = "Halfway up the ladder the rung gave, and Crispin heard his wrist go."
    a, ids = build(text, nlp, cast)
    assert ids["Crispin"] in _hurt(a)


def test_ice_on_her_knee(nlp):
    cast = {"Crispin": "he", "Marisol": "she"}
    text = "Marisol watched the second half from the bench with ice on her knee."
    a, ids = build(text, nlp, cast)
    assert ids["Marisol"] in _hurt(a)


def test_clutching_his_arm_or_slumped_shoulders_is_no_injury(nlp):
    """Guard: holding on to someone else's arm, and shoulders that "went", are no hurt."""
    cast = {"Ignatia": "she", "Bertram": "he"}
    text = "Ignatia stood on the quay clutching Bertram's arm. When the ferry left, her shoulders went."
    a, _ = build(text, nlp, cast)
    assert not _hurt(a)
