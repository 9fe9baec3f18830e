"""Session 11 cast: minor names the text introduces, kin titles that act, chat senders, narrator
names from turn-taking (not from words said alone), a kin title used once as an address, workplace
titles ("Chef")."""

from __future__ import annotations

from cast_helpers import cast_names as _cast
from cast_helpers import tellers as _tellers
from cast_helpers import who as _who


def test_a_name_the_text_introduces_once_is_a_character(nlp):
    # "his name is X", "whose name was X", "X is my ex-husband", "X, their cousin": once is enough
    text = ("Odile came home late and sat on the stairs. She had met someone at the conservatory; "
            "his name is Bartosz, and he plays the cello.\n\n"
            "Her sister moved to Porto with a friend whose name was Quillon.\n\n"
            "Odile put her bag down. Ferdie is my ex-husband, and he rings on Sundays.\n\n"
            "Wenlock, their cousin on their mother's side, brought a cake.")
    cast = _cast(text, nlp)
    for name in ("Bartosz", "Quillon", "Ferdie", "Wenlock"):
        assert _who(cast, name) is not None, name


def test_a_kin_title_that_acts_once_is_a_character(nlp):
    text = ("My parents divorced when I was fourteen. Dad married Clemency the following spring, and Mum "
            "has spent the years since not saying her name.")
    assert _who(_cast(text, nlp), "Dad") is not None


def test_gran_is_not_short_for_grandad(nlp):
    text = ("I thought we'd be like Gran and Grandad, married at twenty and still bickering at eighty. "
            "Gran said so herself. Gran laughed at Grandad when he burned the toast, and Grandad laughed too.")
    cast = _cast(text, nlp)
    assert _who(cast, "Gran") is not None and _who(cast, "Grandad") is not None
    assert _who(cast, "Gran") != _who(cast, "Grandad")


def test_the_senders_of_a_chat_are_characters(nlp):
    # the tagger calls a label word an adjective ("**Rory:**"): it is a sender all the same
    text = ("**TOUR BUS (3)**\n\n"
            "**Odile:** bus is at nine tomorrow\n\n"
            "**Rory:** miss you already\n\n"
            "**Rory:** oh no\n\n"
            "**Rory:** that was not for this chat\n\n"
            "**Odile:** I saw nothing\n\n"
            "**Tamsin:** we all saw it\n\n"
            "**Tamsin:** nine it is")
    cast = _cast(text, nlp)
    assert _who(cast, "Rory") is not None and _who(cast, "Tamsin") is not None


def test_an_untagged_reply_names_the_one_it_answers_not_the_narrator(nlp):
    # lines alternate: the "I" answers "he said" twice, calling him Oren; the sister calls the "I" Petra
    text = ("I carried the tray to the nurses' station. Somebody was waiting there with two coffees.\n\n"
            '"You could come with me," he said.\n\n'
            '"I\'ve just made charge nurse, Oren."\n\n'
            '"There are hospitals in the north."\n\n'
            '"And my mother is here, Oren."\n\n'
            "I took the coffee and did not answer. Later the ward sister came past.\n\n"
            '"Go home, Petra," she said. "You look terrible."\n\n'
            "I went home. He rang twice, and I let it ring.")
    assert _tellers(text, nlp) == {"Petra"}


def test_a_word_said_alone_does_not_name_the_narrator(nlp):
    text = ("I came back from the track with my shoes in my hand. The coach was kneeling by the bench.\n\n"
            '"Sprain," he said. "Maybe worse."\n\n'
            "I sat down next to him. I did not know what to say, so I said nothing.\n\n"
            "He wrapped the ankle and went to ring the parents. I waited on the bench until dark.")
    assert "Sprain" not in _tellers(text, nlp)


