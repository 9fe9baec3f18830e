"""Session 12 (lead, after review): a walk to a spot in the room is not leaving the scene, and
"Her name's X" is someone else's name, not a self-introduction."""

from __future__ import annotations

from dialogue_helpers import rule_speakers


def _rule_speakers(text: str, nlp) -> dict[str, str | None]:
    return rule_speakers(text, nlp)


def test_walking_to_the_window_does_not_leave_the_scene(nlp):
    text = ("Marit and Oswin were alone in the kitchen after the guests had gone.\n\n"
            '"You could have warned me," said Marit.\n\n'
            '"I did warn you," said Oswin.\n\n'
            "Oswin walked to the window and looked out at the rain.\n\n"
            '"Not properly."\n\n'
            '"As properly as I could."\n\n')
    got = _rule_speakers(text, nlp)
    assert got["Not properly."] == "Marit"
    assert got["As properly as I could."] == "Oswin"


def test_her_name_is_not_a_self_introduction(nlp):
    text = ("Marit and Oswin stood at the door of the workshop, watching the woman under the van.\n\n"
            '"Who is that?" asked Marit.\n\n'
            '"That\'s the new mechanic. Her name\'s Tove."\n\n'
            '"Tove," Marit repeated. Tove rolled out from under the van and waved.\n\n')
    got = _rule_speakers(text, nlp)
    assert got["That's the new mechanic. Her name's Tove."] != "Tove"


def test_went_on_but_not_went_onto_says_the_speech_goes_on():
    from types import SimpleNamespace

    from fabula.dialogue.attribute import _continuing_cue

    def cue(text: str, verb: str):
        a = text.index(verb)
        return _continuing_cue(SimpleNamespace(text=text), SimpleNamespace(cue=(a, a + len(verb)), cue_lemma="go"))

    assert cue('"And then," he went on, "the rain."', "went")
    assert not cue('"And then," he went onto the porch.', "went")
    assert not cue('"And then," he went only as far as the gate.', "went")


def test_a_he_tag_with_no_man_named_before_is_the_man_named_next(nlp):
    # no man is named before the tag: "he" is the one the narration names after the talk
    text = ("Marit found a yellow umbrella on her doormat and carried it across the landing to number 9. "
            "The door opened a crack.\n\n"
            '"That\'s my niece\'s umbrella," he said. "She leaves it everywhere."\n\n'
            '"Everywhere?" asked Marit.\n\n'
            "Ptolemy took the umbrella and wiped his floury hands on his apron. He thanked her twice. "
            "Ptolemy, it turned out, baked bread at night.")
    got = _rule_speakers(text, nlp)
    assert next(v for k, v in got.items() if "niece" in k) == "Ptolemy"
