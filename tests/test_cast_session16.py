"""Session 16 cast: kin titles joined to the named person the text ties them to. A name called in a
quote and answered, in the next paragraph, by the kin-titled one; a full name introduced right after
a line that says "your grandad" or after "Corvin's mother" (when Corvin says "Mam" himself); "a
careful woman" says what sort of person one is, not a role; a titled surname called in a line that
names the "I" is someone else's, one that asks after "your son" is still the "I"'s. Every text here
is invented."""

from __future__ import annotations

from cast_helpers import cast_names as _cast
from cast_helpers import who as _who


def test_a_name_called_and_answered_by_the_kin_titled_one(nlp):
    # "Marisol" is called twice and Gran answers both times: Gran is Marisol
    text = ("Gran kept the allotment shed tidier than her own kitchen. Gran was out there most mornings.\n\n"
            "Oswin leaned on the gate with a sack of seed potatoes and watched her dig.\n\n"
            "\"Your tea's gone cold, Marisol. Shall I fetch you another?\"\n\n"
            "\"Let it.\" Gran set the cup down on the bench.\n\n"
            "By noon Oswin had dug two rows himself and came back to the gate.\n\n"
            "\"Enough for one day, Marisol?\"\n\n"
            "\"Not nearly,\" said Gran, and she picked up the fork again.\n\n"
            "Gran worked on until the light went.")
    cast = _cast(text, nlp)
    assert _who(cast, "Gran") is not None
    assert _who(cast, "Gran") == _who(cast, "Marisol")


def test_a_full_name_introduced_after_a_line_about_your_grandad(nlp):
    # the paragraph before the new full name is a line of speech and its tag: "Your grandad" is he
    text = ("The boathouse smelled of varnish and wet rope. Ilse and Marek had sanded hulls since dawn, "
            "and Grandad was due at noon.\n\n"
            "\"Grandad hates the new blue,\" Marek said. \"Grandad hates anything new.\"\n\n"
            "Ilse shrugged and kept sanding. \"Grandad can lump it.\"\n\n"
            "\"Your grandad's on the slipway,\" Ilse said an hour later, without looking up from the ledger.\n\n"
            "Crispin Vale was eighty and had built the first boat in that shed with two hands and no money.\n\n"
            "Crispin took off the cap and walked slowly round the blue hull.")
    cast = _cast(text, nlp)
    assert _who(cast, "Grandad") is not None
    assert _who(cast, "Grandad") == _who(cast, "Crispin Vale")


def test_a_sort_of_person_is_no_role_that_breaks_the_introduction(nlp):
    # Corvin says "Mam"; "Corvin's mother" acts, then "Isaura Penhallow had been a careful woman":
    # the woman is Mam
    text = ("The solicitor read the will out twice, because Corvin asked him to.\n\n"
            "\"Mam kept every receipt,\" Corvin said. \"Mam would have checked every sum herself.\"\n\n"
            "Corvin's mother had never once trusted a solicitor. Isaura Penhallow had been a careful woman "
            "who wrote down the price of every loaf.\n\n"
            "Corvin signed where the solicitor pointed and went out into the rain.")
    cast = _cast(text, nlp)
    assert _who(cast, "Mam") is not None
    assert _who(cast, "Mam") == _who(cast, "Isaura Penhallow")


def test_someone_elses_father_is_not_the_story_s_papa(nlp):
    # "Bram's father" acts and "Ansgar Hoek" is introduced, but Bram never says "Papa": Liesl's Papa
    # is not that man
    text = ("\"Papa wants the cart loaded by six,\" Liesl said. \"Papa hates waiting.\"\n\n"
            "The neighbours came over to help with the sacks, and Bram carried the heaviest ones.\n\n"
            "Bram's father had brought his own ropes. Ansgar Hoek was a broad man who said very little.\n\n"
            "Liesl thanked them both and went to find Papa in the barn.")
    cast = _cast(text, nlp)
    assert _who(cast, "Ansgar Hoek") is not None
    assert _who(cast, "Papa") != _who(cast, "Ansgar Hoek")


QUENBY = ("I took Soren home to meet my father on a wet Sunday, because Soren had asked three times.\n\n"
          "\"Idris,\" said Soren in the car, \"stop fiddling with the radio.\"\n\n"
          "\"Idris, he'll like me,\" Soren said, and I wished I believed it.\n\n"
          "Dad opened the door in his gardening coat. Soren held out a bunch of tulips.\n\n"
          "\"Dr Quenby, so glad to meet you at last. Idris never stops talking about you.\"\n\n"
          "Dad took the tulips and went to find a vase, and I hung up the coats.")


def test_a_titled_call_that_speaks_of_the_narrator_is_to_someone_else(nlp):
    # "Dr Quenby" is called in a line that speaks of Idris (the "I") by name: the one called is
    # someone the "I" is with, not the "I"
    from fabula.pipeline import analyze

    a = analyze(text=QUENBY, nlp=nlp, only=["cast"])
    by_id = {c.id: c for c in a.characters}
    told = [by_id[s.character] for s in a.narrator if s.person == 1 and s.character in by_id]
    assert told and told[0].name == "Idris"
    assert "Dr Quenby" not in told[0].aliases


QUARRIE = ("I had the shop open by seven, the way I have for thirty years.\n\n"
           "\"Anselm,\" said Bettany from the back, \"the van's here with the boxes.\"\n\n"
           "\"Anselm, you've left the till open,\" Bettany said, and I shut it.\n\n"
           "Mrs Ulloa came in for her paper at eight, as she always does. Bettany went to the back.\n\n"
           "\"Morning, Mr Quarrie. Your son home yet?\"\n\n"
           "\"Friday,\" I said. \"He rang last night.\"\n\n"
           "She paid and went, and I put the kettle on.")


def test_a_titled_call_that_asks_after_your_son_is_still_the_narrator(nlp):
    # "Mr Quarrie" is called in a line that asks after "your son": the "I" is that son's father, and
    # the titled surname is still his own
    from fabula.pipeline import analyze

    a = analyze(text=QUARRIE, nlp=nlp, only=["cast"])
    by_id = {c.id: c for c in a.characters}
    told = [by_id[s.character] for s in a.narrator if s.person == 1 and s.character in by_id]
    assert told and told[0].name == "Anselm"
    assert "Mr Quarrie" in told[0].aliases
