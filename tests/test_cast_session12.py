"""Session 12 cast: ships, firms and places that take an article or qualify a noun are not people;
a place after another phrase's noun ("the ferry to X"); titled surnames and titled short names
that join the one titled full name."""

from __future__ import annotations

from cast_helpers import cast_names as _cast
from cast_helpers import who as _who
from fabula import analyze


def test_a_name_that_takes_an_article_is_a_ship_not_a_person(nlp):
    # "the old *Corwenna*", "The Corwenna was": a vessel, though the NER may call it a person
    text = ("Tomos Pritchard kept his boat at the end of the quay. He had bought the old *Corwenna* "
            "from a man in Aberporth the year his daughter was born.\n\n"
            "The *Corwenna* was always the last boat in. Tomos said she was slow because she was careful, "
            "and his daughter Elin said she was slow because she was old.\n\n"
            "Elin laughed at him, and Tomos laughed too, and in the morning the *Corwenna* went out again.")
    cast = _cast(text, nlp)
    assert _who(cast, "Corwenna") is None
    assert _who(cast, "Tomos Pritchard") is not None


def test_a_name_that_qualifies_a_noun_is_not_a_person(nlp):
    # "the Brackley case", "the Brackley file": a case named for a place or a client, not a character
    text = ("Odette Vance had been a solicitor for eleven years when Mr. Ferris called her in. "
            "\"You're with me on the Brackley case,\" he said.\n\n"
            "Odette took the Brackley file home that night and read it twice. Ferris rang at nine. "
            "\"Well?\" he said.\n\n\"It's a mess,\" said Odette.")
    cast = _cast(text, nlp)
    assert _who(cast, "Brackley") is None
    assert _who(cast, "Odette Vance") is not None


def test_a_name_after_the_noun_of_another_phrase_is_a_place(nlp):
    # "asked her on the slow train to X": X is where the train went, not whom he asked
    text = ("Ansel and Brygida Thorne kept the chemist's shop for twenty-six years. He asked her to marry him "
            "on the slow train to Quarrendon, somewhere between two stations, with a ring out of a cracker.")
    cast = _cast(text, nlp)
    assert _who(cast, "Quarrendon") is None
    assert _who(cast, "Brygida Thorne") is not None


def test_a_titled_surname_is_the_one_full_name_with_that_title(nlp):
    # "Lady Quennell" beside "Lady Perpetua Quennell", "Sister Obi" beside "Sister Adaeze Obi"
    text = ("Lady Perpetua Quennell had opened a great many letters in her life. Lady Quennell opened this "
            "one at breakfast and put it down again.\n\n"
            "\"Is it bad news, my lady?\" asked Dorcas.\n\n"
            "\"It is from my sister,\" said Lady Quennell. \"So it is always bad news.\"\n\n"
            "At the hospital, Sister Adaeze Obi ran the night ward. Sister Obi signed the book at seven "
            "and went home, and Sister Obi came back at seven the next evening.")
    cast = _cast(text, nlp)
    assert _who(cast, "Lady Quennell") == _who(cast, "Lady Perpetua Quennell") is not None
    assert _who(cast, "Sister Obi") == _who(cast, "Sister Adaeze Obi") is not None


def test_a_titled_full_name_joins_its_titled_short_form(nlp):
    # "Aunt Pru" used more than "Aunt Prudence": one aunt
    text = ("Aunt Pru came on Sundays. Aunt Pru brought a cake and Aunt Pru brought her opinions, and "
            "Hallie liked the cake better.\n\n"
            "\"Aunt Prudence,\" said Hallie's mother, when she was cross, \"has never been wrong about "
            "anything.\" Aunt Prudence laughed at that and cut the cake.")
    cast = _cast(text, nlp)
    assert _who(cast, "Aunt Pru") == _who(cast, "Aunt Prudence") is not None


