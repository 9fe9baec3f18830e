"""Session 25 (d): fan-fiction speaker and addressee fixes, with sentences written for the tests (invented names)."""

from __future__ import annotations

from fabula import analyze, ingest
from fabula.dialogue.extract import _single_role, extract_segments


def _quotes(text: str) -> list[str]:
    story = ingest.from_text(text)
    return [story.text[s.start:s.end] for s in extract_segments(story.text, story.paragraphs, story.emphasis)]


def test_a_single_quote_closes_right_after_an_inner_double_quote():
    p = "'My dad always said \"mind the gap,\"' she said."
    roles = [(i, _single_role(p, i)) for i, c in enumerate(p) if c == "'"]
    assert roles == [(0, "open"), (35, "close")], roles


def test_a_single_quote_opens_right_before_an_elided_word():
    p = "''Ello, stranger. Pass me that.' He passed it."
    assert _single_role(p, 0) == "open"
    assert _single_role(p, 1) is None


def test_british_quotes_around_inner_double_quotes():
    text = ("''Ere, give us a hand,' said Moll.\n\n"
            "'My dad always said \"mind the gap,\"' she said, laughing. 'He never did, mind.'\n\n"
            "'Did he not?' asked Tib.\n\n"
            "'Not once in his life,' said Moll. 'Not once.'")
    qs = _quotes(text)
    assert "'Ere, give us a hand," in qs, qs
    assert 'My dad always said "mind the gap,"' in qs, qs
    assert "He never did, mind." in qs, qs


def _speaker_of(text: str, start: str, nlp) -> str | None:
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    first = {c.id: c.name.split()[0] for c in a.characters}
    q = next(q for q in a.quotes if q.text.startswith(start))
    return first.get(q.speaker, q.speaker)


def test_who_reads_the_caller_off_the_screen_is_not_the_caller(nlp):
    text = ("Linnet and Cosmo dragged the wardrobe along the landing and left it by the banisters.\n\n"
            '"That is the last one," said Cosmo.\n\n'
            '"Good," Linnet said. "Dunstan has called three times today. Dunstan never gives up."\n\n'
            "Linnet's phone buzzed on the banister. She checked the display and groaned. "
            '"It\'s Dunstan. Not a sound out of you."\n\n'
            '"When do I ever make a sound?" Cosmo asked.')
    assert _speaker_of(text, "It's Dunstan", nlp) == "Linnet"


def _attributor(text: str, nlp):
    from fabula.dialogue.attribute import Attributor

    a = analyze(text=text, nlp=nlp, only=["cast"])
    from fabula import nlp as nlp_mod

    story = ingest.from_text(text)
    doc = nlp_mod.parse(story, nlp)
    return Attributor(story, doc, a, extract_segments(story.text, story.paragraphs)), a


def test_a_pronoun_tag_is_not_the_one_who_just_left(nlp):
    text = ("Mr Jessop sat in the corner of the workshop. Ianto swept the floor, and Birgit oiled the lathe.\n\n"
            '"Ianto, go and fetch more sawdust," said Birgit.\n\n'
            "Ianto went. Mr Jessop watched him leave with a sniff.\n\n"
            '"That boy is afraid of you," he said.\n\n'
            "Ianto went to the bench. Mr Jessop watched him with a sniff.\n\n"
            '"That boy is afraid of you," he said again.')
    at, a = _attributor(text, nlp)
    ids = {c.name: c.id for c in a.characters}
    first = text.index('," he said.')
    assert at.stayed_behind(ids["Ianto"], first + 3, "he") == ids["Mr Jessop"]
    second = text.index('," he said again')
    assert at.stayed_behind(ids["Ianto"], second + 3, "he") is None  # went somewhere in the room


_BAKERY = ("Thea was kneading dough. Ruari weighed the flour, and Lemuel leaned on the counter.\n\n"
           '"Your loaves are never as tall as mine," Lemuel said.\n\n'
           '"They are taller than yours have ever been," said Thea.\n\n'
           '"Someone has to tell you the truth."\n\n'
           '"Go and mind your own ovens, you old goat."\n\n'
           "Lemuel {went}. Ruari waited until the bell over the door had stopped ringing.\n\n"
           '"He is sweet on you, you know."\n\n'
           '"He has been sweet on me since we were ten."')


