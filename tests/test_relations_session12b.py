"""Relations, session 12, second round: guards on the cue families whose false states recur across
writers. Sentences are our own, with invented names; upstream layers are built by hand (``build`` from
test_relations). Each case fails on the code before its commit."""

from __future__ import annotations

from test_relations import build


def every_state(a, x: str, y: str) -> set[str]:
    return {s.state for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states}


# ---- kin is not composed through a character named only inside speech ----------------------------

def test_no_kin_composed_through_a_name_heard_only_in_speech(nlp):
    cast = {"Tilly": "she", "Bea": "she", "Mum": "she"}
    line = '"Mum wants the van back by six," Tilly said.'
    text = f"Tilly's daughter Bea was asleep in the back seat. {line}"
    a, ids = build(text, nlp, cast, quotes=[(line[1:line.index(',') + 1], "Tilly", None)])
    assert "parent" in every_state(a, ids["Mum"], ids["Tilly"])
    assert "grandparent" not in every_state(a, ids["Mum"], ids["Bea"])
    # the narration shows her: then she is one person, and Bea's grandmother
    text = f"Tilly's daughter Bea was asleep in the back seat. {line} Mum was waiting at the gate."
    a, ids = build(text, nlp, cast, quotes=[(line[1:line.index(',') + 1], "Tilly", None)])
    assert "grandparent" in every_state(a, ids["Mum"], ids["Bea"])


# ---- narrated "X loved Y" is a crush only when nothing else ties the two ---------------------------

def test_loved_is_a_crush_only_between_two_with_no_other_tie(nlp):
    cast = {"Odran": "he", "Merel": "she"}
    a, ids = build("Odran had loved Merel since the winter of the flood.", nlp, cast)
    assert "crush" in every_state(a, ids["Odran"], ids["Merel"]) | every_state(a, ids["Merel"], ids["Odran"]) \
        or "unrequited" in every_state(a, ids["Odran"], ids["Merel"])
    # beside a work tie it is fondness
    text = "Merel was Odran's agent. Odran had loved Merel since the winter of the flood."
    a, ids = build(text, nlp, cast)
    assert not {"crush", "unrequited"} & every_state(a, ids["Odran"], ids["Merel"])
    # thanks, and a group's love, are no crush
    a, ids = build("Merel fixed the boiler at midnight, and Odran loved her for it.", nlp, cast)
    assert not {"crush", "unrequited"} & every_state(a, ids["Odran"], ids["Merel"])
    # declared to the loved one: a declaration, not a secret
    text = "On the pier Odran stopped and told Merel that he had loved her since the winter of the flood."
    a, ids = build(text, nlp, cast)
    assert not {"crush", "unrequited"} & every_state(a, ids["Odran"], ids["Merel"])