def test_a_kin_title_used_once_as_an_address_is_the_one_who_answers(nlp):
    text = ("Ottoline Varga is eighty today, and she has asked for no fuss. Ottoline sits in the deckchair "
            "by the roses while her son burns the sausages.\n\n"
            '"Those are black," Greta says.\n\n'
            '"They are meant to be."\n\n'
            '"Mum, tell him he is burning them."\n\n'
            '"I\'m eighty," says Ottoline from her deckchair. "I shall tell nobody anything."\n\n'
            "Ottoline closes her eyes. Her grandson brings her a plate, and Ottoline eats every bite.")
    cast = _cast(text, nlp)
    assert _who(cast, "Mum") is not None and _who(cast, "Mum") == _who(cast, "Ottoline Varga")


def test_a_workplace_title_joins_its_holder_and_never_names_the_narrator(nlp):
    text = ("Chef Ruth Achterberg ran the pass like a ship. Ruth had hired me at nineteen.\n\n"
            '"Two lamb, away!" Chef shouted, and Ruth never shouted without a reason.\n\n'
            '"Yes, Chef!"\n\n'
            "I plated the lamb. Later Ruth poured us all a glass of the good wine.\n\n"
            '"Are you crying, Chef?" Ravi asked.\n\n'
            '"Onions," said Ruth.')
    cast = _cast(text, nlp)
    assert _who(cast, "Chef Ruth Achterberg") == _who(cast, "Ruth")
    assert "Chef" not in _tellers(text, nlp)


def test_a_kin_title_said_only_in_speech_is_no_character_of_its_own(nlp):
    # Fran's "Dad" is her father, whom the narration calls Grandad: no "Dad" beside him
    text = ("Maya heard it from the landing. Grandad was asleep in his chair, and Aunt Fran and Helen were in "
            "the kitchen, voices low, then not low.\n\n"
            '"Dad can\'t stay here on his own, Helen," Fran said. "Look at the stairs."\n\n'
            '"So say it, Fran. Say the word home."\n\n'
            "Grandad woke up and asked for his tea, and Fran made it.")
    assert _who(_cast(text, nlp), "Dad") is None


def test_a_word_that_opens_a_sentence_is_no_part_of_a_name(nlp):
    text = ("Odile wrote to her sister every week that winter. Tell Edward he lost his wager, she wrote. "
            "Edward laughed when he read it.\n\n"
            "Meena worked late that night. Afterwards Meena found the boy sitting on the harbour wall, "
            "and Meena sat down beside him.")
    cast = _cast(text, nlp)
    assert "Tell Edward" not in cast and "Afterwards Meena" not in cast
    assert _who(cast, "Edward") is not None and _who(cast, "Meena") is not None


def test_a_titled_short_form_joins_the_full_name(nlp):
    text = ("Teodor Vance had run the joinery on Mill Lane for thirty years. Teodor did not look up when the "
            "door opened.\n\n"
            '"Uncle Teo," said Lena, "you have to eat something."\n\n'
            "Teodor put down the plane and looked at his niece.")
    cast = _cast(text, nlp)
    assert _who(cast, "Uncle Teo") == _who(cast, "Teodor Vance")


def _occurrences(text: str, nlp):
    from fabula import nlp as nlp_mod
    from fabula.cast import names
    from fabula.cast.quotes import QuoteMap
    from fabula.ingest import from_text

    story = from_text(text)
    doc = nlp_mod.parse(story, nlp)
    return names.extract_occurrences(doc, QuoteMap.from_story(story))


def test_a_name_after_the_name_is_introduced(nlp):
    occs = _occurrences("The theatre paid a man to see that the name Rosamund Tey appeared in the papers.", nlp)
    assert any(o.words == ("Rosamund", "Tey") and o.introduced for o in occs)


def test_a_preposition_that_opens_a_quote_is_no_part_of_a_name(nlp):
    occs = _occurrences('"What is the letter about?"\n\n"About Harriet Moss."', nlp)
    assert [o.words for o in occs if "Moss" in o.words] == [("Harriet", "Moss")]


