"""Relations, session 27 (ties in sport and clubs): a side's captain is the boss, and its coach the teacher,
of the players they deal with. Sentences are our own, with invented names; upstream layers are built by
hand. Each test fails on the code before its change."""

from __future__ import annotations

from test_relations import build


def states(a, x: str, y: str) -> list[str]:
    return [s.state for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states]


def holders(a, x: str, y: str, state: str) -> list[str | None]:
    return [s.holder for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states
            if s.state == state]


# ---- the captain or the coach of a side ------------------------------------------------------------------

CAST = {"Odile Marsh": "she", "Piet Roos": "he", "Wilf": "he", "Greta": "she", "Hedwig": "she"}
TALK = ("\"You bowl from the river end,\" Odile said to Wilf. \"Fine,\" said Wilf. "
        "\"Feet first, then the arm,\" Piet told Greta. ")
QUOTES = [("You bowl from the river end,", "Odile Marsh", "Wilf"), ("Fine,", "Wilf", "Odile Marsh"),
          ("Feet first, then the arm,", "Piet Roos", "Greta")]


def test_the_captain_named_by_a_copula_heads_the_players_they_talk_with(nlp):
    text = "The captain that summer was Odile Marsh. The coach of the juniors was a big man called Piet Roos. " + TALK
    a, ids = build(text, nlp, CAST, quotes=QUOTES)
    assert holders(a, ids["Odile Marsh"], ids["Wilf"], "boss") == [ids["Odile Marsh"]]
    assert holders(a, ids["Piet Roos"], ids["Greta"], "teacher") == [ids["Piet Roos"]]
    # without the title nobody heads anyone
    text = "Odile Marsh liked the summer. Piet Roos was a big man. " + TALK
    a, ids = build(text, nlp, CAST, quotes=QUOTES)
    assert "boss" not in states(a, ids["Odile Marsh"], ids["Wilf"])
    assert "teacher" not in states(a, ids["Piet Roos"], ids["Greta"])


def test_a_verb_of_heading_a_side_and_the_passive(nlp):
    text = "Piet Roos had coached the Otters for nine years. The first team was captained by Odile Marsh. " + TALK
    a, ids = build(text, nlp, CAST, quotes=QUOTES)
    assert "boss" in states(a, ids["Odile Marsh"], ids["Wilf"])
    assert "teacher" in states(a, ids["Piet Roos"], ids["Greta"])


def test_a_captain_puts_a_player_in_the_side(nlp):
    text = "The captain was Odile Marsh. Odile Marsh put Hedwig at full back and moved Greta up front."
    a, ids = build(text, nlp, CAST, quotes=[])
    assert "boss" in states(a, ids["Odile Marsh"], ids["Hedwig"])
    assert "boss" in states(a, ids["Odile Marsh"], ids["Greta"])


def test_she_captains_us(nlp):
    text = ("I throw darts on Thursdays at the Swan. The landlady is Odile Marsh, and on Thursdays she "
            "captains us.")
    a, ids = build(text, nlp, {"Odile Marsh": "she", "Wilf": "he"}, narrator="Wilf")
    assert holders(a, ids["Odile Marsh"], ids["Wilf"], "boss") == [ids["Odile Marsh"]]


def test_a_captaincy_handed_over_heads_from_then_on(nlp):
    text = ("\"Watch the seam,\" Piet said to Wilf. \"Sorry,\" said Wilf. Years went by. "
            "In the end the club handed the captaincy to Wilf. \"Bat at three,\" Wilf said to Greta.")
    quotes = [("Watch the seam,", "Piet Roos", "Wilf"), ("Sorry,", "Wilf", "Piet Roos"),
              ("Bat at three,", "Wilf", "Greta")]
    a, ids = build(text, nlp, {"Piet Roos": "he", "Wilf": "he", "Greta": "she"}, quotes=quotes)
    assert holders(a, ids["Wilf"], ids["Greta"], "boss") == [ids["Wilf"]]
    assert "boss" not in states(a, ids["Wilf"], ids["Piet Roos"])  # (talk before the handover)


def test_a_side_but_no_boat_or_kin(nlp):
    text = "Piet Roos had captained the second eleven for years. " + TALK
    a, ids = build(text, nlp, CAST, quotes=QUOTES)
    assert "boss" in states(a, ids["Piet Roos"], ids["Greta"])
    text = "Piet Roos had captained the ferry for years. " + TALK
    a, ids = build(text, nlp, CAST, quotes=QUOTES)
    assert "boss" not in states(a, ids["Piet Roos"], ids["Greta"])
    text = "The captain was Odile Marsh. Wilf was her brother. " + TALK
    a, ids = build(text, nlp, CAST, quotes=QUOTES)
    assert "boss" not in states(a, ids["Odile Marsh"], ids["Wilf"])


# ---- injuries told the way sport tells them --------------------------------------------------------------

INJ_CAST = {"Tilda": "she", "Osric": "he", "Vesna": "she", "Brack": "he"}


def injured(text: str, nlp) -> list[str]:
    a, ids = build(text, nlp, INJ_CAST)
    inv = {v: k for k, v in ids.items()}
    return [inv[p] for e in a.events if e.type == "injury" for p in e.participants]


def test_an_ankle_that_went_with_a_crunch(nlp):
    assert injured("Vesna landed awkwardly and felt her ankle go with a crunch.", nlp) == ["Vesna"]
    assert injured("Something in Osric's elbow went with a click.", nlp) == ["Osric"]
    assert injured("Osric slipped on the jetty and threw his arm out. The elbow went in three places.", nlp) == ["Osric"]
    assert injured("Vesna heard her name go round the hall.", nlp) == []


def test_torn_and_broken_parts(nlp):
    assert injured("Tilda tore her hamstring in the semi.", nlp) == ["Tilda"]
    assert injured("Tilda tore something in her calf at practice.", nlp) == ["Tilda"]
    assert injured("Osric hurt his back in the cup final.", nlp) == ["Osric"]
    assert injured("Brack's bouncer reared up and broke a finger on Osric's left hand.", nlp) == ["Osric"]
    assert injured("Tilda tore her letter in half.", nlp) == []


def test_driven_to_the_a_and_e(nlp):
    assert injured("Brack drove Osric to A and E.", nlp) == ["Osric"]


def test_a_coach_who_took_someone_on_took_a_pupil(nlp):
    cast = {"Osric": "he", "Tilda": "she", "Brack": "he", "Vesna": "she"}
    text = "At the wall the head coach was a wiry man called Osric. He had taken Tilda on in her third year."
    a, ids = build(text, nlp, cast)
    assert holders(a, ids["Osric"], ids["Tilda"], "teacher") == [ids["Osric"]]
    assert "boss" not in states(a, ids["Osric"], ids["Tilda"])
    a, ids = build("Brack had taken Vesna on to sweep the yard.", nlp, cast)
    assert holders(a, ids["Brack"], ids["Vesna"], "boss") == [ids["Brack"]]
