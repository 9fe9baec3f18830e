"""Session 15 cast: the people relations and tags depend on. A kin word called in a quote is not
the kin title of someone the text has not named yet; a style of address ("Your Highness") is no
character when someone bears its rank by name; a name called before a "you" names the narrator,
and one the narrator calls someone does not; a tie of narrator calls goes to an accepted name; a
chat or team "was called X", the land of "the Duchess of X" and "the Kellans" (a surname's
plural) are no people; "X, who was Y to the team" is one person."""

from __future__ import annotations

from cast_helpers import cast_names as _cast
from cast_helpers import tellers
from cast_helpers import who as _who
from fabula import ingest
from fabula import nlp as nlp_mod
from fabula.cast import names
from fabula.cast.quotes import QuoteMap


def test_a_kin_call_is_not_the_title_of_someone_named_only_after_it(nlp):
    # "Mum" is called before Wilhelmina Stroud is named; her reply by turn-taking is no tie
    text = ("Odile Varnham waited in the doorway of the clubhouse for a long time.\n\n"
            "\"Mum,\" Pim said, pulling at her sleeve. \"Mum, come on, it's starting.\"\n\n"
            "Wilhelmina Stroud, the captain's wife, reached them first and hugged her hard.\n\n"
            "\"You came,\" Wilhelmina said. \"I told everyone you would.\"\n\n"
            "Odile sat down. Pim sat beside her and swung her legs.")
    cast = _cast(text, nlp)
    assert _who(cast, "Mum") != _who(cast, "Wilhelmina")


def test_your_highness_is_no_character(nlp):
    # Prince Aurel bears the rank by name: "Your Highness" is said to him, not a character of its own
    text = ("Prince Aurel had been hiding in the map room all morning.\n\n"
            "'Your Highness,' said Orla from the doorway. 'Half the court is looking for you.'\n\n"
            "'Let them look,' said the prince.\n\n"
            "'You're running out of rooms, Your Highness.' Orla handed him his gloves.\n\n"
            "'Your Highness, the Duchess is waiting.'")
    cast = _cast(text, nlp)
    assert _who(cast, "Highness") is None
    assert _who(cast, "Prince Aurel") is not None


def test_a_style_no_named_rank_holds_is_left_a_name(nlp):
    # guard: no one is "Prince <name>" here, so "Your Highness" is the only handle on the prince
    text = ("The prince had been hiding in the map room all morning.\n\n"
            "'Your Highness,' said Orla from the doorway. 'Half the court is looking for you.'\n\n"
            "'Let them look,' said the prince.\n\n"
            "'You're running out of rooms, Your Highness.' Orla handed him his gloves.\n\n"
            "'Your Highness, the Duchess is waiting.'")
    assert _who(_cast(text, nlp), "Highness") is not None


def test_a_grace_after_her_as_a_subject_is_a_name(nlp):
    # guard: "told her Grace was late" names a Grace
    text = ("Grace Mbatha ran the bakery on the corner. Every morning she opened at six.\n\n"
            "Tomas told her Grace was late again, and she laughed.\n\n"
            "\"Grace is always late,\" said Tomas.")
    cast = _cast(text, nlp)
    assert _who(cast, "Grace") is not None


def test_a_name_called_before_are_you_names_the_narrator(nlp):
    # the parser makes "Wenna" the subject of "are"; the "you" after it is, so she is called
    text = ("My brother phoned at six, which is how I knew it was bad news.\n\n"
            "\"They sold the van,\" said Corin. \"Wenna, love, are you listening? Say something.\"\n\n"
            "I said nothing.\n\nCorin and I have shared that van for years.")
    assert tellers(text, nlp) == {"Wenna"}



def test_a_chat_or_team_the_text_says_was_called_so_is_no_character(nlp):
    chat = ("The group chat was called Velvet Turnips, and it had been loud since June.\n\n"
            "Velvet Turnips pinged again at midnight. Marta posted a photo of her dog. Olek replied with a "
            "thumbs up.\n\nBy morning Velvet Turnips had gone quiet, and Marta laughed at her desk.")
    team = ("Our quiz team was called Brain Drain. Marta had picked the name.\n\n"
            "Brain Drain came fourth that night. Olek blamed the music round, and Marta blamed Olek.\n\n"
            "\"Next week,\" said Olek, \"Brain Drain wins.\"")
    assert _who(_cast(chat, nlp), "Velvet Turnips") is None
    assert _who(_cast(team, nlp), "Brain Drain") is None
    assert _who(_cast(team, nlp), "Olek") is not None


