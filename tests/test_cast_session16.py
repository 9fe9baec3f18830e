"""Session 16 cast: kin titles joined to the named person the text ties them to. A name called in a
quote and answered, in the next paragraph, by the kin-titled one; a full name introduced right after
a line that says "your nana" or "Tobiah's father"; "a quiet man" says what sort of person one is,
not a role. Every text here is invented."""

from __future__ import annotations

from cast_helpers import cast_names as _cast
from cast_helpers import who as _who


def test_a_name_called_and_answered_by_the_kin_titled_one(nlp):
    # "Ottilie" is called twice and Nana answers both times: Nana is Ottilie
    text = ("Nana sat by the window in the blue chair, with the cat on her knee. Nana was tired.\n\n"
            "Bertrand came in with the flowers and put them on the sill beside her.\n\n"
            "\"Many happy returns, Ottilie. You don't look a day over seventy.\"\n\n"
            "\"Charmer.\" Nana took his hand and held it.\n\n"
            "Later, after the cake, Bertrand came back with two cups of tea.\n\n"
            "\"Another slice, Ottilie?\"\n\n"
            "\"Go on, then,\" said Nana, and the cat jumped down.\n\n"
            "Nana laughed at the cat.")
    cast = _cast(text, nlp)
    assert _who(cast, "Nana") is not None
    assert _who(cast, "Nana") == _who(cast, "Ottilie")


def test_a_full_name_introduced_after_a_line_about_your_nana(nlp):
    # the paragraph before the new full name is a line of speech and its tag: "Your nana" is she
    text = ("Quill swept the floor of the shop while the ovens cooled. Nana had rung twice already, and Nana never rang twice.\n\n"
            "\"Nana wants the books,\" Quill said. \"Nana always wants the books on a Friday.\"\n\n"
            "Dov looked up from the till. \"Nana can wait an hour.\"\n\n"
            "\"Your nana's here,\" Dov said at six, in a voice that meant trouble.\n\n"
            "Ottoline Marr was ninety-two and had opened the shop with one oven and no money.\n\n"
            "Ottoline put her bag on the counter and looked at the two of them.")
    cast = _cast(text, nlp)
    assert _who(cast, "Nana") is not None
    assert _who(cast, "Nana") == _who(cast, "Ottoline Marr")


def test_a_sort_of_person_is_no_role_that_breaks_the_introduction(nlp):
    # "Tobiah's father" acts, then "Fenwick Oakes had been a quiet man": the man is Papa
    text = ("Tobiah stood in the yard with the letter. \"Papa would have laughed at this,\" he said.\n\n"
            "\"Papa laughed at everything,\" his sister said. \"Papa laughed at the bank.\"\n\n"
            "Tobiah's father had never laughed at the bank in his life. Fenwick Oakes had been a quiet man "
            "who paid every bill on the day it came.\n\n"
            "Tobiah folded the letter and put it away.")
    cast = _cast(text, nlp)
    assert _who(cast, "Papa") is not None
    assert _who(cast, "Papa") == _who(cast, "Fenwick Oakes")


HOLLIS = ("I took the early train home, because Mum had said lunch was at one and meant it.\n\n"
          "\"Wren,\" said Kasper at the barrier, \"you've got the wrong ticket again.\"\n\n"
          "\"Wren, your bag is open,\" Kasper said, and I zipped it up.\n\n"
          "Mum was at the door before we had knocked. Kasper held out his hand.\n\n"
          "\"Mrs Hollis, lovely to meet you at last. Wren's told me everything about you.\"\n\n"
          "Mum laughed and let us in, and I went to put the kettle on.")


def test_a_titled_call_that_speaks_of_the_narrator_is_to_someone_else(nlp):
    # "Mrs Hollis" is called in a line that speaks of Wren (the "I") by name: the one called is
    # someone the "I" is with, not the "I"
    from fabula.pipeline import analyze

    a = analyze(text=HOLLIS, nlp=nlp, only=["cast"])
    by_id = {c.id: c for c in a.characters}
    told = [by_id[s.character] for s in a.narrator if s.person == 1 and s.character in by_id]
    assert told and told[0].name == "Wren"
    assert "Mrs Hollis" not in told[0].aliases

