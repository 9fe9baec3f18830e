"""Relations, session 28 review: probes of three session 28 rules that reached too far. Sentences are our own,
with invented names; upstream layers are built by hand (``build``/``build_with_links``). Each test fails on
s28-integ 551ea09 (before the review fixes); the positive tests of the rules are in
test_relations_session28b.py and test_relations_session28c.py."""

from __future__ import annotations

from relations_helpers import build_with_links, every_state
from test_relations import build


def test_a_customer_named_after_her_boss_is_no_boss(nlp):
    # "Ola, a customer" has a role of her own: she is not the boss the sentence before spoke of
    cast = {"Petra": "she", "Ola": "she"}
    text = "Petra waited outside the shop. Her boss was late again. Ola, a customer, arrived first and knocked on the glass."
    a, ids = build_with_links(text, nlp, cast, links=[("Her", 0, "Petra")])
    assert "boss" not in every_state(a, ids["Ola"], ids["Petra"])


def test_one_named_next_doing_nothing_of_the_role_is_no_boss(nlp):
    cast = {"Petra": "she", "Ola": "she"}
    text = "Petra waited outside the shop. Her boss was late again. Ola arrived first and knocked on the glass."
    a, ids = build_with_links(text, nlp, cast, links=[("Her", 0, "Petra")])
    assert "boss" not in every_state(a, ids["Ola"], ids["Petra"])


def test_called_her_mum_from_the_station_is_a_phone_call(nlp):
    text = "Ada missed the last bus home. She called her Mum from the station and waited in the rain."
    a, ids = build(text, nlp, {"Ada": "she", "Mum": "she"})
    assert "parent" in every_state(a, ids["Mum"], ids["Ada"])


def _grandpa(nlp, told: str):
    text = (f"Ada and Ben were {told}. They spent every August at the farm.\n\n"
            "\"Grandpa says we can ride the tractor,\" Ada said.\n\n"
            "\"Grandpa promised me first,\" Ben said. Grandpa laughed at them both.")
    cast = {"Ada": "she", "Ben": "he", "Grandpa": "he"}
    quotes = [("Grandpa says we can ride the tractor,", "Ada", "Ben"),
              ("Grandpa promised me first,", "Ben", "Ada")]
    return build(text, nlp, cast, quotes=quotes)


def test_a_grandpa_said_by_two_cousins_is_both_ones_grandfather(nlp):
    a, ids = _grandpa(nlp, "cousins")
    assert "grandparent" in every_state(a, ids["Grandpa"], ids["Ada"])
    assert "grandparent" in every_state(a, ids["Grandpa"], ids["Ben"])


def test_her_apprentice_described_in_the_next_sentence_is_hers(nlp):  # (a guard: a copula describing him)
    cast = {"Petra": "she", "Bertrand": "he", "Ivo Lamm": "he"}
    text = "Bertrand locked the gate. Petra's apprentice was sweeping the yard. Ivo Lamm was seventeen and careful."
    a, ids = build_with_links(text, nlp, cast, links=[("apprentice", 0, "Bertrand")])
    assert "teacher" in every_state(a, ids["Petra"], ids["Ivo Lamm"])
    assert "teacher" not in every_state(a, ids["Petra"], ids["Bertrand"])


def test_her_agent_named_doing_the_same_act_is_hers(nlp):  # (a guard: the act told again of the name)
    cast = {"Petra": "she", "Bertrand": "he", "Ivo Lamm": "he"}
    text = "Bertrand read the menu. Petra's agent was haggling with the waiter. Ivo Lamm haggled with everyone."
    a, ids = build_with_links(text, nlp, cast, links=[("agent", 0, "Bertrand")])
    assert "agent" in every_state(a, ids["Ivo Lamm"], ids["Petra"])
    assert "agent" not in every_state(a, ids["Bertrand"], ids["Petra"])
