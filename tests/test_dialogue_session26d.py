"""Session 26 (d): dialogue fixes, with sentences written for the tests (invented names)."""

from __future__ import annotations

from fabula import analyze


def _speaker_of(text: str, start: str, nlp) -> str | None:
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    q = next(q for q in a.quotes if q.text.startswith(start))
    return names.get(q.speaker, q.speaker)


FERRY = ("The quay smells of tar and fish. Lisbet holds the rail. Berit holds a flask.\n\n"
         "\"You look awful,\" Berit says.\n\n"
         "\"I feel awful.\"\n\n"
         "\"Drink something, Lisbet.\"\n\n"
         "\"Later.\"\n\n"
         "A man climbs the gangway with a sack over his shoulder. He is sixty at least, with a cracked "
         "leather cap, and he drops the sack by Berit's feet.\n\n"
         "\"Anyone sitting here?\"\n\n"
         "\"No,\" says Berit. \"Go on.\"\n")


def test_a_stranger_brought_on_speaks_the_bare_line_after(nlp):
    assert _speaker_of(FERRY, "Anyone sitting", nlp) == "the man"


def test_no_stranger_when_someone_named_acts_after_him(nlp):
    text = FERRY.replace("and he drops the sack by Berit's feet.",
                         "and he drops the sack. Berit moves her bag to make room.")
    assert _speaker_of(text, "Anyone sitting", nlp) != "the man"



def test_a_name_the_tagger_takes_for_an_adverb_after_said_is_its_speaker(nlp):
    from fabula.cast.names import _role
    from fabula.cast.quotes import QuoteMap

    text = 'Rain fell all morning. "Who left this here?" said Fenly from behind the counter.'
    doc = nlp(text)
    q0 = text.index('"')
    q1 = text.index('"', q0 + 1) + 1
    i = next(t.i for t in doc if t.text == "Fenly")
    assert doc[i].tag_ == "RB"  # the small tagger's slip this rule is for
    assert _role(doc, i, i + 1, QuoteMap([(q0, q1)])) == "speech_subj"


def test_a_lead_in_speech_verb_beats_an_act_after_the_quote(nlp):
    text = ("Mr. Pargeter and Tobin walked down the lane with Miss Orme.\n\n"
            "\"So you are leaving us, Mr. Pargeter?\" Tobin asked.\n\n"
            "Mr. Pargeter said, \"Certainly,\" as Tobin slipped out.\n\n"
            "\"A great shame,\" said Miss Orme.\n")
    assert _speaker_of(text, "Certainly", nlp) == "Mr. Pargeter"


def test_a_girl_brought_on_with_a_speaks_the_bare_line_after(nlp):
    text = ("The hall is full of coats. Lisbet hangs up hers and Berit drops her scarf on a chair.\n\n"
            "\"Leave that there,\" Berit says.\n\n"
            "\"I wasn't going to move it.\"\n\n"
            "A girl in a wet coat pushes through the door. She is about nine and soaked to the knees.\n\n"
            "\"Is this where the choir is?\"\n\n"
            "\"Upstairs,\" says Lisbet.\n")
    assert _speaker_of(text, "Is this where", nlp) == "the girl"


RADIO = ("The hut is cold. Quillon stamps his feet and Jessamy watches the kettle. Down at the quay office Corvo "
         "will be awake too; Corvo never sleeps when a boat is out.\n\n"
         "\"Is it boiling yet?\" Jessamy asks.\n\n"
         "\"Nearly,\" says Quillon.\n\n"
         "The radio by the window hisses. \"Hut two, this is the quay. Anyone there?\"\n\n"
         "Quillon grabs it. \"Yes, Corvo?\"\n\n"
         "\"Boat's late. Tell the others. Over.\"\n\n"
         "\"Will do.\"\n\n"
         "Jessamy pours the water. \"Tea?\"\n\n"
         "\"Please.\"\n\n"
         "The radio hisses once more. \"Scratch that, she's in. Corvo out.\"\n")


def test_a_device_that_sounds_carries_the_voice_the_answer_names(nlp):
    assert _speaker_of(RADIO, "Hut two", nlp) == "Corvo"


def test_a_device_that_sounds_again_carries_the_same_voice(nlp):
    assert _speaker_of(RADIO, "Scratch that", nlp) == "Corvo"



def test_a_man_called_by_name_in_the_tag_is_that_name(nlp):
    text = ("Corbin and Vasque had walked a long way, and Ketterick had come with them, saying nothing.\n\n"
            "\"We cannot stop here,\" said Vasque.\n\n"
            "\"Then where?\" asked Corbin.\n\n"
            "\"Anywhere but here,\" said Vasque. \"The bridge is watched.\"\n\n"
            "Corbin stared at the river.\n\n"
            "When nobody answered, the stranger called Ketterick said flatly:\n\n"
            "\"Then we keep walking.\"\n\n"
            "\"Walking to what?\" said Corbin.\n")
    assert _speaker_of(text, "Then we keep", nlp) == "Ketterick"