def _tellers_by_section(text: str, nlp) -> list[str | None]:
    a = analyze(text=text, nlp=nlp, only=["cast"])
    by_id = {c.id: c.name for c in a.characters}
    return [by_id.get(s.character) for s in a.narrator if s.person == 1]


def test_a_diary_entry_header_names_the_entry_writer(nlp):
    # two cousins' alternating diaries: "MARLO — Monday" heads Marlo's entry, even one that says
    # more about the other cousin than about herself
    text = ("MARLO — Monday\n\n"
            "I got to the cottage at six. Pip was already there, eating all the good biscuits. I said "
            "nothing. I am being mature this summer.\n\n"
            "PIP — Monday\n\n"
            "Marlo is here. She brought three suitcases for a week. Aunt Wyn says I must share the "
            "attic with her.\n\n"
            "MARLO — Tuesday\n\n"
            "I beat Pip at cards twice. I did not mention it more than four times.\n\n"
            "PIP — Tuesday\n\n"
            "Marlo cheats at cards. She says she doesn't. I know what I saw.")
    assert _tellers_by_section(text, nlp) == ["Marlo", "Pip", "Marlo", "Pip"]


def test_a_name_before_day_is_a_day_of_the_year(nlp):
    # "by Stephen's Day", "spent Boxing Day": a feast, not two people
    text = ("Teodor had come over from Leeds in October, and by Stephen's Day he was driving the tractor. "
            "He spent Boxing Day fixing the boiler.")
    cast = _cast(text, nlp)
    assert _who(cast, "Stephen") is None
    assert _who(cast, "Boxing Day") is None
    assert _who(cast, "Teodor") is not None


def test_a_name_the_text_calls_a_robot_or_a_place_is_no_character(nlp):
    # "our robot, Bertrand," / "a place called Vlamertinge": the text says what they are
    text = ("The regional final was in a sports hall in Crewe, and our robot, Bertrand, had just lost a "
            "wheel. Anwen said, \"You care more about Bertrand than about me,\" and Tobias said, "
            "\"Bertrand can't even feel anything.\" Bertrand got through the semi-final on three wheels.\n\n"
            "Tobias's great-grandfather never came home. He is buried at a place called Vlamertinge, which "
            "none of them could say properly.")
    cast = _cast(text, nlp)
    assert _who(cast, "Bertrand") is None
    assert _who(cast, "Vlamertinge") is None
    assert _who(cast, "Anwen") is not None and _who(cast, "Tobias") is not None


def test_a_name_made_of_common_words_only_is_a_title_not_a_person(nlp):
    # a film called "Cold Harbour": every word a common word, no first name, never a speaker
    text = ("Marisol Quent flew to Venice in May. The premiere of Cold Harbour was on the Friday. Cold Harbour "
            "had been shot during her divorce, and she knew it showed.")
    cast = _cast(text, nlp)
    assert _who(cast, "Cold Harbour") is None
    assert _who(cast, "Marisol Quent") is not None


def test_a_bare_title_said_to_be_a_named_person_is_that_person(nlp):
    # "Chef was Ingrid Solvang, fifty-one": the brigade's "Chef" is Ingrid
    text = ("Nobody on the pass spoke while Chef tasted. Chef was Ingrid Solvang, fifty-one, with burn scars up "
            "both wrists and a voice that carried over the extractor fans.\n\n"
            "\"Again,\" said Chef, and pushed the plate back at Dario. Dario started the sauce over. Ingrid "
            "watched him do it and said nothing more.")
    cast = _cast(text, nlp)
    assert _who(cast, "Chef") == _who(cast, "Ingrid Solvang") is not None


def test_one_who_says_who_they_are_is_a_character(nlp):
    # '"I'm Caspian."': a self-introduction, once, makes a person of a name the NER doubts
    text = "A tall man opened the door. \"I'm Caspian. Come in, you're letting the cold in.\" Leo came in."
    assert _who(_cast(text, nlp), "Caspian") is not None


