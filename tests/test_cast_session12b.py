"""Session 12 (lead): italic thoughts are inner speech for the cast, and a possessive in a
participle phrase hanging on the subject's clause is the subject's own."""

from __future__ import annotations

from fabula.cast.quotes import QuoteMap
from fabula.ingest import from_text
from fabula.pipeline import analyze_story


def test_italic_thoughts_are_quoted_regions_for_the_cast():
    story = from_text("The door was open. *Of course he left it open,* Wenna thought. She went in.\n\n"
                      "Nothing else moved.", markdown=True)
    qmap = QuoteMap.from_story(story)
    assert qmap.inside(story.text.index("he left"))
    assert not qmap.inside(story.text.index("She went"))


def test_a_thought_about_someone_else_does_not_gender_the_thinker(nlp):
    # the "he" in each of her thoughts is the keeper, Ruan; Wenna's own pronoun is "her"
    text = ("The boat left Wenna on the jetty with her bag. Ruan had kept the light for years.\n\n"
            "The door at the top of the path was open. *Of course he left it open,* Wenna thought. "
            "*He never closed a door in his life.*\n\n"
            "Wenna climbed the stairs. *He will be in the lamp room,* Wenna thought. The room was empty.\n\n"
            "Ruan came up behind her. \"You came,\" Ruan said.")
    a = analyze_story(from_text(text, markdown=True), nlp=nlp, only=["cast"])
    genders = {c.name: c.gender for c in a.characters}
    assert genders.get("Wenna") != "he"


def test_a_possessive_in_a_participle_phrase_is_the_subjects_own(nlp):
    # "sitting cross-legged ... in his teeth": the "his" hangs on a participle of Oskel's clause
    text = ("Oskel was in the lamp room, sitting cross-legged on the floor with a screwdriver in his teeth.\n\n"
            "\"You came,\" Oskel said.")
    a = analyze_story(from_text(text), nlp=nlp, only=["cast"])
    oskel = next(c for c in a.characters if c.name == "Oskel")
    assert oskel.gender == "he"
