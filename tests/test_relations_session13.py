"""Relations, session 13: mechanisms from writers S and T's misses and false states that any writer's
story triggers. Sentences are our own, with invented names; upstream layers are built by hand (``build``
from test_relations). Each case fails on the session-start code (186c5c2)."""

from __future__ import annotations

import re

from fabula import ingest
from fabula import nlp as nlp_mod
from fabula.model import Analysis, Character, Mention, Quote
from fabula.pipeline import Context
from relations_helpers import every_state
from test_relations import build, run_mine

# ---- moving in is a couple only with a person who is no kin ------------------------------------------

def test_moved_in_with_luggage_or_with_kin_is_no_couple(nlp):
    cast = {"Wren": "she", "Odile": "she", "Bastien": "he"}
    a, ids = build("Wren moved in with three crates of records. Odile carried the heaviest one.", nlp, cast)
    assert "dating" not in every_state(a, ids["Wren"], ids["Odile"])
    line = '"Odile, come and help with the crates," Bastien called up the stairs.'
    text = f"Wren moved in on a wet Sunday with three crates of records. {line}"
    a, ids = build(text, nlp, cast, narrator="Odile", quotes=[(line[:line.index(",") + 1], "Bastien", "Odile")])
    assert "dating" not in every_state(a, ids["Wren"], ids["Bastien"])
    a, ids = build("Wren moved back in with her father. Bastien carried the crates.", nlp, cast)
    assert "dating" not in every_state(a, ids["Wren"], ids["Bastien"])
    # with a person named, still a couple
    a, ids = build("In the spring Wren moved in with Bastien.", nlp, cast)
    assert "dating" in every_state(a, ids["Wren"], ids["Bastien"])


# ---- a part acted is no tie -------------------------------------------------------------------------

def test_cast_as_sisters_is_no_kin(nlp):
    cast = {"Marguerite": "she", "Ysolde": "she"}
    text = "Marguerite and Ysolde had once been cast as sisters in a dreadful film about lighthouses."
    a, ids = build(text, nlp, cast)
    assert "sibling" not in every_state(a, ids["Marguerite"], ids["Ysolde"])
    # told as a fact, sisters they are
    a, ids = build("Marguerite and Ysolde had grown up as sisters on the farm.", nlp, cast)
    assert "sibling" in every_state(a, ids["Marguerite"], ids["Ysolde"])


def test_a_kin_noun_in_the_play_is_a_part(nlp):
    cast = {"Tamsin": "she", "Orla": "she"}
    line = '"You are my aunt in the play, nothing more."'
    quotes = [(line, "Tamsin", "Orla")]
    a, ids = build(f"Tamsin faced Orla across the green room. {line}", nlp, cast, quotes=quotes)
    assert "aunt_or_uncle" not in every_state(a, ids["Tamsin"], ids["Orla"])
    line = '"You are my aunt, nothing more."'
    quotes = [(line, "Tamsin", "Orla")]
    a, ids = build(f"Tamsin faced Orla across the green room. {line}", nlp, cast, quotes=quotes)
    assert "aunt_or_uncle" in every_state(a, ids["Tamsin"], ids["Orla"])


# ---- a possessive runs on from the subject pronoun of a clause that governs it ----------------------

def test_her_follows_the_governing_subject_the_cast_linked(nlp):
    from test_relations_session10 import build_linked

    cast = {"Maelle": "she", "Ysolt": "she", "Bram": "he"}
    text = ("Maelle ran the night desk at the depot. The vans came in late all winter, the scanners froze, "
            "and the drivers argued about the rota in the yard until the sky went grey over the ring road and "
            "the first buses started. She heard Ysolt laugh in the canteen. At home she complained about it so "
            "much that her cousin Bram started doing an impression of the whole canteen.")
    links = [("She", 0, "Maelle"), ("she", 0, "Maelle"), ("her", 0, "Maelle")]
    a, ids = build_linked(text, nlp, cast, links)
    assert "cousin" in every_state(a, ids["Maelle"], ids["Bram"])
    assert "cousin" not in every_state(a, ids["Ysolt"], ids["Bram"])
    # a "her" the cast linked to someone no governing subject is: the nearest woman named, as before
    links = [("She", 0, "Maelle"), ("her", 0, "Maelle")]
    text2 = text.replace("At home she complained about it so much that her cousin",
                         "At home the complaints went on so long that her cousin")
    a, ids = build_linked(text2, nlp, cast, links)
    assert "cousin" in every_state(a, ids["Ysolt"], ids["Bram"])


# ---- a group chat is a circle of friends --------------------------------------------------------------

def _chat(text: str, nlp, cast: dict[str, str], lines: list[tuple[str, str]]):
    """``build`` with chat lines (sender, text) as written quotes to everyone else in the chat."""
    story = ingest.from_text(text)
    doc = nlp_mod.parse(story, nlp)
    t = story.text
    a = Analysis.for_story(story)
    ids = {name: f"c{i}" for i, name in enumerate(cast)}
    for name, gender in cast.items():
        ms = [Mention(span=(m.start(), m.end()), text=name) for m in re.finditer(rf"\b{re.escape(name)}\b", t)]
        a.characters.append(Character(id=ids[name], name=name, gender=gender, mentions=ms))
    pos = 0
    for i, (who, line) in enumerate(lines):
        s = t.index(line, pos)
        pos = s + len(line)
        a.quotes.append(Quote(id=f"q{i}", spans=[(s, pos)], text=line, speaker=ids[who], kind="written",
                              addressees=[ids[x] for x in sorted({w for w, _ in lines}) if x != who]))
    return run_mine(Context(story=story, doc=doc), a), ids


