"""Relations, session 20 (events: comfort, meeting). Sentences are our own, with invented names; upstream
layers are built by hand (``build`` from test_relations). Each positive case fails on the session-start
relations code; a guard passes there too and fails only if the rule loses its limit."""

from __future__ import annotations

from test_relations import build


def _events(a, kind: str) -> set[frozenset]:
    return {frozenset(e.participants) for e in a.events if e.type == kind}


# ---- a hug with no distress near it is a greeting, not comfort -----------------------------------


def test_greeting_hug_is_no_comfort(nlp):
    cast = {"Orsolya": "she", "Benedikt": "he"}
    text = ("The train pulled in at noon. Orsolya hugged Benedikt on the platform and asked him how the "
            "crossing had been.")
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Orsolya"], ids["Benedikt"])) not in _events(a, "comfort")


def test_hug_after_tears_is_comfort(nlp):
    cast = {"Orsolya": "she", "Benedikt": "he"}
    text = ("Benedikt read the telegram on the back step and cried. Orsolya hugged Benedikt and kept quiet "
            "for a while.")
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Orsolya"], ids["Benedikt"])) in _events(a, "comfort")


def test_hug_when_someone_is_scared_is_comfort(nlp):
    cast = {"Orsolya": "she", "Benedikt": "he"}
    text = ("The storm took the shed roof off at midnight and Benedikt was too scared to go back upstairs. "
            "Orsolya hugged him in the kitchen until the wind dropped.")
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Orsolya"], ids["Benedikt"])) in _events(a, "comfort")


# ---- "met twice" counts meetings; it tells no first meeting --------------------------------------


def test_met_twice_is_no_meeting(nlp):
    cast = {"Ingeborg": "she", "Florian": "he"}
    text = "Ingeborg had met Florian twice, both times at the harbour office, and thought him dull."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Ingeborg"], ids["Florian"])) not in _events(a, "meeting")


def test_met_three_times_is_no_meeting(nlp):
    cast = {"Ingeborg": "she", "Florian": "he"}
    text = "Ingeborg and Florian met three times that winter at the chess club."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Ingeborg"], ids["Florian"])) not in _events(a, "meeting")


def test_met_in_the_spring_is_a_meeting(nlp):
    cast = {"Ingeborg": "she", "Florian": "he"}
    text = "Ingeborg met Florian in the spring of that year, at the harbour office."
    a, ids = build(text, nlp, cast)
    assert frozenset((ids["Ingeborg"], ids["Florian"])) in _events(a, "meeting")


# ---- feelings: a scene's sad lines weigh double against its pleasant ones --------------------------


def test_a_grief_line_outweighs_pleasant_ones(nlp):
    text = ("The tea was fine and the kitchen was warm. "
            "I could not stop shaking, because Matthias had died in the night.")
    a, ids = build(text, nlp, {"Odalys": "she", "Matthias": "he"}, narrator="Odalys")
    arc = next(x for x in a.arcs if x.character == ids["Odalys"])
    assert arc.discourse[0].valence < 0


def test_a_happy_scene_stays_happy(nlp):
    text = "I laughed all afternoon. The sun was warm and I felt wonderful, happy and loved."
    a, ids = build(text, nlp, {"Odalys": "she"}, narrator="Odalys")
    arc = next(x for x in a.arcs if x.character == ids["Odalys"])
    assert arc.discourse[0].valence > 0


def test_a_pat_on_the_arm_in_passing_is_no_comfort(nlp):
    cast = {"Jessamy": "she", "Evander": "he"}
    text = "Jessamy patted my arm on her way to the printer and asked about the quarterly figures."
    a, ids = build(text, nlp, cast, narrator="Evander")
    assert frozenset((ids["Jessamy"], ids["Evander"])) not in _events(a, "comfort")


def test_a_pat_for_someone_in_tears_is_comfort(nlp):
    cast = {"Jessamy": "she", "Evander": "he"}
    text = "I was in tears over the letter. Jessamy patted my arm and waited."
    a, ids = build(text, nlp, cast, narrator="Evander")
    assert frozenset((ids["Jessamy"], ids["Evander"])) in _events(a, "comfort")
