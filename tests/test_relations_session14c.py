"""Relations, session 14 (second round): a speech tag whose subject is a possessed kin noun ("said his
sister", "her father asked", "Wren's son replied") gives the kin state between the quote's speaker and
the possessor. Sentences are our own, with invented names; upstream layers are built by hand, the quotes
with the tag verb and the dialogue notes the dialogue stage records. Each positive case fails without
``CueFinder._kin_tag_speaker``; a test whose docstring says "guard" passes without it too and fails
only if the rule loses its limit."""

from __future__ import annotations

from fabula.model import Evidence, Quote
from fabula.pipeline import Context
from relations_helpers import every_state
from test_relations import prepare, run_mine


def build_tagged(text: str, nlp, cast: dict[str, str], quotes: list[tuple[str, str, str | None, str, str]],
                 narrator: str | None = None):
    """Like ``test_relations.build``, with each quote given as (text, speaker, addressee, tag verb, notes):
    the tag verb is the first occurrence of that word after the quote."""
    story, doc, a, ids = prepare(text, nlp, cast, narrator)
    t = story.text
    for i, (qt, spk, adr, verb, notes) in enumerate(quotes):
        s = t.index(qt)
        v = t.index(verb, s + len(qt))
        a.quotes.append(Quote(id=f"q{i}", spans=[(s, s + len(qt))], text=qt, speaker=ids[spk],
                              addressees=[ids[adr]] if adr else [], attribution="anaphoric", cue=(v, v + len(verb)),
                              evidence=[Evidence(spans=[(v, v + len(verb))], note=notes)]))
    return run_mine(Context(story=story, doc=doc), a), ids


def holders(a, x: str, y: str, state: str) -> set[str | None]:
    return {s.holder for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states
            if s.state == state}


def test_said_his_sister_is_a_sibling(nlp):
    cast = {"Tobiah": "he", "Wenna": "she"}
    q = '"You have been sulking since lunch,"'
    text = f"Tobiah kicked the gravel by the boathouse door. {q} said his sister."
    a, ids = build_tagged(text, nlp, cast, [(q, "Wenna", "Tobiah", "said", "speech tag")])
    assert "sibling" in every_state(a, ids["Tobiah"], ids["Wenna"])
    ev = [s.evidence[0].spans[0] for r in a.relationships for s in r.states if s.state == "sibling"]
    assert ev and a.story.text[ev[0][0]:ev[0][1]] == "said his sister"  # the tag is the evidence


def test_her_father_asked_is_the_parent_holder(nlp):
    cast = {"Isolde": "she", "Barnaby": "he"}
    q = '"Did you lock the shed?"'
    text = f"Isolde came in with mud on her boots. {q} her father asked."
    a, ids = build_tagged(text, nlp, cast, [(q, "Barnaby", "Isolde", "asked", "speech tag")])
    assert holders(a, ids["Isolde"], ids["Barnaby"], "parent") == {ids["Barnaby"]}


def test_named_possessor_son_replied_makes_the_possessor_the_parent(nlp):
    cast = {"Wren": "she", "Caspian": "he", "Odile": "she"}
    q = '"The ferry is late again,"'
    text = f"Wren and Odile waited on the quay in the cold. {q} Wren's son replied."
    a, ids = build_tagged(text, nlp, cast, [(q, "Caspian", "Odile", "replied", "speech tag")])
    assert holders(a, ids["Wren"], ids["Caspian"], "parent") == {ids["Wren"]}


def test_my_in_narration_is_the_narrator(nlp):
    cast = {"Perpetua": "she", "Lorcan": "he"}
    q = '"Eat your porridge before it sets,"'
    text = f"I sat at the table and looked at the rain. {q} my grandfather said."
    a, ids = build_tagged(text, nlp, cast, [(q, "Lorcan", "Perpetua", "said", "speech tag")], narrator="Perpetua")
    assert holders(a, ids["Perpetua"], ids["Lorcan"], "grandparent") == {ids["Lorcan"]}


def test_said_his_wife_is_married(nlp):
    cast = {"Osgood": "he", "Marigold": "she"}
    q = '"Come in out of the wind,"'
    text = f"Osgood stood at the gate with his hat in his hands. {q} said his wife."
    a, ids = build_tagged(text, nlp, cast, [(q, "Marigold", "Osgood", "said", "speech tag")])
    assert "married" in every_state(a, ids["Osgood"], ids["Marigold"])


def test_possessor_named_only_in_the_quote_is_the_one_spoken_to(nlp):
    """The tag's "his" goes back to the man the quote names; the sister's brother is the one she speaks
    to."""
    cast = {"Tobiah": "he", "Wenna": "she", "Dashiell": "he"}
    q = '"You keep staring at Dashiell,"'
    text = f"Tobiah leaned on the rail of the jetty. {q} said his sister."
    a, ids = build_tagged(text, nlp, cast, [(q, "Wenna", "Tobiah", "said", "speech tag")])
    assert "sibling" in every_state(a, ids["Tobiah"], ids["Wenna"])
    assert "sibling" not in every_state(a, ids["Dashiell"], ids["Wenna"])


def test_a_later_guess_of_the_speaker_gives_no_state(nlp):
    """Guard: a speaker the ranker chose after the tag failed to settle it is no evidence of kin."""
    cast = {"Tobiah": "he", "Wenna": "she"}
    q = '"You have been sulking since lunch,"'
    text = f"Tobiah kicked the gravel by the boathouse door. {q} said his sister."
    a, ids = build_tagged(text, nlp, cast, [(q, "Wenna", "Tobiah", "said", "speech tag; speaker ranker")])
    assert "sibling" not in every_state(a, ids["Tobiah"], ids["Wenna"])


def test_speaker_of_the_wrong_sex_gives_no_state(nlp):
    """Guard: a man given the quote is not "his sister"."""
    cast = {"Tobiah": "he", "Alaric": "he"}
    q = '"You have been sulking since lunch,"'
    text = f"Tobiah kicked the gravel by the boathouse door. {q} said his sister."
    a, ids = build_tagged(text, nlp, cast, [(q, "Alaric", "Tobiah", "said", "speech tag")])
    assert "sibling" not in every_state(a, ids["Tobiah"], ids["Alaric"])


def test_kin_noun_inside_the_quote_is_not_the_speaker(nlp):
    """Guard: "his cousin" in the words spoken is no tag subject, though the parser makes it the
    subject of the tag's verb."""
    cast = {"Tobiah": "he", "Wenna": "she", "Isolde": "she"}
    q = '"His cousin the duke,"'
    text = f"Tobiah looked at the launch. {q} said Wenna, \"believes that the launch is his.\""
    a, ids = build_tagged(text, nlp, cast, [(q, "Wenna", "Isolde", "said", "speech tag")])
    assert "cousin" not in every_state(a, ids["Tobiah"], ids["Wenna"])
