"""Session 29 (a): turn-taking that goes out of step, with sentences written for the tests (invented names)."""

from __future__ import annotations

from fabula import analyze


def _quotes(text: str, nlp):
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    return [(q.text, names.get(q.speaker, q.speaker)) for q in a.quotes]


def _speaker_of(text: str, start: str, nlp) -> str | None:
    return next(s for t, s in _quotes(text, nlp) if t.strip('"').startswith(start))


SHED = ("Mirela carried the ladder into the shed. Radek followed her with the paint.\n\n"
        "\"Put it by the window,\" said Mirela. \"Then hand me the brush.\"\n\n"
        "Radek set the tin on the bench. Mirela climbed two rungs and ran a finger along the frame.\n\n"
        "\"The wood is soft here.\"\n\n"
        "\"Is that bad?\"\n\n"
        "\"It means rot.\"\n")


def test_the_last_speaker_acting_again_goes_on(nlp):
    # the other obeys, then the one who gave the order acts again: she goes on, and the turns follow
    assert _speaker_of(SHED, "The wood is soft", nlp) == "Mirela"
    assert _speaker_of(SHED, "Is that bad", nlp) == "Radek"
    assert _speaker_of(SHED, "It means rot", nlp) == "Mirela"


CALLED = ("Mirela carried the ladder into the shed. Radek followed her with the paint.\n\n"
          "\"Put it by the window,\" said Mirela. \"Then hand me the brush.\"\n\n"
          "Radek set the tin on the bench. Mirela climbed two rungs and ran a finger along the frame.\n\n"
          "\"Mirela! Mind the top rung.\"\n")


def test_not_when_the_line_calls_that_speaker(nlp):
    # a line that opens by calling the one who acted is someone else's
    assert _speaker_of(CALLED, "Mirela! Mind", nlp) == "Radek"


QUEUE = ("The waiting room was full. Ilsa sat down beside Lubomir, who had a crossword.\n\n"
         "\"Long wait?\" Lubomir asked.\n\n"
         "\"Since eight.\"\n\n"
         "Her phone buzzed twice.\n\n"
         "**Brantley:** any news\n\n"
         "**Ilsa:** not yet\n\n"
         "**Brantley:** bring milk after\n\n"
         "\"Your husband?\"\n\n"
         "\"My brother.\"\n")


def test_the_talk_in_the_room_goes_on_past_a_run_of_messages(nlp):
    # the messages read on a phone are no turns of the spoken exchange: turn-taking hands the line after them
    # to the one who asked before them, not to a texter (the rules' pick, before the ranker)
    from dialogue_helpers import dialogue_rules

    an, at, utts = dialogue_rules(QUEUE, nlp)
    names = {c.id: c.name for c in an.characters}
    said = {at.text[u.start : u.end].strip('"'): names.get(u.speaker, u.speaker) for u in utts}
    assert said["Your husband?"] == "Lubomir"
    assert said["My brother."] != "Brantley"


MEETING = ("Pirkko had the bench by the bandstand to herself. Coralie took the far end of it, a "
           "bag of bread on her knee.\n\n"
           "\"You've got the look of someone waiting.\"\n\n"
           "\"Is it that obvious?\"\n\n"
           "\"I've waited on this bench for thirty years.\" She offers her hand. \"Coralie.\"\n\n"
           "\"Pirkko.\"\n\n"
           "\"Well, Pirkko, have some bread.\"\n\n"
           "Coralie tore a crust in half, and Pirkko threw it to the nearest duck.\n")


def test_a_bare_name_said_while_holding_out_a_hand_is_her_own(nlp):
    # a bare name said while offering a hand is no call: it is the one who offers it introducing herself,
    # and the bare name in answer is the other's own
    from dialogue_helpers import dialogue_rules

    an, at, utts = dialogue_rules(MEETING, nlp)
    names = {c.id: c.name for c in an.characters}
    said = {at.text[u.start : u.end].strip('"'): names.get(u.speaker, u.speaker) for u in utts}
    assert said["Coralie."] == "Coralie"
    assert said["Pirkko."] == "Pirkko"


HAMMER = ("Mirela stood on the stepladder by the gate.\n\n"
          "\"Pass me the hammer,\" said Mirela.\n\n"
          "\"This one?\"\n\n"
          "\"The small one.\"\n\n"
          "Radek handed it up. Mirela tapped the nail twice.\n\n"
          "\"It's bent.\"\n")


def test_the_last_speaker_by_turn_acting_again_after_the_other(nlp):
    # the line before got its speaker by turn-taking: she goes on only because the other acts first
    from dialogue_helpers import dialogue_rules

    an, at, utts = dialogue_rules(HAMMER, nlp)
    names = {c.id: c.name for c in an.characters}
    said = {at.text[u.start : u.end].strip('"'): names.get(u.speaker, u.speaker) for u in utts}
    assert said["The small one."] == "Mirela"
    assert said["It's bent."] == "Mirela"


LOCK = ("Radek brought a broken padlock to the workbench.\n\n"
        "\"Can you fix this?\" he asked.\n\n"
        "\"Give it here,\" said Mirela.\n\n"
        "He dropped it into her palm. She turned it over under the lamp. The hinges were rusted through.\n\n"
        "\"This is older than the shed.\"\n")


def test_a_sentence_about_a_thing_is_passed_over(nlp):
    # the last sentence is about the thing she holds: the one who acted before it goes on
    from dialogue_helpers import dialogue_rules

    an, at, utts = dialogue_rules(LOCK, nlp)
    names = {c.id: c.name for c in an.characters}
    said = {at.text[u.start : u.end].strip('"'): names.get(u.speaker, u.speaker) for u in utts}
    assert said["This is older than the shed."] == "Mirela"
