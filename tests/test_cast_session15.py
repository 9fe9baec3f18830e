"""Session 15 cast: the people relations and tags depend on. A kin word called in a quote is not
the kin title of someone the text has not named yet; a style of address ("Your Highness") is no
character when someone bears its rank by name; a name called before a "you" names the narrator,
and one the narrator calls someone does not; a tie of narrator calls goes to an accepted name; a
chat or team "was called X", the land of "the Duchess of X" and "the Kellans" (a surname's
plural) are no people; "X, who was Y to the team" is one person; a list's first word is no call.
Every text here is invented."""

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
    text = ("Odile Varnham stopped at the top of the bleachers, her bag still on her shoulder.\n\n"
            "\"Mum,\" Pim said, and grabbed her hand. \"Mum, look, it's them.\"\n\n"
            "Wilhelmina Stroud got to her first and squeezed her arm.\n\n"
            "\"Saved you a seat,\" Wilhelmina said. \"I knew you'd make it.\"\n\n"
            "Odile sat down. Pim sat beside her and kicked the bench in front.")
    cast = _cast(text, nlp)
    assert _who(cast, "Mum") != _who(cast, "Wilhelmina")


def test_your_highness_is_no_character(nlp):
    # Prince Aurel bears the rank by name: "Your Highness" is said to him, not a character of its own
    text = ("Prince Aurel spent the wet afternoon in the stables, mending a bridle badly.\n\n"
            "'Your Highness,' said Orla over the half-door. 'The steward wants you.'\n\n"
            "'The steward can wait,' said the prince.\n\n"
            "'He has waited since noon, Your Highness.' Orla held out a dry cloak.\n\n"
            "'Your Highness, the bishop is here too.'")
    cast = _cast(text, nlp)
    assert _who(cast, "Highness") is None
    assert _who(cast, "Prince Aurel") is not None


def test_a_style_no_named_rank_holds_is_left_a_name(nlp):
    # guard: no one is "Prince <name>" here, so "Your Highness" is the only handle on the prince
    text = ("The prince spent the wet afternoon in the stables, mending a bridle badly.\n\n"
            "'Your Highness,' said Orla over the half-door. 'The steward wants you.'\n\n"
            "'The steward can wait,' said the prince.\n\n"
            "'He has waited since noon, Your Highness.' Orla held out a dry cloak.\n\n"
            "'Your Highness, the bishop is here too.'")
    assert _who(_cast(text, nlp), "Highness") is not None


def test_a_grace_after_her_as_a_subject_is_a_name(nlp):
    # guard: "told her Grace was late" names a Grace
    text = ("Grace Mbatha ran the bakery on the corner. Every morning she opened at six.\n\n"
            "Tomas told her Grace was late again, and she laughed.\n\n"
            "\"Grace is always late,\" said Tomas.")
    assert _who(_cast(text, nlp), "Grace") is not None


def test_a_name_called_before_are_you_names_the_narrator(nlp):
    # the parser makes "Wenna" the subject of "are"; the "you" after it is, so she is called
    text = ("The landline rang during the storm, and nobody but my uncle still used it.\n\n"
            "\"The bridge is out,\" said Corin. \"Both lanes. Wenna, pet, are you writing this down?\"\n\n"
            "I found a pencil.\n\nCorin and I had not spoken since the funeral.")
    assert tellers(text, nlp) == {"Wenna"}


def test_a_chat_or_team_the_text_says_was_called_so_is_no_character(nlp):
    chat = ("Our group chat was called Velvet Turnips, after a joke nobody remembered.\n\n"
            "Velvet Turnips pinged again at midnight. Marta posted a photo of her dog. Olek replied with a "
            "thumbs up.\n\nBy morning Velvet Turnips had gone quiet, and Marta laughed at her desk.")
    team = ("Our quiz team was called Brain Drain. Marta had picked the name.\n\n"
            "Brain Drain came fourth that night. Olek blamed the music round, and Marta blamed Olek.\n\n"
            "\"Next week,\" said Olek, \"Brain Drain wins.\"")
    assert _who(_cast(chat, nlp), "Velvet Turnips") is None
    assert _who(_cast(team, nlp), "Brain Drain") is None
    assert _who(_cast(team, nlp), "Olek") is not None


def test_a_name_said_to_be_another_name_to_someone_is_one_person(nlp):
    text = ("The choir met in the cold church hall on Thursdays. Its loudest alto was Philippa Marsh, "
            "who was Pip to her brothers, and she always sang sharp.\n\n"
            "\"Again,\" said Pip, and turned the page. Orrin sighed at the piano.\n\n"
            "Pip sang the line twice more. \"Better,\" said Orrin.")
    cast = _cast(text, nlp)
    assert _who(cast, "Pip") == _who(cast, "Philippa Marsh") is not None


