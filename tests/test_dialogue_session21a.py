"""Session 21 (dialogue): a quote that goes on after the tag of the quote before it keeps that
speaker only when the narration after it is no tag of its own: a gerund, or an action after a line
broken off with a dash. An action after a whole line ('"...," Brisco shrugged') is its own tag.

All texts are invented."""

import pytest

pytest.importorskip("spacy")

import fabula  # noqa: E402


def _speakers(text: str) -> dict[str, str | None]:
    an = fabula.analyze(text=text, only=["cast", "dialogue"])
    names = {c.id: c.name for c in an.characters}
    return {q.text: names.get(q.speaker) for q in an.quotes}


def test_an_action_after_a_whole_line_is_that_persons_tag():
    text = (
        "Quennell and Brisco sat on the harbour wall, splitting a bag of chips between them.\n\n"
        '"We could buy the boat," Quennell said. "Not with my money," Brisco shrugged.\n\n'
    )
    got = _speakers(text)
    line = next(k for k in got if "money" in k)
    assert got[line] == "Brisco", got
