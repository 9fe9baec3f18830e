"""Session 22, fan fiction: present-tense dash-dialogue tags, each with a story written for the test
(invented names)."""

from __future__ import annotations

from dialogue_helpers import segments


def _dash_quotes(text: str) -> list[str]:
    t, segs = segments(text)
    return [t[s.start:s.end].strip() for s in segs]


def test_present_tense_dash_tag_with_an_object_or_a_breath_verb_ends_the_speech():
    # '— ..., Eudora tells her.' (a present tag ending on its object) and '— ..., Wystan breathes.'
    # (a verb of breath) are tags: the speech stops there and goes on after the tag's sentence
    text = ("The fog lay on the estuary and nobody had spoken for a while.\n\n"
            "\u2014 Keep the torch low, Eudora tells her. Herons spook at anything.\n\n"
            "\u2014 How low?\n\n"
            "\u2014 Lower than that, Wystan breathes. Look, by the reeds.\n\n"
            "\u2014 Oh, Eudora hisses. Oh, there it is.\n\n")
    quotes = _dash_quotes(text)
    assert "Keep the torch low," in quotes
    assert "Herons spook at anything." in quotes
    assert "Lower than that," in quotes
    assert "Look, by the reeds." in quotes
    assert "Oh, there it is." in quotes
    # the speaker's own words shaped like a tag, with more after the object, stay one speech
    assert _dash_quotes("A note.\n\n\u2014 Wait, Eudora tells her sister everything.\n\n\u2014 Fine.\n\n")[0] \
        == "Wait, Eudora tells her sister everything."