def test_when_the_one_spoken_to_went_the_one_who_stayed_answers(nlp):
    assert _speaker_of(_BAKERY.format(went="went, whistling"), "He is sweet on you", nlp) == "Ruari"
    assert _speaker_of(_BAKERY.format(went="went"), "He is sweet on you", nlp) == "Ruari"


def test_a_bare_plural_is_no_one_in_the_scene(nlp):
    text = ("Rhona and Piet sat by the stove, arguing about the weather.\n\n"
            '"It was snow, not sleet," said Rhona.\n\n'
            '"Sleet is a kind of snow," Piet said.\n\n'
            "The door banged. Corwin came in with a bundle of sticks, stooping under the beam the way tall "
            'people always do. "Who is arguing about sleet?"')
    assert _speaker_of(text, "Who is arguing", nlp) == "Corwin"


def test_a_surname_from_the_works_character_tags_calls_that_person(nlp):
    text = ("Rating: General Audiences\nFandom: Hill Hut (Original Work)\n"
            "Characters: Ebba Wickersham, Tancred Hollins, Zoltan Basford\n\n---\n\n"
            "Ebba sat by the stove with her boots off. Tancred and Zoltan were bent over the radio.\n\n"
            '"You dropped it," Tancred said.\n\n'
            '"I did not drop it," said Zoltan. "It\'s flat, that\'s all. Wickersham, pass me the pliers."\n\n'
            '"Already on it."')
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    asked = next(q for q in a.quotes if "pliers" in q.text)
    assert [names[x] for x in asked.addressees] == ["Ebba"]
    answer = next(q for q in a.quotes if q.text.startswith("Already"))
    assert names.get(answer.speaker) == "Ebba"


def test_went_with_a_manner_is_still_gone(nlp):
    from fabula.dialogue.attribute import _went_bare

    def went(s: str) -> bool:
        doc = nlp(s)
        return _went_bare(next(t for t in doc if t.lower_ == "went"))

    assert went("Nye went, but reluctantly, and glanced back once.")
    assert went("He went, whistling.")
    assert not went("Nye went slowly to the shed.")
    assert not went("She went back to her book.")


def test_a_bare_trade_after_a_name_ties_the_role(nlp):
    text = ("Late on a wet Friday Miss Petronella Gunn climbed the stairs to Mr. Bartle Sefton, notary, of Cheapside, "
            "and met her cousin Jolyon coming down.\n\n"
            '"You are too late," said Jolyon.\n\n'
            '"And you are too pleased with yourself," said Petronella.\n\n'
            "Mr. Sefton opened his door and waited, and Jolyon did not turn round.\n\n"
            '"In, both of you," said the notary. "The deed will not sign itself."')
    assert _speaker_of(text, "In, both", nlp) == "Mr."


def test_a_role_tag_after_a_call_by_name_is_the_one_called(nlp):
    text = ("Mr. Auden ran the ferry office, and Jolyon ran the ferry. Rutger sat by the window.\n\n"
            '"The tide is late again," said Jolyon.\n\n'
            '"Rutger," said Mr. Auden, not lifting his pen, "put that in the log."\n\n'
            '"Logged, sir," said the clerk, and blotted it.')
    assert _speaker_of(text, "Logged, sir", nlp) == "Rutger"


def test_a_call_sign_with_its_station_word_names_the_caller():
    from fabula.dialogue.attribute import _CALLER_NAMED

    m = _CALLER_NAMED.search("Summit camp, this is Tarn base, come in.")
    assert m is not None and m.group(1) == "Tarn"
    assert _CALLER_NAMED.search("Bri, this is Glyn Baseley's van.") is None