def test_an_introduced_name_the_ner_calls_a_nationality_is_a_person(nlp):
    # "the lady Isolde": introduced as a person, though the NER says NORP every time
    text = ("The lady Isolde came down to the gate. I had loved Isolde since I was fourteen. Isolde met us "
            "at the gate, white as milk.")
    assert _who(_cast(text, nlp), "Isolde") is not None


def test_a_name_introduced_with_a_nationality_is_a_person(nlp):
    # "Ilse Marchetti, the Dutch girl from the advert": the capitalised nationality is part of the noun phrase
    text = ("\"It's always a rumour.\"\n\n\"This one's true. He's engaged. Ilse Marchetti, the Dutch girl from "
            "the perfume advert.\"\n\nCleo put her glass down.")
    assert _who(_cast(text, nlp), "Ilse Marchetti") is not None


def test_the_object_of_marry_is_a_person(nlp):
    # "Dad married Benedetta the following spring": the one use says she is a person
    text = ("My parents divorced when I was fourteen. Dad married Benedetta the following spring, and Mum has "
            "spent the years since not saying her name.")
    assert _who(_cast(text, nlp), "Benedetta") is not None


def test_a_name_after_a_person_or_a_place_noun_and_of_is_a_place(nlp):
    # "Mr. Tobias Wren of Ballymore", "the parish of Nether Stanway": where someone is from, not someone
    text = ("It was agreed in the parish of Nether Stanway that Miss Harriet Lowe would never marry. The house "
            "went not to her but to a cousin, Mr. Tobias Wren of Ballymore, a lawyer of no great fortune. "
            "Harriet said she did not mind. Mr. Wren said nothing at all.")
    cast = _cast(text, nlp)
    assert _who(cast, "Nether Stanway") is None
    assert _who(cast, "Ballymore") is None
    assert _who(cast, "Mr. Tobias Wren") is not None


def test_two_sisters_by_a_plural_titled_surname_are_no_character(nlp):
    # "the two Miss Orchards": a pair of sisters, not one person (as "the Miss Orchards" already was)
    text = ("Colonel Abberley dined out most evenings, and on Thursdays he dined with the two Miss Orchards at "
            "the end of Mill Lane. Miss Orchard kept the accounts and poured the port; the Colonel thought her "
            "the cleverer of the pair.")
    cast = _cast(text, nlp)
    assert _who(cast, "Miss Orchards") is None
    assert _who(cast, "Miss Orchard") is not None


def test_mademoiselle_and_midshipman_are_titles(nlp):
    # "Mademoiselle Coralie" of "Lidia Coralie", "Midshipman Kit Penhallow" and "Kit": one person each
    text = ("Lidia Coralie walked the high wire every night at nine. Coralie never looked down. \"Mademoiselle "
            "Coralie,\" said the ringmaster, \"you are late.\" Mademoiselle Coralie smiled at him and went up "
            "the ladder.\n\n"
            "Her brother Midshipman Kit Penhallow wrote from the fleet. Kit wrote badly and often, and Kit's "
            "letters came in bundles of six.")
    cast = _cast(text, nlp)
    assert _who(cast, "Mademoiselle Coralie") == _who(cast, "Lidia Coralie") is not None
    assert _who(cast, "Kit") == _who(cast, "Midshipman Kit Penhallow") is not None


def test_a_full_name_introduced_right_after_the_kin_title_acts_is_that_person(nlp):
    # "Nan arrived on the Saturday ... Bettina Crowe had never once ...": Nan is Bettina Crowe
    text = ("Dad moved out in March. Noor was twelve and decided it was the cat's fault.\n\n"
            "Nan arrived on the Saturday with two suitcases and a casserole wrapped in a tea towel. Bettina Crowe "
            "had never once raised her voice in that house, and she did not raise it now. Nan washed up and "
            "sent Noor upstairs.")
    cast = _cast(text, nlp)
    assert _who(cast, "Nan") == _who(cast, "Bettina Crowe") is not None


