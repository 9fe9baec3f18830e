"""Session 26 review fixes."""

from relations_helpers import every_state
from test_relations import build


def test_an_imminent_time_in_another_clause_leaves_a_wedding_plan_a_plan(nlp):
    """'this morning' belongs to the telling, not to the wedding: the couple is engaged, not married."""
    text = "I told my sister this morning that Odile and I are getting married in June."
    a, ids = build(text, nlp, {"Vesna": "she", "Odile": "she"}, narrator="Vesna")
    states = every_state(a, ids["Vesna"], ids["Odile"])
    assert "engaged" in states
    assert "married" not in states


def test_a_wedding_within_the_hour_is_still_the_day_itself(nlp):
    """Guard: the time inside the marrying clause still makes it the wedding day, not a plan."""
    text = "Odile and I are getting married in an hour, and my hands will not stop shaking."
    a, ids = build(text, nlp, {"Vesna": "she", "Odile": "she"}, narrator="Vesna")
    assert "engaged" not in every_state(a, ids["Vesna"], ids["Odile"])