CHAT = [("Ottilie", "who took the last of the milk"), ("Ferdie", "not guilty, ask Wynn"),
        ("Wynn", "it was the cat"), ("Ottilie", "we do not have a cat")]


def test_a_group_chat_of_three_is_friends(nlp):
    cast = {"Ottilie": "she", "Ferdie": "he", "Wynn": "she"}
    text = "The house chat had been busy all morning.\n\n" + "\n".join(f"{w}: {s}" for w, s in CHAT) + \
        "\n\nNobody bought any milk."
    a, ids = _chat(text, nlp, cast, CHAT)
    assert "friends" in every_state(a, ids["Ferdie"], ids["Wynn"])
    assert "friends" in every_state(a, ids["Ottilie"], ids["Wynn"])


def test_a_work_chat_or_two_private_chats_is_no_friendship(nlp):
    cast = {"Ottilie": "she", "Ferdie": "he", "Wynn": "she"}
    # one of them is the others' boss: a crew's chat
    text = "Wynn was the boss of Ferdie at the depot.\n\n" + "\n".join(f"{w}: {s}" for w, s in CHAT) + \
        "\n\nNobody bought any milk."
    a, ids = _chat(text, nlp, cast, CHAT)
    assert "friends" not in every_state(a, ids["Ottilie"], ids["Ferdie"])
    # two private chats with narration between them: no group
    one = [("Ottilie", "who took the last of the milk"), ("Ferdie", "not guilty, ask the others")]
    two = [("Wynn", "are you coming to the market"), ("Ottilie", "yes, at ten")]
    text = ("The phone buzzed twice before breakfast.\n\n" + "\n".join(f"{w}: {s}" for w, s in one) +
            "\n\nShe put the kettle on and waited for the toast, and then the phone buzzed again.\n\n" +
            "\n".join(f"{w}: {s}" for w, s in two))
    a, ids = _chat(text, nlp, cast, one + two)
    assert "friends" not in every_state(a, ids["Ferdie"], ids["Wynn"])


# ---- "the divorce" with no couple just before it: the one married couple of whoever it is about --------

def test_the_divorce_is_of_the_one_couple_its_sentence_is_about(nlp):
    cast = {"Ilse": "she", "Teodor": "he", "Bram": "he"}
    later = " Ilse had married Teodor in a registry office in Leeds, with Bram as the only witness."
    text = "Ilse had not been back to the coast since the divorce. The gulls were louder than she remembered." + later
    a, ids = build(text, nlp, cast)
    assert "ex" in every_state(a, ids["Ilse"], ids["Teodor"])
    # the sentence is about someone in no told marriage: no guess
    text = "Bram had not been back to the coast since the divorce. The gulls were louder than he remembered." + later
    a, ids = build(text, nlp, cast)
    assert "ex" not in every_state(a, ids["Ilse"], ids["Teodor"])


# ---- review: a divorce whose partners the sentence names is theirs, not the loose "the divorce" ------------

def test_the_divorce_with_a_named_partner_is_that_couples(nlp):
    cast = {"Ilse": "she", "Teodor": "he", "Bram": "he"}
    a, ids = build("Ilse got the house in the divorce with Teodor, and Bram got the dog.", nlp, cast)
    assert "ex" in every_state(a, ids["Ilse"], ids["Teodor"])


# ---- review: each group chat is its own circle ---------------------------------------------------------------

def test_two_group_chats_are_two_circles(nlp):
    cast = {"Ottilie": "she", "Ferdie": "he", "Wynn": "she", "Casimir": "he", "Perpetua": "she", "Ludo": "he"}
    two = [("Casimir", "the van is booked for six"), ("Perpetua", "who has the keys"),
           ("Ludo", "the keys are on the hook"), ("Casimir", "then we are fine")]
    between = "\n\nLater that evening, on the other phone, the second thread started up again as usual.\n\n"
    chats = "\n".join(f"{w}: {s}" for w, s in CHAT) + between + "\n".join(f"{w}: {s}" for w, s in two)
    a, ids = _chat("The phones had been busy all day.\n\n" + chats + "\n\nNobody bought any milk.", nlp, cast, CHAT + two)
    # members of two separate chats are no circle; each chat is one
    assert "friends" not in every_state(a, ids["Ferdie"], ids["Ludo"])
    assert "friends" not in every_state(a, ids["Wynn"], ids["Casimir"])
    assert "friends" in every_state(a, ids["Ferdie"], ids["Wynn"])
    assert "friends" in every_state(a, ids["Ludo"], ids["Perpetua"])
    # a work chat spoils only itself
    text = "Casimir was the boss of Perpetua at the depot.\n\n" + chats + "\n\nNobody bought any milk."
    a, ids = _chat(text, nlp, cast, CHAT + two)
    assert "friends" in every_state(a, ids["Ferdie"], ids["Wynn"])
    assert "friends" not in every_state(a, ids["Ludo"], ids["Perpetua"])
