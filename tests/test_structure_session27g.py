"""Session 27g: section marks alone on their line head the parts of a story told over years, and
sections labelled out of order follow their labels on story time (invented examples)."""

import pytest

from fabula.ingest.plain import classify_line, read_plain
from fabula.structure.timeline import Placed, order_by_section_labels


@pytest.mark.parametrize("line", ["1.", "2", "+1.", "II.", "1999", "Summer 2004", "YEAR 6. THE FLAT.",
                                  "WEEK TWO", "DAY 3", "THE BARN, WEEK ELEVEN"])
def test_section_marks_are_headings(line):
    assert classify_line(line, sections=True) == "heading"


@pytest.mark.parametrize("line", ["CLOSED FOR THE DAY", "OPEN EVERY DAY", "HAPPY NEW YEAR", "I MAY", "ACT NOW",
                                  "THE SEASON", "SALE ENDS MAY 3", "Yes, 2015.", "Well, 1999", "Twenty", "Ten",
                                  "Last", "Final", "Three", "DAY ONE!", "CIVIL", "LIVID", "I"])
def test_signs_shouts_and_spoken_numbers_are_not_headings(line):
    assert classify_line(line, sections=True) == "text"


def test_section_marks_only_in_text_pasted_one_paragraph_per_line():
    assert classify_line("1999") == "text"  # the default, as for hard-wrapped books and HTML
    wrapped = ("Yarrow walked home along the long grey road by the water that evening, and she did\n"
               "not look back at the house where the lamps were still burning in the windows.\n\n"
               "XII\n\n"
               "Tobin found the key under the stone by the gate where it had always been kept, and\n"
               "he let himself in without a word to anyone who might have been waiting inside.\n\n"
               "1999\n\n"
               "The rain came on before midnight and kept on until the grey morning, so that\n"
               "the road by the water was a river of its own by the time the carts went out.\n")
    assert [p.kind for p in read_plain(wrapped).paragraphs] == ["text"] * 5
    pasted = "YEAR 4\nYarrow packed the car.\nYEAR 1\nYarrow met Tobin at the bus stop.\n"
    assert [p.kind for p in read_plain(pasted).paragraphs] == ["heading", "text", "heading", "text"]


def test_a_single_mark_is_no_series():
    text = "Quenby sorted the post by the window.\n1987\nThey had met at a wedding in the rain.\n"
    assert [p.kind for p in read_plain(text).paragraphs] == ["text"] * 3


def _ranks(labels, times):
    out = order_by_section_labels(labels, [Placed(t, False) for t in times])
    return sorted(range(len(out)), key=lambda i: (out[i].time, i))


def test_sections_out_of_order_follow_labels_first_label_read():
    # the first section's label counts: it is year 6, told before years 2 and 4
    assert _ranks(["YEAR 6", "YEAR 2", None, "YEAR 4"], [0.0, 0.5, 0.51, 1.0]) == [1, 2, 3, 0]
    assert _ranks(["2010", "2004", "2012"], [0.0, 0.5, 1.0]) == [1, 0, 2]


def test_in_order_single_and_countdown_labels_left_alone():
    assert _ranks(["2010", "2011"], [0.0, 0.5]) == [0, 1]
    assert _ranks(["YEAR 6", None], [0.0, 0.5]) == [0, 1]
    assert _ranks(["3.", "2.", "1."], [0.0, 0.5, 1.0]) == [0, 1, 2]  # a countdown
    assert _ranks(["DAY THREE", "DAY TWO", "DAY ONE"], [0.0, 0.5, 1.0]) == [0, 1, 2]
    assert _ranks(["Three", "Two", "One"], [0.0, 0.5, 1.0]) == [0, 1, 2]


def test_story_scenes_follow_year_labels():
    from fabula.pipeline import analyze

    text = ("2012\nYarrow and Tobin signed the lease on the flat.\n"
            "2003\nYarrow met Tobin on the first day of school.\n"
            "2015\nYarrow and Tobin moved to the coast.\n")
    a = analyze(text=text)
    assert [e.story_index for e in sorted(a.timeline, key=lambda e: e.discourse_index)] == [1, 0, 2]
