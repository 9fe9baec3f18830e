"""Session 15, PDNC Explicit quotes: a narration sentence that has someone take the floor tags the
quote opening the next paragraph; a title's full stop is no sentence end; a participle the parser
made the subject of "said"; more reply nouns after a quote ("was Tomas's explanation")."""

from __future__ import annotations

from dialogue_helpers import rule_speakers

# Ada and Tomas trade lines; a third person then takes the floor in a narration paragraph of its
# own, and the quote that opens the next paragraph has no tag: turn-taking alone gives it to Ada
# or Tomas.
_TALK = (
    "Ada Brook, Tomas Vell and Corin Dale sat by the stove of the boathouse while the rain came "
    "down on the slipway.\n\n"
    '"The boat will not be ready by Sunday," said Ada.\n\n'
    '"It will if we work at night," said Tomas.\n\n'
    '"Nobody works at night in this weather."\n\n'
    '"I do."\n\n'
)


def test_someone_who_has_to_intervene_speaks_next(nlp):
    text = _TALK + (
        "The quarrel was getting louder, and Corin Dale had to intervene.\n\n"
        '"Enough, both of you. We will ask the harbourmaster for another week."\n\n'
    )
    got = rule_speakers(text, nlp)
    said = next(v for k, v in got.items() if k.startswith("Enough"))
    assert said == "Corin Dale"


def test_someone_who_begins_scolding_speaks_next(nlp):
    text = _TALK + (
        "Corin Dale looked up from the nets. Corin began scolding.\n\n"
        '"You have said that every spring for ten years, and every spring the boat is late."\n\n'
    )
    got = rule_speakers(text, nlp)
    said = next(v for k, v in got.items() if k.startswith("You have said"))
    assert said == "Corin Dale"


def test_someone_who_repeats_a_question_speaks_next(nlp):
    text = _TALK + (
        "Nobody answered him, so Corin Dale repeated his question.\n\n"
        '"Who is paying for the new mast?"\n\n'
    )
    got = rule_speakers(text, nlp)
    said = next(v for k, v in got.items() if k.startswith("Who is paying"))
    assert said == "Corin Dale"


def test_someone_who_begins_walking_does_not_take_the_floor(nlp):
    """Guards the rule above (passes without it): "began walking" is no speech."""
    text = _TALK + (
        "Corin Dale stood up and began walking to the door.\n\n"
        '"Where are you going?"\n\n'
    )
    got = rule_speakers(text, nlp)
    said = next(v for k, v in got.items() if k.startswith("Where are you"))
    assert said != "Corin Dale"


def test_a_title_in_the_tag_of_the_last_quote_is_no_lead_in(nlp):
    # '"...," Mrs. Dale went on.' is the tag of its own quote; before, the full stop of "Mrs." made
    # it look like a sentence of narration after that quote, leading into the next paragraph
    text = (
        "Mrs. Dale and Tomas Vell walked back along the sea wall in the wind.\n\n"
        '"The harbour was never this empty when I was a girl," said Mrs. Dale.\n\n'
        '"Nor this quiet," said Tomas.\n\n'
        '"I liked the noise of it," Mrs. Dale went on.\n\n'
        '"Then you should have stayed in the town."\n\n'
    )
    got = rule_speakers(text, nlp)
    said = next(v for k, v in got.items() if k.startswith("Then you should"))
    assert said == "Tomas Vell"


def test_a_participle_after_the_name_does_not_hide_the_speaker(nlp):
    # the small parser makes "frowning" the subject of "said" and the name the participle's subject
    text = (
        "Tom Harling and Ada Brook sorted the parcels on the counter.\n\n"
        '"Seeds from the coast. Hm!"\n\n'
        '"Those are for my cousin," said Harling, frowning.\n\n'
        '"Which cousin is that?"\n\n'
    )
    got = rule_speakers(text, nlp)
    said = next(v for k, v in got.items() if k.startswith("Those are"))
    assert said == "Tom Harling"


def test_an_explanation_after_the_quote_is_its_owner_s(nlp):
    text = (
        "Tomas Vell and Ada Brook waited on the quay for the ferry, which was late again.\n\n"
        '"The fog held it in the bay," was Tomas\'s explanation.\n\n'
        '"The fog lifted by ten."\n\n'
    )
    got = rule_speakers(text, nlp)
    said = next(v for k, v in got.items() if k.startswith("The fog held"))
    assert said == "Tomas Vell"


def test_any_verb_after_a_broken_off_quote_with_a_cast_name_behind_it_is_a_tag(nlp):
    # the parser reads "howled" as an adjective of the name; "howl" is no speech verb of the lexicon
    text = (
        "Tomas Vell and Ada Brook ran down the lane after the runaway cart.\n\n"
        '"Stop that cart!" howled Tomas. "It cannot turn in that yard."\n\n'
        "The carter, who had been asleep, sat up and stared at them.\n\n"
    )
    got = rule_speakers(text, nlp)
    said = next(v for k, v in got.items() if k.startswith("Stop that"))
    assert said == "Tomas Vell"


def test_a_described_title_after_said_is_the_subject_the_parser_lost(nlp):
    # "the stern Major" is hung on the verb of the quote that goes on after the tag
    text = (
        "Major Orrin Pike sat with Tomas Vell in the signal hut.\n\n"
        '"The relief column is due," said Tomas.\n\n'
        '"Hardly," said the stern Major, "the pass has been shut for a week. Nobody else is coming."\n\n'
    )
    got = rule_speakers(text, nlp)
    said = next(v for k, v in got.items() if k.startswith("Hardly"))
    assert said == "Major Orrin Pike"


def test_a_name_walking_back_from_the_verb_beats_a_thing_the_parser_made_its_subject(nlp):
    text = (
        "Mrs. Nell Quarry and Tomas Vell sat at the long table with the others.\n\n"
        '"The roads will be bad tomorrow," said Tomas.\n\n'
        "A loud clatter of dishes was starting to drown out the band, when Mrs. Quarry, who "
        "had noticed the waiters stop at the far door, and had glanced at the clock once or twice, "
        "remarked:\n\n"
        '"Then we all stay for the night."\n\n'
    )
    got = rule_speakers(text, nlp)
    said = next(v for k, v in got.items() if k.startswith("Then we all"))
    assert said == "Mrs. Nell Quarry"


def test_a_set_off_name_the_tagger_calls_an_adverb_is_the_subject(nlp):
    # the tagger reads "Osmund" as an adverb of "replied", and the aside has a finite verb of its own
    text = (
        "Osmund Hale and Mara Voss sat by the fire after the others had gone up. Osmund "
        "was tired.\n\n"
        '"Did the boat sail, or did it wait? Nobody tells me," said Mara.\n\n'
        'Osmund, who had been mending the nets all day, replied, "It sailed at dawn, I think."\n\n'
    )
    got = rule_speakers(text, nlp)
    said = next(v for k, v in got.items() if k.startswith("It sailed"))
    assert said == "Osmund Hale"


def test_a_space_before_the_closing_mark_breaks_the_speech_off_like_a_dash(nlp):
    # the text lost the dash of a broken-off line: any verb right after it is its tag, as after a dash
    text = (
        "Tomas Vell, Ada Brook and Mara Voss waited in the hall of the courthouse.\n\n"
        '"Any more questions?" said Tomas.\n\n'
        '"None," said Ada.\n\n'
        '"Did the   who has the key   " Mara shivered.\n\n'
        '"The clerk. He went home early."\n\n'
    )
    got = rule_speakers(text, nlp)
    said = next(v for k, v in got.items() if k.startswith("Did the"))
    assert said == "Mara Voss"
