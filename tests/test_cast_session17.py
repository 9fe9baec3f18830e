"""Session 17, cast: a month is no part of the name after it ("In March Tibor asked"), and a bare
job title joins the one person the text gives it to. Every text here is invented."""

from __future__ import annotations

from cast_helpers import cast_names as _cast
from cast_helpers import who as _who


def test_a_month_after_in_or_through_is_no_part_of_the_name(nlp):
    text = ("Orla Venn ran the ferry office on the quay, and Tibor Kask kept its books. Orla liked him. "
            "Tibor liked numbers.\n\n"
            "\"You're late,\" Orla said.\n\n"
            "\"The tide is late,\" Tibor said.\n\n"
            "In March Tibor asked her to dinner. All through June Orla said no, and by late August Tibor "
            "had stopped asking. Orla missed it.")
    cast = _cast(text, nlp)
    assert _who(cast, "June Orla") is None
    assert _who(cast, "March Tibor") is None
    assert _who(cast, "Orla") is not None


def test_a_bare_title_joins_the_one_introduced_with_that_job(nlp):
    text = ("The kitchen at the Gull opened at six. Ottilie Brandvold had been head chef there for nine years, "
            "and she ran the pass like a ship.\n\n"
            "\"Table four is waiting,\" Ottilie said.\n\n"
            "\"Two minutes, Chef,\" Casimir said. He had worked the grill since spring.\n\n"
            "Chef tasted the sauce and frowned. Casimir wiped the plate again.\n\n"
            "Later, when the others had gone, Chef poured two glasses of wine and gave one to Casimir.")
    cast = _cast(text, nlp)
    assert _who(cast, "Chef") == _who(cast, "Ottilie")
    assert _who(cast, "Casimir") != _who(cast, "Ottilie")


def test_a_bare_title_joins_the_one_who_does_that_job(nlp):
    text = ("Wendell Okoro had coached the under-twelves since the club began. He was loud and fair, and the "
            "girls adored him.\n\n"
            "\"Again,\" Coach said. \"From the halfway line.\"\n\n"
            "Marisa ran it again. Her knees hurt.\n\n"
            "\"Better,\" said Coach. Marisa grinned at him.")
    cast = _cast(text, nlp)
    assert _who(cast, "Coach") == _who(cast, "Wendell Okoro")


def test_a_bare_title_stays_apart_without_a_clue(nlp):
    # "a chef" is a job, not this kitchen's Chef; the nearest name is no evidence
    text = ("Ottilie Brandvold was a chef too, once, in another town. Now she waited tables at the Gull.\n\n"
            "\"Two minutes,\" Chef said. Ottilie carried the plates out.\n\n"
            "Chef tasted the sauce and frowned. \"Again,\" Chef said to Casimir.")
    cast = _cast(text, nlp)
    assert _who(cast, "Chef") is not None
    assert _who(cast, "Chef") != _who(cast, "Ottilie")



def test_a_month_that_is_also_someones_name_is_kept(nlp):
    from fabula.cast import names

    named = nlp("Long after May Tolliver had gone to bed, Tibor sat up. \"Late again,\" May said. He looked at May.")
    timed = nlp("In March Tibor left. All through June Orla waited, and on 3 May she sailed.")
    assert names._month_names(named) == {"May"}  # "after May Tolliver" keeps the month in the name
    assert names._month_names(timed) == set()
