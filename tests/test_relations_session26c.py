"""Relations, session 26 (false states: a family's group chat, a kin's lesson, a team's captain, an introduction
that gives the one introduced another part). Sentences are our own, with invented names; upstream layers are
built by hand. Each positive case fails on the session-start relations code (864000b); a guard passes there
too and fails only if the rule loses its limit."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build
from test_relations_session13 import CHAT, _chat

# ---- a family's group chat is no circle of friends ------------------------------------------------------------


def test_a_chat_with_a_member_called_mum_is_no_circle_of_friends(nlp):
    lines = [("Mum", "who took the last of the milk"), ("Ferdie", "not guilty, ask Wynn"),
             ("Wynn", "it was the cat"), ("Mum", "we do not have a cat")]
    chat = "\n".join(f"{w}: {s}" for w, s in lines)
    cast = {"Mum": "she", "Ferdie": "he", "Wynn": "she"}
    a, ids = _chat("The phones had been busy all day.\n\n" + chat + "\n\nNobody bought any milk.", nlp, cast, lines)
    assert "friends" not in every_state(a, ids["Ferdie"], ids["Wynn"])
    assert "friends" not in every_state(a, ids["Mum"], ids["Wynn"])


def test_a_chat_of_two_siblings_and_a_third_is_no_circle_of_friends(nlp):
    chat = "\n".join(f"{w}: {s}" for w, s in CHAT)
    cast = {"Ottilie": "she", "Ferdie": "he", "Wynn": "she"}
    text = "Ferdie was the brother of Wynn.\n\n" + chat + "\n\nNobody bought any milk."
    a, ids = _chat(text, nlp, cast, CHAT)
    assert "friends" not in every_state(a, ids["Ottilie"], ids["Wynn"])


def test_a_chat_of_three_unrelated_members_is_still_friends(nlp):
    """Guard: a chat whose members the story ties no other way stays a circle of friends."""
    chat = "\n".join(f"{w}: {s}" for w, s in CHAT)
    cast = {"Ottilie": "she", "Ferdie": "he", "Wynn": "she"}
    a, ids = _chat("The phones had been busy all day.\n\n" + chat + "\n\nNobody bought any milk.", nlp, cast, CHAT)
    assert "friends" in every_state(a, ids["Ottilie"], ids["Wynn"])


# ---- what a grandparent taught is no teacher tie -------------------------------------------------------------


def test_a_grandfather_who_taught_a_trick_is_no_teacher(nlp):
    text = "My grandfather Ambrose lived at the end of the lane. Ambrose taught me chess in his shed."
    a, ids = build(text, nlp, {"Ambrose": "he", "Linnea": "she"}, narrator="Linnea")
    assert "grandparent" in every_state(a, ids["Ambrose"], ids["Linnea"])
    assert "teacher" not in every_state(a, ids["Ambrose"], ids["Linnea"])


def test_a_master_who_taught_for_years_is_a_teacher(nlp):
    """Guard: the same lesson from someone who is no kin is still a teacher's."""
    text = "Ambrose taught me for three years, every Saturday, in the cold hall behind the chapel."
    a, ids = build(text, nlp, {"Ambrose": "he", "Linnea": "she"}, narrator="Linnea")
    assert "teacher" in every_state(a, ids["Ambrose"], ids["Linnea"])


# ---- an introduction that gives the one introduced another part ----------------------------------------------


def _intro(nlp, line):
    text = f'Wenna and Tamsin walked in, and Orrin followed them. "{line}" Wenna said.'
    quotes = [(line, "Wenna", "Tamsin")]
    return build(text, nlp, {"Wenna": "she", "Tamsin": "she", "Orrin": "he"}, quotes=quotes)


def test_this_is_a_doctor_is_no_partner(nlp):
    text = 'Wenna and Tamsin walked in, and Doctor Orrin followed them. "This is Doctor Orrin," Wenna said.'
    a, ids = build(text, nlp, {"Wenna": "she", "Tamsin": "she", "Doctor Orrin": "he"},
                   quotes=[("This is Doctor Orrin,", "Wenna", "Tamsin")])
    assert "dating" not in every_state(a, ids["Wenna"], ids["Doctor Orrin"])


def test_this_is_x_after_my_stepfather_is_no_partner(nlp):
    a, ids = _intro(nlp, "Come and meet my stepfather. This is Orrin.")
    assert "dating" not in every_state(a, ids["Wenna"], ids["Orrin"])


def test_this_is_x_then_my_cousin_is_no_partner(nlp):
    a, ids = _intro(nlp, "This is Orrin. My cousin.")
    assert "dating" not in every_state(a, ids["Wenna"], ids["Orrin"])


def test_this_is_x_alone_is_still_a_partner(nlp):
    """Guard: the first one a speaker introduces, with no other part given, is the speaker's partner."""
    a, ids = _intro(nlp, "Tamsin, this is Orrin.")
    assert "dating" in every_state(a, ids["Wenna"], ids["Orrin"])


def test_this_is_x_then_my_boyfriend_is_still_a_partner(nlp):
    """Guard: the part given after the name may be the partner's own."""
    a, ids = _intro(nlp, "This is Orrin. My boyfriend.")
    assert "dating" in every_state(a, ids["Wenna"], ids["Orrin"])
