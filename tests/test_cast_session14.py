"""Session 14 cast: a "Mrs." is not made a man by an apposition the parser hangs on her name after
"of", nor by any stated gender against her title; things among things; a married title after
"Mrs. <first> X"; a narrator's titled surname; a surname and an initial; a kept possessive."""

from __future__ import annotations

from cast_helpers import cast_names, tellers, who
from fabula import analyze
from fabula.cast import coref
from fabula.cast.quotes import QuoteMap

COUSIN = ("Dora was fond of the cousin of Mrs. Ivo Marsh, a quiet and pleasant young man, who came "
          "to the farm that spring.")


COUSIN_CONTROL = ("Dora was fond of Ivo Marsh, a quiet and pleasant young man, who came to the farm that "
                  "spring.")


def _marsh_tokens(doc) -> dict[int, str]:
    return {t.i: "c1" for t in doc if t.text in ("Mrs.", "Ivo", "Marsh")}


def test_an_apposition_after_of_is_not_the_titled_womans(nlp):
    # the young man is the cousin; the parse may hang him on the name that ends the "of" phrase
    doc = nlp(COUSIN)
    assert coref.stated_genders(doc, _marsh_tokens(doc), QuoteMap()).get("c1") != "he"
    # the control: an apposition on a name that ends no "of" phrase still tells its gender, so the
    # check above is not passed by a stated_genders that finds nothing
    doc = nlp(COUSIN_CONTROL)
    assert coref.stated_genders(doc, _marsh_tokens(doc), QuoteMap()).get("c1") == "he"


def test_a_stated_gender_against_the_title_does_not_count(nlp, monkeypatch):
    doc = nlp(COUSIN)
    monkeypatch.setattr(coref, "stated_genders", lambda *a, **k: {"c1": "he"})
    got = coref.infer_genders(doc, _marsh_tokens(doc), QuoteMap(), {"c1": "she"})
    assert got.get("c1") == "she"  # before: 5 votes "he" against the title's 3, no gender at all


OWNED = ("Tamsin Rook ran the kitchen at the harbour. Her brother Olek Rook owned Quillery and two other cafes "
         "along the front, and he was never there.\n\nQuillery sold cake. Tamsin walked past Quillery every morning. "
         "\"It's shut,\" said Olek Rook.\n\nQuillery opened at nine.")


def test_a_name_among_other_things_of_its_kind_is_no_character(nlp):
    # "owned X and two other cafes": X is a cafe
    names = {c.name for c in analyze(text=OWNED, nlp=nlp, only=["cast"]).characters}
    assert "Quillery" not in names
    assert {"Tamsin Rook", "Olek Rook"} <= names


FEUD = ("The feud between Saltery and Quillery was older than the two cooks. Olek Rook owned Quillery and two "
        "other cafes along the front.\n\n"
        "Saltery would drown the fish in cream, Olek Rook said. Saltery had the better view. Tamsin Rook "
        "cooked for Saltery and hated it.\n\n"
        "\"Go home,\" said Tamsin Rook.")


def test_a_name_coordinated_with_a_thing_is_a_thing(nlp):
    # Quillery is a cafe by the text's word; Saltery, only ever listed beside it and never a speaker,
    # is one too
    names = {c.name for c in analyze(text=FEUD, nlp=nlp, only=["cast"]).characters}
    assert "Saltery" not in names
    assert {"Tamsin Rook", "Olek Rook"} <= names


ORME = ("Mrs. Basil Orme gave a dinner on the first Monday of the month. Mr. Basil Orme was at his club, "
        "as he always was.\n\n"
        "Mrs. Orme sat by the fire. \"It never stops raining,\" said Mrs. Orme, and Hetty agreed.\n\n"
        "Mr. Basil Orme came home late. Mrs. Orme did not ask where he had been.")


def test_mrs_surname_is_the_one_wife_named_by_his_name(nlp):
    # "Mrs. Basil Orme" introduces her; "Mrs. Orme" after is the same woman, not her husband
    cast = cast_names(ORME, nlp)
    assert who(cast, "Mrs. Orme") is not None
    assert who(cast, "Mrs. Orme") == who(cast, "Mrs. Basil Orme")
    assert who(cast, "Mrs. Orme") != who(cast, "Mr. Basil Orme")


BRIDE = ("Mrs. Orme sat by the fire. \"It never stops raining,\" said Mrs. Orme to Hetty.\n\n"
         "Mr. Basil Orme was her only son, and he came home late. Mrs. Orme did not ask where he had been.\n\n"
         "In the spring he married, and Mrs. Basil Orme took the front bedroom. Mr. Basil Orme was happy.")


