"""Relations, session 24 (romantic states): a break-up told with "we" to a listener is not a break-up with that
listener. Sentences are our own; upstream layers are built by hand. Each test fails on the code before its
change."""

from __future__ import annotations

from test_relations import build, states


def test_we_broke_up_told_to_a_friend_is_not_the_friend(nlp):
    text = ('Wanda works at the bakery. "Are you going to the party?" Wanda asked. '
            '"Why would I go? We broke up a year ago," Ilse said.')
    quotes = [('"Are you going to the party?"', "Wanda", "Ilse"),
              ('"Why would I go? We broke up a year ago,"', "Ilse", "Wanda")]
    a, ids = build(text, nlp, {"Wanda": "she", "Ilse": "she"}, quotes=quotes)
    assert "ex" not in states(a, ids["Wanda"], ids["Ilse"])
    assert "dating" not in states(a, ids["Wanda"], ids["Ilse"])


def test_babe_as_an_address_makes_no_couple(nlp):
    text = 'Wanda came in from the rain. "I\'m so sorry, babe," Wanda said. "It is fine," Ilse said.'
    quotes = [('"I\'m so sorry, babe,"', "Wanda", "Ilse"), ('"It is fine,"', "Ilse", "Wanda")]
    a, ids = build(text, nlp, {"Wanda": "she", "Ilse": "she"}, quotes=quotes)
    assert "dating" not in states(a, ids["Wanda"], ids["Ilse"])


def test_seeing_someone_as_hearsay_is_not_the_next_one_named(nlp):
    text = "Wanda's brother told her that Ilse was seeing someone. Wanda put the kettle on for Bruno."
    a, ids = build(text, nlp, {"Wanda": "she", "Ilse": "she", "Bruno": "he"})
    assert "dating" not in states(a, ids["Ilse"], ids["Bruno"])
    assert "dating" not in states(a, ids["Ilse"], ids["Wanda"])
    # said in the main clause, the one named next is still the partner
    text = "Ilse was seeing someone. Bruno picked her up from work every Friday."
    a, ids = build(text, nlp, {"Ilse": "she", "Bruno": "he"})
    assert "dating" in states(a, ids["Ilse"], ids["Bruno"])
