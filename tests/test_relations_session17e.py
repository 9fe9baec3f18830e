"""Relations, session 17 (events: fights and reconciliations). Sentences are our own, with invented
names; upstream layers are built by hand (``build`` from test_relations). Each positive case fails on
the session-start relations code; a guard passes there too and fails only if the rule loses its limit."""

from __future__ import annotations

from test_relations import build


def _events(a, kind: str) -> set[frozenset]:
    return {frozenset(e.participants) for e in a.events if e.type == kind}


# ---- a long silence between two people is a falling-out ---------------------------------------


def test_had_not_spoken_in_years(nlp):
    cast = {"Oswin": "he", "Perpetua": "she"}
    text = "Oswin and Perpetua had not spoken in eleven years when the solicitor's letter came."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Oswin"], ids["Perpetua"])) in _events(a, "fight")


def test_did_not_speak_to_her_for_a_month(nlp):
    cast = {"Oswin": "he", "Perpetua": "she"}
    text = "After the business with the greenhouse, Oswin did not speak to Perpetua for a month."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Oswin"], ids["Perpetua"])) in _events(a, "fight")


def test_stopped_speaking_for_a_summer(nlp):
    cast = {"Oswin": "he", "Perpetua": "she"}
    text = "Oswin and Perpetua stopped speaking for a whole summer over a borrowed canoe."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Oswin"], ids["Perpetua"])) in _events(a, "fight")


def test_a_quiet_moment_is_no_fight(nlp):
    """Guard: a silence with no length or start is a quiet moment, and "could not speak" is shock."""
    cast = {"Oswin": "he", "Perpetua": "she"}
    text = ("Oswin and Perpetua sat on the pier and did not speak. When the boat came in, Oswin could not "
            "speak to Perpetua for a minute.")
    a, _ = build(text, nlp, cast)
    assert not _events(a, "fight")


# ---- comfort: arms round someone, a vigil beside them ----------------------------------------


def test_both_arms_round_him(nlp):
    """The parser hangs "round" on "put" as a clause (ccomp/conj), not a preposition."""
    cast = {"Ignatia": "she", "Bertram": "he"}
    text = "Bertram was crying on the stairs. Ignatia sat down and put both arms round him."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Ignatia"], ids["Bertram"])) in _events(a, "comfort")


def test_her_arms_round_her_is_the_other_woman(nlp):
    """"her" after a woman subject links to that subject; it is the other woman told before."""
    cast = {"Ignatia": "she", "Rosalba": "she"}
    text = "Rosalba sobbed on the back step. Ignatia put her arms round her."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Ignatia"], ids["Rosalba"])) in _events(a, "comfort")


def test_sat_beside_her_until_she_stopped_shaking(nlp):
    cast = {"Ignatia": "she", "Rosalba": "she"}
    text = "Rosalba was crying in the pantry. Ignatia sat beside her until she stopped shaking."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Ignatia"], ids["Rosalba"])) in _events(a, "comfort")


def test_arms_round_herself_is_no_comfort(nlp):
    """Guard: with no other woman told, "her" stays unlinked and no comfort is made up."""
    cast = {"Ignatia": "she", "Bertram": "he"}
    text = "Ignatia stood at the bus stop in the sleet and put her arms round herself."
    a, _ = build(text, nlp, cast)
    assert not _events(a, "comfort")


# ---- a hug told in laughter is gladness, not comfort -----------------------------------------


def test_a_laughing_hug_is_no_comfort(nlp):
    cast = {"Ignatia": "she", "Bertram": "he"}
    text = "Bertram came through the gate with the prize marrow. Ignatia hugged him, and felt him laugh against her collar."
    a, _ = build(text, nlp, cast)
    assert not _events(a, "comfort")


def test_a_hug_after_tears_stays_comfort_though_he_laughs(nlp):
    """Guard: distress in the sentence before keeps the hug comfort."""
    cast = {"Ignatia": "she", "Bertram": "he"}
    text = "Bertram was crying over the flattened marrow. Ignatia hugged him until he laughed."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Ignatia"], ids["Bertram"])) in _events(a, "comfort")


# ---- an injury told by what the body does -----------------------------------------------------


def _hurt(a) -> set[str]:
    return {p for e in a.events if e.type == "injury" for p in e.participants}


def test_went_down_clutching_her_ankle(nlp):
    cast = {"Ignatia": "she", "Bertram": "he"}
    text = "Ignatia caught her skate on a rut and went down hard, clutching her ankle."
    a, ids = build(text, nlp, cast)
    assert ids["Ignatia"] in _hurt(a)


def test_heard_her_knee_go(nlp):
    cast = {"Ignatia": "she", "Bertram": "he"}
    text = "Ignatia landed badly off the vault and heard her knee go."
    a, ids = build(text, nlp, cast)
    assert ids["Ignatia"] in _hurt(a)


def test_ice_on_her_ankle(nlp):
    cast = {"Ignatia": "she", "Bertram": "he"}
    text = "After the heats Ignatia was sitting on the bench with ice on her ankle."
    a, ids = build(text, nlp, cast)
    assert ids["Ignatia"] in _hurt(a)


def test_clutching_his_arm_or_slumped_shoulders_is_no_injury(nlp):
    """Guard: holding on to someone else's arm, and shoulders that "went", are no hurt."""
    cast = {"Ignatia": "she", "Bertram": "he"}
    text = "Ignatia stood on the quay clutching Bertram's arm. When the ferry left, her shoulders went."
    a, _ = build(text, nlp, cast)
    assert not _hurt(a)
