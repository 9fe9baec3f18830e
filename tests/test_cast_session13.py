"""Session 13 cast: narrator names from calls answered with "and I said", pooled over the forms of one
name and not taken from kin words; a letter closing and its name on one line; a subject cut by a tag
is no call; a name set off before an imperative is a call; a common noun that only opens sentences
is no name."""

from __future__ import annotations

from cast_helpers import cast_names as _cast
from cast_helpers import tellers as _tellers
from cast_helpers import who as _who
from fabula import analyze
from fabula.cast.aliases import _short_form_of


def test_a_call_answered_with_and_i_said_names_the_narrator(nlp):
    # '"Wren, love, ..." and I said, "Drive."': the "I" answers the line, so someone else said it to me
    text = ("I had climbed since I was nine. My mother drove me to the wall three evenings a week, and I "
            "did my homework in the back of the car.\n\n"
            "On the way home she said, \"Wren, love, that girl is good for you,\" and I said, \"Just drive,\" "
            "and she drove.\n\n"
            "I went to bed early. I did not sleep much. I kept thinking about the overhang.")
    assert _tellers(text, nlp) == {"Wren"}


def test_calls_by_a_short_and_a_full_form_of_one_name_are_one_vote(nlp):
    # "Jonty" once and "Jonathan" once, each said to the "I": one person's names, no tie between them
    text = ("I got to the office at eight. The coffee machine was broken again and I said so.\n\n"
            "\"Jonty,\" Pell said from behind his paper. \"Leave the machine alone.\"\n\n"
            "I left it alone. I sat down and read my mail.\n\n"
            "At noon my sister rang me. \"Jonathan,\" she said. \"You forgot the birthday again.\"\n\n"
            "I had. I said I would ring back, and I went out for a sandwich.")
    assert _tellers(text, nlp) & {"Jonty", "Jonathan"}


def test_a_pet_form_spelt_with_k_is_a_short_form():
    # "Nicky" of Nicolette, "Frankie" of Francesca: the hard "c" of the full name spelt "k"
    assert _short_form_of("Nicky", "Nicolette")
    assert _short_form_of("Frankie", "Francesca")
    assert not _short_form_of("Becky", "Belinda")


def test_a_kin_word_does_not_name_a_narrator_named_elsewhere(nlp):
    # the narrator's daughter calls him "Dad"; others call him Eamon: every section is Eamon's
    text = ("I got in at two. The house was dark and I made toast in the dark.\n\n"
            "\"Eamon, you're late again,\" said Orla from the stairs, and I told her I knew.\n\n"
            "I ate the toast. I went up to bed.\n\n"
            "* * *\n\n"
            "In the morning I made the pancakes. My daughter came down in her pyjamas.\n\n"
            "\"Dad, you look tired,\" she said, with her mouth full.\n\n"
            "I said I was fine. I poured the coffee and I drank it standing up.")
    assert _tellers(text, nlp) == {"Eamon"}


def test_a_letter_closing_and_its_name_on_one_line_sign_the_letter(nlp):
    text = ("Dear Aunt Wyn,\n\n"
            "I got here on Tuesday and I am in the attic room. I can see the sea if I stand on the bed. "
            "I have not told anyone I miss home, but I do.\n\n"
            "I will write again on Sunday.\n\n"
            "Love, Odette\n")
    assert _tellers(text, nlp) == {"Odette"}


def test_a_subject_cut_by_a_tag_does_not_name_the_narrator(nlp):
    # '"Philippa," my cousin tells me, "is going to be unbearable"': Philippa is talked about, not called
    text = ("I dried the plates and my cousin washed them. I had not been home for two years and I had "
            "forgotten how small the kitchen was.\n\n"
            "\"Philippa,\" Shannon tells me later, \"is going to be unbearable about this wedding.\"\n\n"
            "I laughed. I put the plates away in the wrong cupboard, and nobody said anything.")
    assert "Philippa" not in _tellers(text, nlp)


def test_a_name_set_off_before_an_imperative_is_a_call(nlp):
    # '"And this time, Wenna, play it like you mean it."': Wenna is called, so she is the "I"
    text = ("\"Again,\" said Mrs Harrowby. \"From the top. And this time, Wenna, play it like you mean it.\"\n\n"
            "I played it again. My bow arm ached and I did not care. I played it the way I had always "
            "wanted to, and I did not look at her until I had finished.")
    assert _tellers(text, nlp) == {"Wenna"}


