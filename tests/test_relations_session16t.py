"""Relations, session 16 (a child's titled parent, when the child is not the narrator). Sentences are our own,
with invented names; upstream layers are built by hand (``build`` from test_relations). The positive cases
fail on the relations code before this round (c5a6f33); the negative ones with their guard removed."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build


def test_a_chat_line_ending_in_a_title_hails_the_title(nlp):
    # a chat line has no closing stop: the title at its end, before the line break, is still a hail
    text = ("Mum: did you eat anything today\n\n"
            "Tobin: the van broke down again, Mum\n\n"
            "Tobin put the phone face down on the counter and went back to the fryer.")
    quotes = [("did you eat anything today", "Mum", "Tobin"),
              ("the van broke down again, Mum", "Tobin", "Mum")]
    a, ids = build(text, nlp, {"Tobin": "he", "Mum": "she"}, quotes=quotes)
    assert "parent" in every_state(a, ids["Mum"], ids["Tobin"])


def _brothers(listener: str, line: str):
    return ("Jory Penhale waited at the ferry gate for his brother Kit, who was late as usual. "
            f"\"{line}\" Jory said to {listener} when the boat came in. Orrin tied the rope off.")


def test_a_title_said_to_a_told_sibling_is_the_siblings_parent_too(nlp):
    line = "Ask Mum yourself if you want the key."
    cast = {"Jory": "he", "Kit": "he", "Orrin": "he", "Mum": "she"}
    a, ids = build(_brothers("Kit", line), nlp, cast, quotes=[(line, "Jory", "Kit")])
    assert "sibling" in every_state(a, ids["Jory"], ids["Kit"])
    assert "parent" in every_state(a, ids["Mum"], ids["Jory"])
    assert "parent" in every_state(a, ids["Mum"], ids["Kit"])


def test_a_title_said_to_someone_else_stays_the_speakers(nlp):
    # guard: said to a bystander, the title tells nothing of the brother's parent (nor the bystander's)
    line = "Ask Mum yourself if you want the key."
    cast = {"Jory": "he", "Kit": "he", "Orrin": "he", "Mum": "she"}
    a, ids = build(_brothers("Orrin", line), nlp, cast, quotes=[(line, "Jory", "Orrin")])
    assert "parent" in every_state(a, ids["Mum"], ids["Jory"])
    assert "parent" not in every_state(a, ids["Mum"], ids["Kit"])
    assert "parent" not in every_state(a, ids["Mum"], ids["Orrin"])


def test_a_title_said_while_hailing_the_listener_as_a_parent_is_not_composed(nlp):
    # guard: "..., Dad." hails the listener as a parent, so the listener is no brother of the speaker
    # (a line given to the wrong speaker upstream)
    line = "Mum kept every one of your letters, Dad."
    cast = {"Jory": "he", "Kit": "he", "Orrin": "he", "Mum": "she"}
    a, ids = build(_brothers("Kit", line), nlp, cast, quotes=[(line, "Jory", "Kit")])
    assert "parent" not in every_state(a, ids["Mum"], ids["Kit"])


def test_a_title_several_unrelated_speakers_use_is_not_composed(nlp):
    # guard: two speakers who are not told siblings both say "Mum": the title is a merge of two mothers
    line = "Ask Mum yourself if you want the key."
    other = "Mum wants the car back by six."
    text = _brothers("Kit", line) + f" \"{other}\" Orrin said to Jory."
    cast = {"Jory": "he", "Kit": "he", "Orrin": "he", "Mum": "she"}
    a, ids = build(text, nlp, cast, quotes=[(line, "Jory", "Kit"), (other, "Orrin", "Jory")])
    assert "parent" not in every_state(a, ids["Mum"], ids["Kit"])
