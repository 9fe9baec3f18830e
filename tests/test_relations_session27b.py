"""Relations, session 27 (romance arcs told over years): a title's counted noun is no part of a name; a pair
shown meeting and later marrying courted in between; a kiss someone comes upon. (The section-heading rules
of this round were dropped at review.) Texts are our own, with invented names."""

from __future__ import annotations


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


