"""Relations, session 26 (professional ties in workplace stories): two people who work for the same boss and
talk with each other are colleagues; a group chat the narration names as work's is a circle of colleagues.
Sentences are our own; upstream layers are built by hand. Each test fails on the code before its change."""

from __future__ import annotations

from test_relations import build


def states(a, x: str, y: str) -> list[str]:
    return [s.state for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states]


# ---- two of one boss's staff -----------------------------------------------------------------------------

STAFF_TEXT = ("Mrs. Marchbank hired Osgood in May. Mrs. Marchbank hired Thessaly in June. "
              "\"Have you seen the new rota?\" Osgood asked Thessaly. \"It is on the board,\" Thessaly said. ")
STAFF_QUOTES = [("Have you seen the new rota?", "Osgood", "Thessaly"), ("It is on the board,", "Thessaly", "Osgood")]
STAFF_GENDERS = {"Mrs. Marchbank": "she", "Osgood": "he", "Thessaly": "she"}


def test_two_staff_of_one_boss_who_talk_are_colleagues(nlp):
    a, ids = build(STAFF_TEXT, nlp, STAFF_GENDERS, quotes=STAFF_QUOTES)
    assert "boss" in states(a, ids["Mrs. Marchbank"], ids["Osgood"])
    assert "boss" in states(a, ids["Mrs. Marchbank"], ids["Thessaly"])
    assert "colleagues" in states(a, ids["Osgood"], ids["Thessaly"])


def test_staff_who_never_talk_or_are_kin_are_not_made_colleagues(nlp):
    text = STAFF_TEXT.split("\"")[0]
    a, ids = build(text, nlp, STAFF_GENDERS, quotes=[])
    assert "colleagues" not in states(a, ids["Osgood"], ids["Thessaly"])
    text = STAFF_TEXT.replace("hired Thessaly", "hired his sister Thessaly")
    a, ids = build(text, nlp, STAFF_GENDERS, quotes=STAFF_QUOTES)
    assert "colleagues" not in states(a, ids["Osgood"], ids["Thessaly"])


# ---- a work chat -----------------------------------------------------------------------------------------

def test_a_chat_named_as_the_teams_is_colleagues(nlp):
    from test_relations_session13 import CHAT, _chat, every_state

    cast = {"Ottilie": "she", "Ferdie": "he", "Wynn": "she"}
    text = "Then there was the shift chat, where nobody was ever off duty.\n\n" + \
        "\n".join(f"{w}: {s}" for w, s in CHAT) + "\n\nNobody bought any milk."
    a, ids = _chat(text, nlp, cast, CHAT)
    assert "colleagues" in every_state(a, ids["Ferdie"], ids["Wynn"])
    assert "friends" not in every_state(a, ids["Ferdie"], ids["Wynn"])
    # a chat named otherwise stays a circle of friends
    text = text.replace("the shift chat", "the house chat")
    a, ids = _chat(text, nlp, cast, CHAT)
    assert "colleagues" not in every_state(a, ids["Ferdie"], ids["Wynn"])
    assert "friends" in every_state(a, ids["Ferdie"], ids["Wynn"])


# ---- a shared room is no one's staff ---------------------------------------------------------------------

def test_in_our_kitchen_is_no_staff(nlp):
    text = ("Whenever I get back from the depot, Anselm is in our kitchen again, frying onions. "
            "Perpetua had run the depot for a decade.")
    a, ids = build(text, nlp, {"Wilhelmina": "she", "Anselm": "he", "Perpetua": "she"}, narrator="Wilhelmina")
    assert "boss" not in states(a, ids["Wilhelmina"], ids["Anselm"])
    # one person's workplace still is ("was on her staff")
    text = "Perpetua edited the gazette. Anselm was on her staff until the strike."
    a, ids = build(text, nlp, {"Anselm": "he", "Perpetua": "she"})
    assert "boss" in states(a, ids["Perpetua"], ids["Anselm"])
