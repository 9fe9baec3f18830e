"""Relations, session 15 (romantic states across writers). Sentences are our own, with invented names;
upstream layers are built by hand (``build`` from test_relations). Each positive case fails on the
session-start relations code (eb9b5b7); a guard passes there too and fails only if the rule loses its
limit."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build

# ---- a proposal told by conduct: on one knee, or "Will you have me?", then a "yes" -----------------


def test_on_one_knee_then_her_yes_is_a_proposal(nlp):
    cast = {"Oswin": "he", "Marisa": "she", "Godfrey": "he"}
    q = '"Yes," '
    text = ("The market hall was nearly empty by six. Godfrey stacked the last crates by the door. "
            f"Oswin got down on one knee beside the cheese stall. Marisa laughed. {q}Marisa said. "
            "Godfrey dropped a crate.")
    a, ids = build(text, nlp, cast, quotes=[(q.strip(), "Marisa", "Oswin")])
    assert "engaged" in every_state(a, ids["Oswin"], ids["Marisa"])
    assert any(e.type == "proposal" and set(e.participants) == {ids["Oswin"], ids["Marisa"]} for e in a.events)


def test_will_you_have_me_then_yes(nlp):
    cast = {"Oswin": "he", "Marisa": "she"}
    q1 = '"Marisa, will you have me?"'
    q2 = '"Yes. Oh, yes, Oswin."'
    text = f"The lamps along the quay were being lit. {q1} Oswin asked. {q2} Marisa said."
    a, ids = build(text, nlp, cast, quotes=[(q1, "Oswin", "Marisa"), (q2, "Marisa", "Oswin")])
    assert "engaged" in every_state(a, ids["Oswin"], ids["Marisa"])


def test_a_knee_with_no_yes_is_no_proposal(nlp):
    """Guard: someone struck to one knee, and nobody says yes."""
    cast = {"Oswin": "he", "Marisa": "she", "Godfrey": "he"}
    q = '"Stay down,"'
    text = (f"Godfrey swung the oar, and Oswin dropped onto one knee on the wet cobbles. {q} Godfrey said. "
            "Marisa ran for the harbourmaster.")
    a, ids = build(text, nlp, cast, quotes=[(q, "Godfrey", "Oswin")])
    assert "engaged" not in every_state(a, ids["Oswin"], ids["Marisa"])
    assert not any(e.type == "proposal" for e in a.events)


def test_the_kneelers_own_yes_is_no_answer(nlp):
    """The kneeler's own lines (a "yes" among them) are skipped: the answer is the first line by someone
    else (without the skip, the kneeler's line would be taken as the answer and no couple made)."""
    cast = {"Oswin": "he", "Marisa": "she"}
    q1 = '"Yes, I know the floor is wet. Marisa, I have been meaning to ask you something."'
    q2 = '"Yes," '
    text = f"Oswin got down on one knee by the bench. {q1} Oswin said. {q2}Marisa said, before he could."
    a, ids = build(text, nlp, cast, quotes=[(q1, "Oswin", "Marisa"), (q2.strip(), "Marisa", "Oswin")])
    assert "engaged" in every_state(a, ids["Oswin"], ids["Marisa"])


def test_a_yes_to_another_question_is_no_answer(nlp):
    """Guard: the first line by someone else after the kneeling is no "yes"; a later "yes" answers it."""
    cast = {"Oswin": "he", "Marisa": "she", "Godfrey": "he"}
    q1 = '"Is the van locked?"'
    q2 = '"Yes,"'
    text = (f"Oswin went down on one knee to tie his lace. {q1} Godfrey asked. {q2} Marisa said. "
            "They drove home.")
    a, ids = build(text, nlp, cast, quotes=[(q1, "Godfrey", "Marisa"), (q2, "Marisa", "Godfrey")])
    assert "engaged" not in every_state(a, ids["Oswin"], ids["Marisa"])
    assert not any(e.type == "proposal" for e in a.events)


# ---- a liking held since a time is a crush; a crush does not stop the first kiss being the first ------


def test_a_liking_held_since_a_time_is_a_crush(nlp):
    cast = {"Oswin": "he", "Marisa": "she"}
    text = ("I had liked Marisa since the canal walk in the spring, when she had fallen in the reeds. "
            "Oswin said it was obvious to everyone.")
    a, ids = build(text, nlp, cast, narrator="Oswin")
    assert "crush" in every_state(a, ids["Oswin"], ids["Marisa"]) or "unrequited" in every_state(
        a, ids["Oswin"], ids["Marisa"])


def test_a_liking_held_always_is_a_crush(nlp):
    """One adverb may stand between "had" and the verb."""
    cast = {"Oswin": "he", "Marisa": "she"}
    text = "Oswin had always liked Marisa since the quarrel over the boat. He said nothing about it."
    a, ids = build(text, nlp, cast)
    assert {"crush", "unrequited"} & every_state(a, ids["Oswin"], ids["Marisa"])


def test_a_liking_denied_is_no_crush(nlp, monkeypatch):
    """Guard: negated. The pattern reads "had never liked"; the rule's own checks (negated, irrealis: both
    read "never") must drop it. A later stage drops such a state too, so the rule's cues are watched
    directly; the test fails when the rule's checks are removed."""
    from fabula.relations.cues import CueFinder

    held = []
    add = CueFinder.add

    def watch(self, kind, label, *args, trigger=None, **kw):
        if trigger and trigger.endswith("... since"):
            held.append(label)
        return add(self, kind, label, *args, trigger=trigger, **kw)

    monkeypatch.setattr(CueFinder, "add", watch)
    cast = {"Oswin": "he", "Marisa": "she"}
    text = "Oswin had never liked Marisa since the quarrel over the boat. They spoke only about the weather."
    a, ids = build(text, nlp, cast)
    assert not held
    assert not {"crush", "unrequited"} & every_state(a, ids["Oswin"], ids["Marisa"])
    text = "Oswin had always liked Marisa since the quarrel over the boat. They spoke only about the weather."
    build(text, nlp, cast)
    assert held == ["crush"]


def test_a_kiss_after_a_crush_is_still_the_first(nlp):
    cast = {"Oswin": "he", "Marisa": "she"}
    text = ("Oswin had been in love with Marisa since the winter fair, and had never said a word. "
            "In March, behind the boathouse, Oswin kissed Marisa.")
    a, ids = build(text, nlp, cast)
    assert any(e.type == "first_kiss" and set(e.participants) == {ids["Oswin"], ids["Marisa"]} for e in a.events)
