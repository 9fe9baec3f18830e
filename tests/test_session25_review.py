"""Session 25 review fixes: whole-word step/foster triggers, a bare "Sorry," needs a capitalised name."""

import re

from fabula.relations.cues import CueFinder
from fabula.relations.timeline import _not_by_blood


def test_step_and_foster_ties_match_whole_words_only():
    assert _not_by_blood("stepmother")
    assert _not_by_blood("step-father")
    assert _not_by_blood("raised by")
    assert _not_by_blood("her foster son")
    # an owner's name that merely begins like those words is a blood tie
    assert not _not_by_blood("Stephen mother")
    assert not _not_by_blood("Raisa father")
    assert not _not_by_blood("Fosterling aunt")


def test_bare_sorry_needs_a_name_not_any_word():
    apology = re.compile(CueFinder.APOLOGY, re.I)
    assert apology.search('Sorry, Torvald.')
    assert apology.search('Sorry.')
    assert not apology.search('Sorry, mate.')
    assert not apology.search('Sorry, no.')


def test_a_sound_alike_name_of_the_other_sex_calls_nobody(nlp):
    from fabula import analyze
    text = ("Lea sat on the bottom stair with a mug. Cosmo and Rhona carried the mirror past her.\n\n"
            '"Watch the corner," said Rhona.\n\n'
            '"Somebody has to decide about the piano, Leo," said Cosmo.')
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    q = next(q for q in a.quotes if "piano" in q.text)
    assert "Lea" not in [names.get(x) for x in q.addressees]