_FIELD = ("At noon the loudspeakers crackle, which means Petronella has spotted another problem on the field.\n\n"
          '"Linnet. Linnet, can you hear me?"\n\n'
          "Her voice booms out of the speakers on the pavilion roof, tinny and huge. Somewhere up in the "
          "pavilion, the head of games is bent over a microphone.\n\n"
          'You wave both arms at the pavilion. "I can hear you, Petronella."\n\n'
          '"Then why is Zoltan up a ladder?"\n\n'
          'Zoltan is halfway up it with a string of bunting round his neck. He looks down. "Zoltan can hear you. '
          'Zoltan is busy."\n\n'
          '"Then Zoltan can come down," the speakers reply.\n\n'
          '"I am hanging the bunting," Zoltan says.\n\n'
          'A crackle from the speakers. Then, very slowly: "Hang it later."')


def test_a_device_speaks_with_the_voice_it_carried(nlp):
    assert _speaker_of(_FIELD, "Then Zoltan can come down", nlp) == "Petronella"
    assert _speaker_of(_FIELD, "Hang it later", nlp) == "Petronella"


def test_a_name_spelt_by_its_sound_calls_that_person(nlp):
    text = ("Lea sat on the bottom stair with a mug. Cosmo and Rhona carried the mirror past her.\n\n"
            '"Watch the corner," said Rhona.\n\n'
            '"Somebody has to decide about the piano, Lee," said Cosmo.')
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    q = next(q for q in a.quotes if "piano" in q.text)
    assert [names[x] for x in q.addressees] == ["Lea"]


def test_a_common_word_capitalised_only_where_speech_opens_is_no_one(nlp):
    text = ("Piet and I wait in the bus shelter at 2 a.m. with a broken umbrella and a quarrel with our "
            "foreman.\n\n"
            '"Cosmo, it is two in the morning," Piet says. "Go home."\n\n'
            '"You go home, Piet."\n\n'
            "Piet's phone buzzes. He looks at it and swears.\n\n"
            '"Foreman?" I ask.\n\n'
            '"Foreman. He says the crane is mended."\n\n'
            '"Mended how?" I ask.')
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    assert "Foreman" not in {c.name for c in a.characters}


def test_an_italic_thought_standing_alone_is_the_focal_characters(nlp, tmp_path):
    from fabula.dialogue.attribute import _focal_character

    text = ("Brede had been on the plastic chair for three hours. Brede counted the ceiling tiles. Brede counted "
            "them again, and Brede read every leaflet on the rack twice.\n\n"
            "A door swung open and Dr Merriweather came out with a folder. Brede stood up.\n\n"
            '"Most cats sulk for a day." Dr Merriweather tucked the folder under her arm. "We\'ll keep her in '
            'tonight. Come back after nine."\n\n'
            "*Breathe. Nothing is wrong any more.*\n\n"
            '"Can I see her before I go?"\n')
    md = tmp_path / "waiting.md"
    md.write_text(text)
    a = analyze(md, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    q = next(q for q in a.quotes if q.text.startswith("Breathe. Nothing is wrong"))
    assert names.get(q.speaker) == "Brede"
    at, _ = _attributor(text, nlp)
    assert names.get(_focal_character(at, text.index("*Breathe."))) == "Brede"


def test_the_one_who_did_something_aloud_speaks_the_next_line(nlp):
    text = ("Tove and Sefton sat in the lookout while Ulla worked the radio.\n\n"
            '"Is the fog lifting?" Tove asked.\n\n'
            '"It is not lifting," said Ulla.\n\n'
            '"Marvellous," Sefton said.\n\n'
            "Ulla went back to the radio. Tove leaned on the sill and counted the gulls out loud, a habit "
            "nobody had cured her of.\n\n"
            '"Nine. Ten. Is that one limping?"')
    assert _speaker_of(text, "Nine. Ten.", nlp) == "Tove"


def test_a_stranger_brought_on_is_who_she_is(nlp):
    text = ("Rutger and Ianto ran the crepe van at the seaside fair, and the line was long.\n\n"
            '"Flip faster," said Rutger.\n\n'
            '"I am flipping as fast as I can," Ianto said.\n\n'
            "An old man in a yellow cagoule steps up to the hatch and squints at the price list as if "
            "it owes him money.\n\n"
            '"Is the batter fresh?" he asks.')
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    q = next(q for q in a.quotes if q.text.startswith("Is the batter fresh"))
    assert names.get(q.speaker) == "the old man", names.get(q.speaker)