def test_guard_a_sons_bride_met_late_is_not_his_mother(nlp):
    # a guard for the test above (it passes on the start code too): the join needs "Mrs. Basil Orme"
    # first; without that order this bride, met after "Mrs. Orme" all along, would be his mother
    cast = cast_names(BRIDE, nlp)
    assert who(cast, "Mrs. Orme") is not None and who(cast, "Mrs. Basil Orme") is not None
    assert who(cast, "Mrs. Orme") != who(cast, "Mrs. Basil Orme")


DOWRICK = ("I took the early bus into town, because the clock shop on Tanner Lane shuts at noon on a Saturday.\n\n"
           "\"Ansel,\" said Priya from behind the counter, \"you're late again.\"\n\n"
           "\"Ansel, your tools are on the back bench,\" Priya said, and I went to fetch them.\n\n"
           "After lunch Jory came in out of the rain. \"Ansel! You look half drowned,\" she told me.\n\n"
           "A small girl stood at the counter with a carriage clock in her arms. At last she said, "
           "\"Can you mend it, Mr Dowrick? It stopped when Gran died.\"\n\n"
           "I said I would try. The spring was broken, and I fitted a new one before the bus home.")


def test_a_titled_surname_called_to_a_named_narrator_is_the_narrator(nlp):
    a = analyze(text=DOWRICK, nlp=nlp, only=["cast"])
    by_id = {c.id: c for c in a.characters}
    told = [by_id[s.character] for s in a.narrator if s.person == 1 and s.character in by_id]
    assert told and told[0].name == "Ansel"
    assert "Mr Dowrick" in told[0].aliases
    assert not any(c.name == "Mr Dowrick" for c in a.characters)


DOWRICK_TWO = ("\n\nChapter Two\n\nThe girl came back a week later with her mother. \"Is it ready, Mr Dowrick?\" "
               "she asked.\n\nI wound the clock and set it on the counter, and it ticked.\n\n"
               "\"Mr Dowrick, you're a marvel,\" said her mother, and I went red.")


def test_a_later_chapter_told_by_the_titled_surname_is_the_narrators(nlp):
    # the second chapter's "I" is only ever called "Mr Dowrick": when that character folds into
    # Ansel, the chapter is Ansel's too (before: KeyError on the removed character's id)
    assert tellers("Chapter One\n\n" + DOWRICK + DOWRICK_TWO, nlp) == {"Ansel"}


ROTA = ("The rowing rota was pinned to the boathouse door: Avery, Corran L., Corran W., Dunmore, Hale. "
        "Linnet Corran rowed at stroke and said nothing from one end of the river to the other. Her cousin "
        "Wilf Corran sat in the bow and talked without stopping.\n\n"
        "\"Linnet's asleep,\" said Wilf Corran, and Linnet Corran splashed him with her oar.")


def test_a_surname_and_an_initial_join_the_one_first_name_it_begins(nlp):
    cast = cast_names(ROTA, nlp)
    assert who(cast, "Corran L.") is not None
    assert who(cast, "Corran L.") == who(cast, "Linnet Corran")
    assert who(cast, "Corran W.") == who(cast, "Wilf Corran")
    assert who(cast, "Linnet Corran") != who(cast, "Wilf Corran")


VISITOR = ("Jack R. had signed the book at the gate, as he did every Thursday, and walked up to the ward.\n\n"
           "\"You again,\" said Nurse Ada Quint. \"Your mother's asleep, Jack.\"\n\n"
           "Jack sat by the bed anyway. \"I'll wait,\" Jack said.")


def test_a_first_name_and_an_initial_is_no_surname_and_initial(nlp):
    # "Jack R." is a first name and an initial (no full name ends in "Jack"): it stays with "Jack"
    cast = cast_names(VISITOR, nlp)
    assert who(cast, "Jack") is not None
    assert who(cast, "Jack R.") == who(cast, "Jack")


def test_a_possessive_the_tokenizer_kept_on_a_name_is_the_same_name(nlp):
    text = ("Mrs. Quennell gave the best dinners in the town. Everyone dined at Mrs. Quennell's--in fact, "
            "nobody dined anywhere else. \"More soup?\" said Mrs. Quennell.\n\nMrs. Quennell smiled at Tom Hay.")
    a = analyze(text=text, nlp=nlp, only=["cast"])
    assert [c.name for c in a.characters].count("Mrs. Quennell") == 1