def test_a_name_the_narrator_calls_someone_is_not_the_narrators(nlp):
    # "Tobin" is called three times, but the "I" asks "Are you Tobin?": he is the lad, not the "I"
    text = ("A lad in a red anorak was crouched behind the wall, out of the wind.\n\n"
            "\"We came up from the village,\" I said. \"Are you Tobin?\"\n\n"
            "\"Tobin, your sister's safe,\" Bryn said gently. \"She phoned us.\"\n\n"
            "Somebody was shouting further along the ridge. \"Tobin! Tobin, can you hear me?\"\n\n"
            "\"Not yet, Maren,\" Bryn said when I reached for the flask.\n\n"
            "\"Fine,\" I said.")
    assert tellers(text, nlp) == {"Maren"}


_TOBIN = ("A lad in a red anorak was crouched behind the wall, out of the wind.\n\n"
          "{o}We came up from the village,{c} I said. {o}Are you Tobin?{c}\n\n"
          "{o}Tobin, your sister is safe,{c} Bryn said gently. {o}She phoned us.{c}\n\n"
          "Somebody was shouting further along the ridge. {o}Tobin! Tobin, can you hear me?{c}\n\n"
          "{o}Not yet, Maren,{c} Bryn said when I reached for the flask.\n\n"
          "{o}Fine,{c} I said.")


def test_are_you_names_someone_else_in_single_and_curly_quotes_too(nlp):
    # the "Are you Tobin?" the "I" asks works whatever the quote marks: single, curly single, curly double
    want = tellers(_TOBIN.format(o="\"", c="\""), nlp)
    assert want == {"Maren"}
    for o, c in (("'", "'"), ("\u2018", "\u2019"), ("\u201c", "\u201d")):
        assert tellers(_TOBIN.format(o=o, c=c), nlp) == want, (o, c)


def test_a_name_in_words_the_narrator_puts_in_anothers_mouth_still_names_them(nlp):
    # guard: "'Wenna, no husband yet?'" is what the cousins will say to the "I", not the "I" calling someone
    text = ("I turned the invitation over twice and then looked at Jamie.\n\n"
            "\"Every cousin will say it,\" I said. \"'Wenna, no husband yet?'\"\n\n"
            "\"Wenna, I'll come with you,\" Jamie said. \"If you want.\"\n\n"
            "I said nothing.")
    assert tellers(text, nlp) == {"Wenna"}


def test_what_a_titled_office_is_of_is_a_place_or_body(nlp):
    # "the Duchess of Tullance", "the Captain of the Watch": the name after "of" is her land, his body
    for text, name in (("The Captain of the Watch came in at dusk and shut the gate.", "Watch"),
                       ("'The Duchess of Tullance has landed,' he said.", "Tullance")):
        story = ingest.from_text(text)
        doc = nlp_mod.parse(story, nlp)
        roles = {o.text: o.role for o in names.extract_occurrences(doc, QuoteMap.from_story(story), [])}
        assert roles[name] == "place"


def test_a_tie_between_a_name_and_a_rejected_word_goes_to_the_name(nlp):
    # "Cider" and "Wenna" are each called twice to the "I"; "Cider" is an offer, not a name
    text = ("\"Is Wenna coming?\" Pell asked the room. \"Wenna said she would.\"\n\n"
            "The reception was already loud when I got there. I kept my coat on by the coats.\n\n"
            "\"Cider, Wenna?\" Ansel held out a glass.\n\n"
            "\"No, thank you,\" I said.\n\n"
            "\"Cider, Wenna?\" Pell asked, later, with another glass.\n\n"
            "I shook my head.")
    assert tellers(text, nlp) == {"Wenna"}


def test_the_plural_of_a_full_names_surname_after_the_is_a_family(nlp):
    text = ("By spring I was promised to Ruari Kellan. His cousin Osric Kellan had drowned at the weir.\n\n"
            "The old men argued it out at the mill before the Kellans could ride over the hill. "
            "My uncle said that the Kellans would want the mill as well.")
    story = ingest.from_text(text)
    doc = nlp_mod.parse(story, nlp)
    cands = names.score_candidates(names.extract_occurrences(doc, QuoteMap.from_story(story), []),
                                   names.lowercase_counts(doc))
    family = next(c for k, c in cands.items() if k[-1] == "Kellans")
    assert family.reasons["family"] and not family.accepted


def test_the_first_word_of_a_list_is_no_call(nlp):
    # "Bread" opens two lists said to the "I"; the "I" is Wenna, called once
    text = ("\"Wenna.\" Tamsin stopped me on the stairs.\n\n"
            "\"Bread, rope, matches, the big torch,\" she said. \"And gloves.\"\n\n"
            "I filled the rucksack.\n\n"
            "\"Bread, milk, eggs, and hurry,\" said Tamsin from the car.")
    assert tellers(text, nlp) == {"Wenna"}
