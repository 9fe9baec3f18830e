"""Session 29 (a): turn-taking that goes out of step, with sentences written for the tests (invented names)."""

from __future__ import annotations

from fabula import analyze


def _quotes(text: str, nlp):
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    return [(q.text, names.get(q.speaker, q.speaker)) for q in a.quotes]


def _speaker_of(text: str, start: str, nlp) -> str | None:
    return next(s for t, s in _quotes(text, nlp) if t.strip('"').startswith(start))


SHED = ("Mirela carried the ladder into the shed. Jonas followed her with the paint.\n\n"
        "\"Put it by the window,\" said Mirela. \"Then hand me the brush.\"\n\n"
        "Jonas set the tin on the bench. Mirela climbed two rungs and ran a finger along the frame.\n\n"
        "\"The wood is soft here.\"\n\n"
        "\"Is that bad?\"\n\n"
        "\"It means rot.\"\n")


def test_the_last_speaker_acting_again_goes_on(nlp):
    # the other obeys, then the one who gave the order acts again: she goes on, and the turns follow
    assert _speaker_of(SHED, "The wood is soft", nlp) == "Mirela"
    assert _speaker_of(SHED, "Is that bad", nlp) == "Jonas"
    assert _speaker_of(SHED, "It means rot", nlp) == "Mirela"


CALLED = ("Mirela carried the ladder into the shed. Jonas followed her with the paint.\n\n"
          "\"Put it by the window,\" said Mirela. \"Then hand me the brush.\"\n\n"
          "Jonas set the tin on the bench. Mirela climbed two rungs and ran a finger along the frame.\n\n"
          "\"Mirela! Mind the top rung.\"\n")


def test_not_when_the_line_calls_that_speaker(nlp):
    # a line that opens by calling the one who acted is someone else's
    assert _speaker_of(CALLED, "Mirela! Mind", nlp) == "Jonas"
