"""Relations, session 27 (romance arcs told over years): section headings that carry a number, a year, an
age or a time word start scenes, and sections labelled out of order are placed by their labels on story time;
a title's counted noun is no part of a name. Texts are our own, with invented names."""

from __future__ import annotations

from fabula.ingest.plain import classify_line
from fabula.structure.timeline import Placed, order_by_section_labels, section_label, story_order


def test_section_headings_are_headings():
    for line in ("1.", "+1.", "2019", "Twenty-one", "Seven", "YEAR TWO. CARDIFF.", "THE LOFT, WEEK THREE",
                 "NOVEMBER"):
        assert classify_line(line) == "heading", line
    assert classify_line("*") == "scene_break"
    for line in ("Seven.", "NO.", "THE FERRY WAS LATE", "SOMEWHERE NEAR DOVER."):
        assert classify_line(line) == "text", line


def test_section_labels():
    assert section_label("1998") == ("year", 1998.0)
    assert section_label("YEAR 6. HULL.") == ("year-n", 6.0)
    assert section_label("THE ATTIC. WEEK 9.") == ("week-n", 9.0)
    assert section_label("Twenty-six") == ("number", 26.0)
    assert section_label("THE KITCHEN") is None


def test_sections_told_out_of_order_follow_their_labels():
    scenes = [{"boundary": "start", "label": None}, {"boundary": "heading", "label": "YEAR FOUR. HULL."},
              {"boundary": "transition", "label": None}, {"boundary": "heading", "label": "YEAR ONE. YORK."},
              {"boundary": "heading", "label": "YEAR THREE. BATH."}]
    placed = [Placed(t, False) for t in (0.0, 0.5, 0.51, 1.0, 1.5)]
    ranks = story_order(order_by_section_labels(scenes, placed))
    assert ranks[3] < ranks[4] < ranks[1] < ranks[2]
    in_order = [{"boundary": "heading", "label": "2001"}, {"boundary": "heading", "label": "2004"}]
    same = [Placed(0.0, False), Placed(0.5, False)]
    assert order_by_section_labels(in_order, same) is same


def test_a_titles_counted_noun_is_no_name(nlp):
    from fabula.cast.names import _not_name_lead

    doc = nlp("Five Times Orsolya Said No")
    assert _not_name_lead(doc, 1)


def test_a_pair_shown_meeting_and_later_marrying_courted_between(nlp):
    from test_relations import build

    text = ("Ottoline met Bramwell at a dance in the spring of that year. He trod on her feet twice. "
            "Two years later Ottoline married Bramwell in the chapel by the quay.")
    a, ids = build(text, nlp, {"Ottoline": "she", "Bramwell": "he"},
                   scenes=[("Ottoline met", 0), ("Two years later", 1)])
    got = [s.state for r in a.relationships if {r.source, r.target} == {ids["Ottoline"], ids["Bramwell"]}
           for s in r.states]
    assert "dating" in got and "married" in got


def test_a_wedding_alone_tells_no_courtship(nlp):
    from test_relations import build

    text = "Ottoline married Bramwell in the chapel by the quay. The bells rang all afternoon."
    a, ids = build(text, nlp, {"Ottoline": "she", "Bramwell": "he"})
    got = [s.state for r in a.relationships if {r.source, r.target} == {ids["Ottoline"], ids["Bramwell"]}
           for s in r.states]
    assert "married" in got and "dating" not in got


def test_a_name_in_capitals_heads_its_narrators_part():
    from fabula.ingest.plain import pov_header_name, read_plain

    src = ("ODILE\n\nI waited by the gate with Bastien. He said nothing, and neither did I. Then Bastien laughed.\n\n"
           "BASTIEN\n\nI had not meant to laugh. I walked home with Odile anyway, and told Odile so.\n\n"
           "NOW\n\nNow it is winter.\n")
    kinds = [p.kind for p in read_plain(src).paragraphs]
    assert kinds == ["pov_header", "text", "pov_header", "text", "text", "text"]
    assert pov_header_name("RUAIRÍ") == "Ruairí"


def test_a_kiss_someone_comes_upon(nlp):
    from test_relations import build

    cast = {"Orla": "she", "Tobiah": "he", "Wystan": "he"}
    text = ("In the spring Orla went out to the yard and found Tobiah and Wystan on the bench, kissing as though "
            "nobody could see.")
    a, ids = build(text, nlp, cast)
    assert [e.type for e in a.events if set(e.participants) == {ids["Tobiah"], ids["Wystan"]}] == ["first_kiss"]
    text = "Orla opened the door and found Tobiah and Wystan kissing by the fridge."
    a, ids = build(text, nlp, cast)
    assert "first_kiss" in [e.type for e in a.events if set(e.participants) == {ids["Tobiah"], ids["Wystan"]}]
    assert not [e for e in a.events if ids["Orla"] in e.participants]


def test_datelines_head_sections_and_order_them():
    for line in ("Margate, 4th June 1941", "Spring 1983", "August 1999", "Dundee, 2009", "1961, again"):
        assert classify_line(line) == "heading", line
    assert classify_line("In 1975 we moved.") == "text"
    assert section_label("Margate, 4th June 1941")[1] < section_label("Margate, 20th October 1941")[1] \
        < section_label("August 1942")[1]
