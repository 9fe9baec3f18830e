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