def test_a_name_said_to_be_another_name_to_someone_is_one_person(nlp):
    text = ("The rink was cold. One of the eleven skaters was Philippa Marsh, who was Pip to the team, "
            "and she was late again.\n\n"
            "\"Laces,\" said Pip, and knelt. Orrin waited by the boards.\n\n"
            "Pip hit the wall at full speed and laughed. \"Again,\" said Orrin.")
    cast = _cast(text, nlp)
    assert _who(cast, "Pip") == _who(cast, "Philippa Marsh") is not None


def test_a_name_the_narrator_calls_someone_is_not_the_narrators(nlp):
    # "Tobin" is called three times, but the "I" asks "Are you Tobin?": he is the boy, not the "I"
    text = ("The boy was sitting on the stile with his hood up.\n\n"
            "\"We're from the farm,\" I said. \"Are you Tobin?\"\n\n"
            "\"He's not at the barn, Tobin,\" Ezra said gently.\n\n"
            "A voice came from the field. \"Tobin! Tobin, can you hear me?\"\n\n"
            "Ezra caught my sleeve at the gate. \"Maren, wait.\"\n\n"
            "\"What?\" I said.")
    assert tellers(text, nlp) == {"Maren"}


def test_a_name_in_words_the_narrator_puts_in_anothers_mouth_still_names_them(nlp):
    # guard: "'Noor, still single?'" is what the aunts will say to the "I", not the "I" calling someone
    text = ("I put the phone down and looked at Jamie across the table.\n\n"
            "\"Every aunt is going to ask,\" I said. \"'Noor, beta, still single?'\"\n\n"
            "\"Noor, I've been thinking,\" Jamie said. \"About us.\"\n\n"
            "I said nothing.")
    assert tellers(text, nlp) == {"Noor"}


def test_what_a_titled_office_is_of_is_a_place_or_body(nlp):
    # "the Duchess of Morrow", "the Captain of the Watch": the name after "of" is her land, his body
    for text, name in (("The Captain of the Watch came in at dusk and shut the gate.", "Watch"),
                       ("'The Duchess of Morrow has arrived,' she said.", "Morrow")):
        story = ingest.from_text(text)
        doc = nlp_mod.parse(story, nlp)
        roles = {o.text: o.role for o in names.extract_occurrences(doc, QuoteMap.from_story(story), [])}
        assert roles[name] == "place"


def test_a_tie_between_a_name_and_a_rejected_word_goes_to_the_name(nlp):
    # "Champagne" and "Wenna" are each called twice to the "I"; "Champagne" is an offer, not a name
    text = ("\"Is Wenna coming?\" Pell asked the room. \"Wenna said she would.\"\n\n"
            "The party had started without me. I stood by the door in my coat, and everybody looked.\n\n"
            "\"Champagne, Wenna?\" Deacon held out a glass.\n\n"
            "\"No, thank you,\" I said.\n\n"
            "\"Champagne, Wenna?\" Pell asked, later, with another glass.\n\n"
            "I shook my head.")
    assert tellers(text, nlp) == {"Wenna"}


def test_the_plural_of_a_full_names_surname_after_the_is_a_family(nlp):
    text = ("I am to wed Ruari Kellan at Lammas. He is Osric Kellan's brother, and Osric Kellan is dead.\n\n"
            "My father heard the matter in the hall before the Kellans could come for it with spears. "
            "He said that if the Kellans killed me he would be sorry.")
    story = ingest.from_text(text)
    doc = nlp_mod.parse(story, nlp)
    cands = names.score_candidates(names.extract_occurrences(doc, QuoteMap.from_story(story), []),
                                   names.lowercase_counts(doc))
    family = next(c for k, c in cands.items() if k[-1] == "Kellans")
    assert family.reasons["family"] and not family.accepted
