"""Relations, session 13, second round: cue families every writer uses (colleagues, friends, bosses,
romance by conduct). Sentences are our own, with invented names; upstream layers are built by hand
(``build`` from test_relations). Each positive case fails on the round-start code (4cda358)."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build
from test_relations_session13 import CHAT, _chat

# ---- two who started at one workplace at one time are colleagues --------------------------------------

def test_started_the_same_week_are_colleagues(nlp):
    cast = {"Ottilie": "she", "Bram": "he", "Casimir": "he"}
    a, ids = build("Ottilie and Bram started here the same week, both of them terrified of the matron.", nlp, cast)
    assert "colleagues" in every_state(a, ids["Ottilie"], ids["Bram"])
    a, ids = build("Bram had joined the bakery the same month as Ottilie, and they got on at once.", nlp, cast)
    assert "colleagues" in every_state(a, ids["Ottilie"], ids["Bram"])
    a, ids = build("Bram and Ottilie started at the depot the same winter, both of them cold and broke.", nlp, cast)
    assert "colleagues" in every_state(a, ids["Ottilie"], ids["Bram"])
    text = "Long ago, when the war was young in the north, Casimir Holt and Bram Vey had come aboard on the same day."
    a, ids = build(text, nlp, cast)
    assert "colleagues" in every_state(a, ids["Casimir"], ids["Bram"])


def test_started_school_the_same_week_is_no_job(nlp):
    cast = {"Ottilie": "she", "Bram": "he"}
    a, ids = build("Ottilie and Bram started school the same week and hated it equally.", nlp, cast)
    assert "colleagues" not in every_state(a, ids["Ottilie"], ids["Bram"])
    a, ids = build("Ottilie and Bram came home the same day.", nlp, cast)
    assert "colleagues" not in every_state(a, ids["Ottilie"], ids["Bram"])


# ---- a home shared by a household told in one sentence --------------------------------------------------

def test_a_household_listed_in_one_sentence_are_roommates(nlp):
    cast = {"Ansel": "he", "Perpetua": "she", "Ludo": "he"}
    text = "There were three of us in the flat on Quarry Lane: me, Perpetua, and Ludo, who paid the least rent."
    a, ids = build(text, nlp, cast, narrator="Ansel")
    assert "roommates" in every_state(a, ids["Perpetua"], ids["Ludo"])
    assert "roommates" in every_state(a, ids["Ansel"], ids["Ludo"])
    text = "Perpetua and I had been sharing a house on Mill Road since March, along with a boy called Ludo."
    a, ids = build(text, nlp, cast, narrator="Ansel")
    assert "roommates" in every_state(a, ids["Perpetua"], ids["Ludo"])
    text = "I'd lived at 4C for two years by then, with Perpetua, who kept bees, and Ludo, who kept nothing."
    a, ids = build(text, nlp, cast, narrator="Ansel")
    assert "roommates" in every_state(a, ids["Ansel"], ids["Ludo"])


def test_flatmates_in_a_group_chat_are_friends_as_well(nlp):
    cast = {"Ottilie": "she", "Ferdie": "he", "Wynn": "she"}
    text = ("There were three of us in the flat on Kiln Street: Ottilie, Ferdie and Wynn.\n\n" +
            "\n".join(f"{w}: {s}" for w, s in CHAT) + "\n\nNobody bought any milk.")
    a, ids = _chat(text, nlp, cast, CHAT)
    assert {"roommates", "friends"} <= every_state(a, ids["Ferdie"], ids["Wynn"])


def test_a_home_shared_in_the_future_is_no_household(nlp):
    cast = {"Perpetua": "she", "Ludo": "he"}
    a, ids = build("Next year Perpetua and Ludo will share a flat near the docks.", nlp, cast)
    assert "roommates" not in every_state(a, ids["Perpetua"], ids["Ludo"])
    a, ids = build("Perpetua and Ludo never shared a house again.", nlp, cast)
    assert "roommates" not in every_state(a, ids["Perpetua"], ids["Ludo"])


# ---- a post held since before the narrator came -------------------------------------------------------

def test_a_post_held_since_before_i_came(nlp):
    cast = {"Hollis": "she", "Marit": "she", "Jovan": "he"}
    text = "Marit Vell has been charge nurse on Ward Six since before I qualified, and she scares everyone."
    a, ids = build(text, nlp, cast, narrator="Hollis")
    assert "boss" in every_state(a, ids["Marit"], ids["Hollis"])
    text = "Jovan has run the bakery on Fore Street since before I was born, and he still burns his thumbs."
    a, ids = build(text, nlp, cast, narrator="Hollis")
    assert "boss" in every_state(a, ids["Jovan"], ids["Hollis"])
    text = "Jovan has been the Herald's photographer since before I joined, and he misses nothing."
    a, ids = build(text, nlp, cast, narrator="Hollis")
    assert "colleagues" in every_state(a, ids["Jovan"], ids["Hollis"])


def test_a_feeling_or_kin_since_before_i_is_no_post(nlp):
    cast = {"Hollis": "she", "Marit": "she"}
    text = "Marit has hated the sea since before I was born, and she says so often."
    a, ids = build(text, nlp, cast, narrator="Hollis")
    assert not every_state(a, ids["Marit"], ids["Hollis"]) & {"boss", "colleagues"}
    text = "Marit has been my aunt since before I was born, obviously."
    a, ids = build(text, nlp, cast, narrator="Hollis")
    assert not every_state(a, ids["Marit"], ids["Hollis"]) & {"boss", "colleagues"}


def test_a_post_since_before_i_by_any_workplace_or_thing_run(nlp):
    # (review: no story's own words) a thing run is headed; a job done for a named body is a post there
    cast = {"Hollis": "she", "Bertil": "he", "Radu": "he"}
    text = "Bertil has run the ferries at Kessock since before I was born, and he still checks every rope."
    a, ids = build(text, nlp, cast, narrator="Hollis")
    assert "boss" in every_state(a, ids["Bertil"], ids["Hollis"])
    text = "Radu has sold tickets for the Lyric since before I came, and he knows every regular."
    a, ids = build(text, nlp, cast, narrator="Hollis")
    assert "colleagues" in every_state(a, ids["Radu"], ids["Hollis"])
    # a pastime is no post
    for text in ("Bertil has kept bees since before I was born, and he still gets stung.",
                 "Bertil has run marathons since before I was born."):
        a, ids = build(text, nlp, cast, narrator="Hollis")
        assert not every_state(a, ids["Bertil"], ids["Hollis"]) & {"boss", "colleagues"}


# ---- an agent told by the verb --------------------------------------------------------------------------

def test_represented_or_signed_is_an_agent(nlp):
    cast = {"Greer": "she", "Tobias": "he"}
    text = "Greer Alcott had represented Tobias since his first novel, and she still read every page."
    a, ids = build(text, nlp, cast)
    assert "agent" in every_state(a, ids["Greer"], ids["Tobias"])
    a, ids = build("Tobias sent the manuscript in January. Greer signed him in May.", nlp, cast)
    assert "agent" in every_state(a, ids["Greer"], ids["Tobias"])


def test_signed_papers_or_signed_off_is_no_agent(nlp):
    cast = {"Greer": "she", "Tobias": "he"}
    a, ids = build("Greer signed the lease and Tobias signed it too.", nlp, cast)
    assert "agent" not in every_state(a, ids["Greer"], ids["Tobias"])
    # a person signed off (sick, from work) is no client
    a, ids = build("Greer signed Tobias off sick for a fortnight.", nlp, cast)
    assert "agent" not in every_state(a, ids["Greer"], ids["Tobias"])