def test_a_common_noun_that_only_opens_sentences_is_no_character(nlp):
    # '"Kettle's boiling, love."': the word is capitalised because it opens the sentence
    text = ("Maud Keel taught me to cook in a kitchen the size of a cupboard. She took my wet coat off me "
            "and said, \"Kettle's boiling, love.\" She sat me by the stove.\n\n"
            "Maud laughed at me, and I laughed too.")
    cast = _cast(text, nlp)
    assert _who(cast, "Kettle") is None
    assert _who(cast, "Maud Keel") is not None


def test_a_kin_word_called_only_to_the_named_narrator_is_the_narrator(nlp):
    # Eamon's daughter calls him "Dad", in speech only: "Dad" is Eamon, not a character of its own
    text = ("I got in at two. The house was dark and I made toast in the dark.\n\n"
            "\"Eamon, you're late again,\" said Orla from the stairs, and I told her I knew.\n\n"
            "I ate the toast. I went up to bed.\n\n"
            "* * *\n\n"
            "In the morning I made the pancakes. My daughter came down in her pyjamas.\n\n"
            "\"Dad, you look tired,\" she said, with her mouth full.\n\n"
            "I said I was fine. I poured the coffee and I drank it standing up.\n\n"
            "She went to school. At the door she turned round. \"Dad's making pancakes again tomorrow,\" she "
            "told the dog.")
    a = analyze(text=text, nlp=nlp, only=["cast"])
    by_name = {n: c.id for c in a.characters for n in [c.name, *c.aliases]}
    narrators = {s.character for s in a.narrator if s.person == 1}
    assert narrators == {by_name.get("Eamon")}
    assert by_name.get("Dad") in narrators


def test_a_call_after_the_speaker_looks_at_someone_named_is_said_to_them(nlp):
    # 'Uncle Teodor looks at his glass, and at Mum. / "Sorry, Bron," he says': Bron is Mum, not the "I"
    text = ("I carried the gravy in and sat down next to my cousin. Nobody had spoken for a minute.\n\n"
            "Uncle Teodor looks at his glass, and at the window, and at Mum.\n\n"
            "\"Sorry, Bron,\" he says at last. \"That was out of order.\"\n\n"
            "I passed the gravy. I did not look at anyone.")
    assert "Bron" not in _tellers(text, nlp)


def test_the_pronoun_i_with_its_full_stop_is_no_name(nlp):
    text = ("Hester Quayle had not been indifferent to him. \"She'll be glad of it,\" said Corin. \"And so am I.\"\n\n"
            "Hester laughed, and Corin laughed with her.")
    cast = _cast(text, nlp)
    assert not any(n.rstrip(".") == "I" for names in cast.values() for n in names)
    assert _who(cast, "Hester Quayle") is not None


def test_a_name_after_a_is_a_thing_or_a_place(nlp):
    # "in the car park of a Wheatsheaf", "There's a Buster Keaton on": an inn, a film
    text = ("Odile Marsh had driven all day. The night before, in the car park of a Wheatsheaf outside "
            "Swindon, Casimir had told her he was leaving.\n\n"
            "\"Come to the pictures with me,\" said Casimir later. \"There's a Buster Keaton on.\"\n\n"
            "Odile looked at him for a long time.")
    cast = _cast(text, nlp)
    assert _who(cast, "Wheatsheaf") is None
    assert _who(cast, "Buster Keaton") is None
    assert _who(cast, "Odile Marsh") is not None


def test_a_name_one_lives_on_is_a_place(nlp):
    text = ("Tamsin Crabb had lived nineteen winters on Skerrow Rock, and she knew what the wind meant. "
            "Her father Silas kept the light, and Tamsin kept the house.\n\n"
            "\"Skerrow Rock is no place for a girl,\" said Silas.")
    cast = _cast(text, nlp)
    assert _who(cast, "Skerrow Rock") is None
    assert _who(cast, "Tamsin Crabb") is not None


def test_a_name_opening_a_quote_after_its_tag_is_a_call(nlp):
    # 'he said, "Kes. He's not coming back."': the parser may make Kes a complement of "said"
    text = ("I sat on the back step until it got dark. The gravel was still warm and I held it in my hand.\n\n"
            "Dara put an arm round me, and when I'd finished he said, \"Kes. He's not coming back. "
            "You know that.\"\n\n"
            "I knew it. I went in and washed my face, and I did not cry again that night.")
    assert _tellers(text, nlp) == {"Kes"}