def test_a_narrator_called_by_a_short_form_is_the_character_of_the_full_name(nlp):
    # the narration names the "I" in full three times, a Vivek once; Rex calls the "I" "Viv"
    text = ("The management paid a man to see that the name Vivienne Lark appeared in the papers every week. "
            "Vivienne Lark was the name on the poster, and Vivienne Lark was the name in lights. "
            "Vivek Rao had painted the poster.\n\n"
            "I sat at the mirror and did my face. Rex came in without knocking and sat on the trunk.\n\n"
            '"You\'ll be marvellous, Viv," he said.\n\n'
            "I did not believe him. The call boy knocked, and I went down to the wings.")
    assert _tellers(text, nlp) == {"Vivienne Lark"}


def test_a_name_the_narration_tells_of_beside_the_call_is_not_the_narrator(nlp):
    text = ("I rowed her across the water myself, and when Aurel handed her out of the boat she said, "
            '"Thank you, Aurel," as if she had never been away.\n\n'
            "I tied the boat up and followed them to the house. The fire was lit, and I sat by it.")
    assert "Aurel" not in _tellers(text, nlp)


def test_a_christian_name_given_for_a_titled_man_is_his(nlp):
    text = ("Captain Royle came to the assembly in his regimentals, and Captain Royle danced every dance. "
            "Eleanor learned that evening that the Captain's Christian name was Frederick. "
            "Frederick, she thought, suited him.")
    cast = _cast(text, nlp)
    assert _who(cast, "Frederick") == _who(cast, "Captain Royle")


def test_a_police_rank_in_capitals_is_a_title(nlp):
    text = ("DC Kayleigh Dunn took the statement in the showroom. Kayleigh Dunn had done a hundred of them. "
            "Dunn wrote everything down, and Di Carter, the manager, watched her do it.")
    cast = _cast(text, nlp)
    assert _who(cast, "DC Kayleigh Dunn") == _who(cast, "Kayleigh Dunn")
    assert "Carter" not in cast


def test_a_full_name_whose_halves_are_in_use_is_that_person(nlp):
    # "Femi Okonjo." is said once, as an introduction; "Femi" and "Mr. Okonjo" are the same man
    text = ('Signe found a man in the music room. "Femi Okonjo." He shook her hand very seriously.\n\n'
            "Femi, it turned out, could not read music. Femi was very good at explaining waves.\n\n"
            '"Mr. Okonjo. You like him," said Rosa. "You laugh at his jokes."')
    cast = _cast(text, nlp)
    assert _who(cast, "Femi") is not None and _who(cast, "Femi") == _who(cast, "Mr. Okonjo")


def test_a_titled_initial_is_the_one_name_it_begins(nlp):
    text = ("Signe Lindqvist had taught music at the school for fifteen years. Signe marked the register.\n\n"
            "On the board someone had written MISS L. IS IN LOVE, and under it, smaller, Miss L. says hello.\n\n"
            "Edith Pryce wrote back from Lisbon, and Edith Pryce signed it Miss E. Pryce, as she always did.")
    cast = _cast(text, nlp)
    assert _who(cast, "Miss L.") == _who(cast, "Signe Lindqvist")
    assert _who(cast, "Miss E. Pryce") == _who(cast, "Edith Pryce")


def test_a_name_after_marriage_to_is_a_person_not_a_place(nlp):
    text = ("Hester read the solicitor's letter twice. Twenty-six years of marriage to Giles, concluded in two "
            "paragraphs and a stamp. Giles married a translator the following June.")
    assert _who(_cast(text, nlp), "Giles") is not None


def test_a_name_that_acts_on_me_in_the_narration_is_not_the_narrator(nlp):
    # Madame calls both dancers; the narration has Luc set "me" down, so "I" am the other one
    text = ('Madame rapped her cane on the floor. "Luc, you are catching her like a parcel," she said.\n\n'
            "Luc Moreau set me down and muttered something, and I elbowed him in the ribs.\n\n"
            '"That is it, Luc," Madame said. "Lift your chin, Ines," she said.\n\n'
            "We went again from the lift, and this time I flew.\n\n"
            '"Again, Luc," Madame said.')
    assert _tellers(text, nlp) == {"Ines"}