def test_a_newcomer_described_after_the_kin_title_acts_is_someone_else(nlp):
    # "Mum got back ... Orla Penrose was the locum and had given her a lift": the 'her' is Mum, so
    # Orla Penrose, described right after Mum acts, is someone else
    text = ("Mum got back after midnight from the surgery. Orla Penrose was the new locum there and had given her "
            "a lift in the rain. Mum put the kettle on. Orla Penrose drank her tea by the back door and drove off.")
    cast = _cast(text, nlp)
    assert _who(cast, "Orla Penrose") is not None and _who(cast, "Mum") is not None
    assert _who(cast, "Mum") != _who(cast, "Orla Penrose")


def test_a_newcomer_given_a_role_after_the_kin_title_acts_is_someone_else(nlp):
    # "Orla Penrose was the new locum": a job said of the newcomer links it to no kin person
    text = ("Mum got back after midnight from the surgery. Orla Penrose was the new locum there that winter. "
            "Mum put the kettle on. Orla Penrose drank her tea by the back door and drove off.")
    cast = _cast(text, nlp)
    assert _who(cast, "Orla Penrose") is not None and _who(cast, "Mum") is not None
    assert _who(cast, "Mum") != _who(cast, "Orla Penrose")


def test_text_messages_are_no_diary_headers(nlp):
    # "Fenn: 10 mins" / "Fenn: Thursday still ok?": messages in a first-person story, not the headers of
    # Fenn's diary entries, so Fenn does not tell the story
    text = ("I was halfway through the ironing when my phone went twice.\n\n"
            "Fenn: 10 mins\n\n"
            "I put the kettle on and hunted for two clean cups. I found one.\n\n"
            "Fenn: Thursday still ok?\n\n"
            "I typed yes and put the phone face down. Fenn is never on time, and I have given up minding.\n\n"
            "Ottilie came in from the yard. \"Is that Fenn?\" she said.\n\n\"Who else,\" I said.")
    assert "Fenn" not in _tellers_by_section(text, nlp)


def test_a_person_adjective_after_the_is_no_ship(nlp):
    # "the young Marigold", "the little Marigold": a child, not a vessel like "the old *Corwenna*"
    text = ("Captain Ruel Abney had three nieces. He liked the young Marigold best, and the little Marigold "
            "followed him round the orchard every summer. Ruel told his sister so at dinner.")
    cast = _cast(text, nlp)
    assert _who(cast, "Marigold") is not None


def test_a_surname_day_is_no_feast(nlp):
    # "Moira Day": a woman's surname; only "X's Day" or a known feast ("Boxing Day") is a day
    text = "Ruth Ansell met Moira Day at the station. Moira Day had come down from Carlisle."
    cast = _cast(text, nlp)
    assert _who(cast, "Moira Day") is not None


def test_a_character_with_only_full_names_is_no_bare_title(nlp):
    # the "Chef was Ingrid Solvang" rule needs a character called by a bare title; one whose every
    # name has two words ("Perpetua Lanyon") is none, though no one-word name says it is not a title
    from fabula.cast.stage import _title_ties
    from fabula.model import Character

    doc = nlp("Perpetua Lanyon ran the cafe. Lanyon was Tamsin, then.")
    lanyon = [t.i for t in doc if t.text == "Lanyon"][-1]
    tamsin = next(t.i for t in doc if t.text == "Tamsin")
    assert doc[lanyon].is_sent_start and doc[lanyon + 1].text == "was"
    by_id = {"a": Character(id="a", name="Perpetua Lanyon"),
             "b": Character(id="b", name="Tamsin Roe", aliases=["Tamsin"])}
    name_tokens = {0: "a", 1: "a", lanyon: "a", tamsin: "b"}
    assert _title_ties(doc, name_tokens, by_id, {}, set()) == []