def test_you_are_x_said_to_the_narrator_names_the_narrator(nlp):
    # '"You're Rafe," she said': the "I" is Rafe
    text = ("For nine days nobody on the fourth floor spoke to me. I did the filing and I fixed the printer "
            "and I ate my lunch at my desk.\n\n"
            "\"You're Rafe,\" she said, on the tenth morning. \"You found the mistake in the Hollins "
            "contract.\"\n\n"
            "I said I was, and I had. She nodded and walked off, and I did not breathe again for a minute.")
    assert _tellers(text, nlp) == {"Rafe"}


def test_a_name_with_an_elliptical_possessive_after_at_is_a_place(nlp):
    # "head chef at Linden's", "the kitchen at Linden's": a restaurant, not a person
    text = ("Deirdre Vance had been head chef at Linden's for eleven years, and she had hired me when I "
            "could barely hold a knife.\n\n"
            "At seven on a Saturday the kitchen at Linden's sounds like a war. Deirdre walked the line, "
            "and Callum and I kept our heads down.")
    cast = _cast(text, nlp)
    assert _who(cast, "Linden") is None
    assert _who(cast, "Deirdre Vance") is not None


def test_a_name_after_an_adjective_and_to_is_a_person(nlp):
    # "I want to be fair to Terence", "very pleasant to Terence": one is fair to a person, not a place
    text = ("My sister met Terence in her third year. Terence was fine. I want to be fair to Terence. He ran "
            "marathons and remembered my birthday.\n\n"
            "At the engagement party I was, I hope, very pleasant to Terence. The wedding never happened.")
    assert _who(_cast(text, nlp), "Terence") is not None


def test_a_name_apposed_to_a_workplace_role_is_a_person(nlp):
    text = ("Benji rang me at midnight and swore for ten minutes about her head chef, Teodor, who had "
            "screamed at the whole kitchen over a split sauce.\n\n"
            "I listened. I made tea. Benji went to bed at two.")
    assert _who(_cast(text, nlp), "Teodor") is not None


def test_a_name_answering_a_question_of_who_is_no_call(nlp):
    # '"You haven't forgotten his name." / "Stuart," Mum admitted': Stuart is the answer, not the "I"
    text = ("I lay on my bed with my face in the pillow. Mum came in and sat on the end of it.\n\n"
            "\"When I was your age,\" she said, \"my best friend went to the dance with the boy I liked. "
            "I didn't speak to her for a term.\"\n\n"
            "\"You haven't forgotten his name.\"\n\n"
            "\"Stuart,\" Mum admitted. \"But I had to think about it.\"\n\n"
            "I laughed into the pillow. I did not mean to, but I did.")
    assert "Stuart" not in _tellers(text, nlp)


def test_a_name_the_lemmatizer_lists_as_a_noun_stays_a_person_when_his_follows(nlp):
    # "Ptolemy" is in the lemmatizer's noun list and opens every sentence it is in, but the
    # sentence goes on with "his": a person acting, not a capitalised common noun
    from fabula import analyze

    text = ("Marit found a yellow umbrella on her doormat and carried it across the landing.\n\n"
            '"That\'s my niece\'s umbrella," he said.\n\n'
            "Ptolemy took the umbrella and wiped his floury hands on his apron. "
            "Ptolemy, it turned out, baked bread at night.")
    a = analyze(text=text, nlp=nlp, only=["cast"])
    assert "Ptolemy" in {c.name for c in a.characters}


def test_the_looks_at_pattern_reads_a_long_capitalised_run_in_one_pass():
    # a run of capitals after "at" that does not end the line: the old nested pattern backtracked
    # exponentially on it (the test would not finish); the name-by-name pattern answers at once
    from fabula.cast.narrator import _LOOKS_AT

    assert _LOOKS_AT.search("He looked at " + "QWERTYUIOPASDFGHJKLZXCVBNMQWERTYUIOP" * 2 + " then") is None
    assert _LOOKS_AT.search("Uncle Abe looks at his glass, and at Mum.")
    assert _LOOKS_AT.search("She turned to Uncle Abe.")
