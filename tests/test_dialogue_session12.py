"""Session 12, fan fiction: service walk-ons, ..."""

from __future__ import annotations

import pytest

from dialogue_helpers import dialogue_rules, rule_speakers


def _rule_speakers(text: str, nlp) -> dict[str, str | None]:
    return rule_speakers(text, nlp, walk_ons=True)


def test_a_service_job_seen_in_every_scene_is_still_a_walk_on(nlp):
    # "the barista" seven times: more than a novel's walk-on, but a café's barista is nobody's epithet
    text = (
        "Henrietta and Jasper waited by the till while the barista frothed the milk. "
        "The barista wore a paper hat. The barista wiped the counter, and the barista "
        "checked the clock. The barista hummed.\n\n"
        '"You never try anything new," said Henrietta.\n\n'
        '"New is overrated," said Jasper.\n\n'
        '"Who\'s waiting?" the barista shouted. "Two of you, is it?"\n\n'
        '"Two cocoas," said Henrietta.\n\n'
        "The barista scribbled on a lid.\n\n"
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if k.startswith("Who's waiting"))
    assert spk == "the barista"


def test_a_walk_on_answered_by_name_has_the_third_turn(nlp):
    text = (
        "Rosalind and Teodor were folding trestle tables in the scout hut.\n\n"
        '"How many left?" asked Teodor.\n\n'
        '"Two," said Rosalind.\n\n'
        '"The alarm goes on at nine," the warden said from the porch.\n\n'
        '"We\'ll be gone by then," said Rosalind.\n\n'
        '"And switch the urn off at the wall."\n\n'
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if "urn" in k)
    assert spk == "the warden"


def test_a_walk_on_ending_the_narration_paragraph_says_the_bare_quote_after_it(nlp):
    text = (
        "Imogen and Fitzroy sat at the long table under the paper lanterns, arguing about the menu.\n\n"
        '"Not the fish," said Imogen.\n\n'
        '"Nobody ever wants the fish," said Fitzroy.\n\n'
        "The swing door creaked, and the waiter stuck his head out of the kitchen.\n\n"
        '"Gravy on everything, or on the side?"\n\n'
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if "Gravy" in k)
    assert spk == "the waiter"


def test_a_walk_on_who_looks_at_someone_hands_them_the_bare_quote(nlp):
    text = (
        "Imogen and Fitzroy sat at the long table under the paper lanterns, arguing about the menu.\n\n"
        '"Not the fish," said Imogen.\n\n'
        '"Nobody ever wants the fish," said Fitzroy.\n\n'
        "The waiter wrote it down and looked at Fitzroy.\n\n"
        '"Just gravy for me."\n\n'
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if "Just gravy" in k)
    assert spk == "Fitzroy"


def test_a_quote_that_says_who_is_speaking_names_its_speaker(nlp):
    text = (
        "The lift had stuck between the ninth and tenth floors, and Fenwick and Rhiannon were the "
        "only two inside it. Fenwick pressed the alarm button again. Rhiannon watched him.\n\n"
        '"Do you think anyone heard that?"\n\n'
        '"Not tonight."\n\n'
        "Fenwick turned round before the quiet could grow. \"Sorry. I'm Fenwick, by the way.\"\n\n"
        "The woman shrugged and pulled her hood up. \"Rhiannon. And I'm not escaping through the roof.\"\n\n"
    )
    got = _rule_speakers(text, nlp)
    assert next(v for k, v in got.items() if "by the way" in k) == "Fenwick"
    assert next(v for k, v in got.items() if "through the roof" in k) == "Rhiannon"


def test_a_bare_name_the_only_man_says_is_his_own(nlp):
    text = (
        "Ottoline sat in the clinic waiting room with her ticket. The broad man in the next chair "
        "held a green ticket too; his name was Barnaby, the nurse had already called it twice.\n\n"
        '"You\'re forty-two," he said.\n\n'
        '"That\'s me."\n\n'
        '"Barnaby," he said, and tapped his own ticket. "Forty-three."\n\n'
    )
    got = _rule_speakers(text, nlp)
    assert next(v for k, v in got.items() if k.startswith("Barnaby")) == "Barnaby"


def test_the_person_a_tagged_quote_calls_by_name_answers(nlp):
    text = (
        "Clementine taped the running order to the door for the fifth time. Rosamund lay on the "
        "sofa with a magazine, and Philippa sat on the rug painting her toenails.\n\n"
        '"Aunt Hester cannot go on after the magician," said Clementine.\n\n'
        '"Nobody can go on after the magician," Philippa said.\n\n'
        '"Exactly."\n\n'
        '"Rosamund, back me up," said Philippa.\n\n'
        '"Back you up on what?"\n\n'
    )
    got = _rule_speakers(text, nlp)
    assert next(v for k, v in got.items() if k.startswith("Back you up")) == "Rosamund"


def test_the_one_a_speaker_looks_at_answers(nlp):
    text = (
        "I stood by the pick-up shelf. Hyacinth had gone to claim the sofa, and a tall man "
        "called Leopold waited next to me with his tray.\n\n"
        '"I\'ve saved us the sofa!" Hyacinth shouted over the noise.\n\n'
        '"You\'re the hot chocolate." Leopold looked sideways at me.\n\n'
        '"Guilty. I\'m a hot chocolate."\n\n'
    )
    an, at, utts = dialogue_rules(text, nlp)
    own = {n.character for n in an.narrator if n.person == 1 and n.character}
    assert own
    u = next(u for u in utts if at.text[u.start:u.end].startswith("Guilty"))
    assert u.speaker in own


def test_the_one_a_tagged_quote_is_said_to_answers(nlp):
    text = (
        "Ignatius, Cordelia and Bartholomew sat round the kitchen table with the map.\n\n"
        '"We go north," said Cordelia.\n\n'
        '"North is all bog," said Bartholomew.\n\n'
        '"Then we wade," Cordelia said to Ignatius.\n\n'
        '"I am not wading."\n\n'
    )
    got = _rule_speakers(text, nlp)
    assert next(v for k, v in got.items() if "not wading" in k) == "Ignatius"


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="known gap: the he-tag is no longer the reader's, but the neighbour is named only "
                   "after the talk and nothing looks forward to him: the quote gets no one (None)")
def test_a_he_tag_in_a_second_person_story_is_never_the_reader(nlp):
    from fabula import analyze

    text = (
        "The umbrella on your doormat belongs to someone else; you can tell at once, because it is "
        "bright yellow with ducks on it, and you have never owned anything with ducks on it.\n\n"
        "You carry it across the landing to number 9. You have met the man who lives there once, in "
        "the lift, holding a fern. You ring the bell.\n\n"
        "The door opens a crack, and he stands there with flour on his hands.\n\n"
        '"Ah," he says. "You\'re from across the way."\n\n'
        '"Number 8," you say, and hold the umbrella up. "I think this is yours."\n\n'
        '"That\'s my niece\'s umbrella," he says. "She leaves it everywhere."\n\n'
        '"Everywhere?"\n\n'
        '"Everywhere."\n\n'
        "Ptolemy takes the umbrella and thanks you twice. Ptolemy, it turns out, bakes bread at night.\n\n"
    )
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    readers = {n.character for n in a.narrator if n.person == 2 and n.character}
    assert readers
    neighbour = next((c.id for c in a.characters if c.name == "Ptolemy"), None)
    assert neighbour is not None
    got = {q.text: q.speaker for q in a.quotes}
    spk = next(v for k, v in got.items() if "niece" in k)
    assert spk == neighbour


def test_talkers_who_leave_the_room_do_not_take_the_next_turns(nlp):
    text = (
        "Four of us were stuck in the lodge after the storm brought the power lines down. Ludovic "
        "sat by the fire with a library book while I peeled potatoes.\n\n"
        '"The bridge is closed," Seraphina said from the porch.\n\n'
        '"For how long?" Barnaby asked.\n\n'
        '"For as long as it is closed."\n\n'
        '"Thank you, very useful."\n\n'
        "Seraphina and Barnaby wandered off to the conservatory with their plates to play chess, "
        "which left Ludovic and me by the fire.\n\n"
        "He turned a page. I peeled another potato.\n\n"
        '"Here is a word I never knew. Lachrymose."\n\n'
        '"Tearful."\n\n'
        '"Is it really?"\n\n'
    )
    an, at, utts = dialogue_rules(text, nlp)
    own = {n.character for n in an.narrator if n.person == 1 and n.character}
    assert own
    names = {c.id: c.name for c in an.characters}
    spk = {at.text[u.start:u.end]: u.speaker for u in utts}
    assert spk["Tearful."] in own
    assert names.get(spk["Is it really?"]) == "Ludovic"


def test_an_italic_thought_in_first_person_narration_is_the_narrators(nlp):
    text = (
        "I hauled myself up the iron stairs to the lamp room, ten minutes behind as usual. Corvin "
        "was there before me, polishing the big lens with a rag.\n\n"
        '"Ten minutes," Corvin said.\n\n'
        '"Nine. Your clock is fast," I said.\n\n'
        "He glanced round at last. The lamplight was very kind to his cheekbones. *Stop it. You came "
        "here to work.*\n\n"
        '"Shut the hatch, the wind is getting in," he said.\n\n'
    )
    from fabula import ingest
    from fabula import nlp as N
    from fabula.dialogue.attribute import attribute_rules
    from fabula.dialogue.extract import extract_segments
    from fabula.model import Analysis
    from fabula.pipeline import Context, run_stages

    story = ingest.from_text(text, markdown=True)  # *...* is italics
    doc = N.parse(story, nlp)
    an = run_stages(Context(story=story, doc=doc), Analysis.for_story(story), only=["cast"])
    at, utts = attribute_rules(story, doc, an, extract_segments(story.text, story.paragraphs, story.emphasis))
    own = {n.character for n in an.narrator if n.person == 1 and n.character}
    assert own
    u = next(u for u in utts if at.text[u.start:u.end].startswith("Stop it"))
    assert u.speaker in own


def test_the_older_one_is_a_walk_on_told_apart_by_the_comparison(nlp):
    text = (
        "Ingram and Wilhelmina needed a fourth for the pub quiz, and the first round began in five minutes.\n\n"
        '"We could just play as three," said Ingram.\n\n'
        '"We are not playing as three," said Wilhelmina.\n\n'
        "Two men from the next table came across, one much older than the other.\n\n"
        '"Need a hand?" the older one asked.\n\n'
        '"Possibly," said Ingram.\n\n'
        '"Take my nephew," said the younger one. "He knows every capital city."\n\n'
    )
    got = _rule_speakers(text, nlp)
    assert next(v for k, v in got.items() if "nephew" in k) == "the younger one"


def test_the_narrator_ending_a_narration_paragraph_says_the_bare_quote_after_it(nlp):
    text = (
        "Band practice was just the three of us that week: Ottoline, Casimir and me.\n\n"
        "'Once more from the chorus,' said Ottoline.\n\n"
        "'Seriously?' said Casimir.\n\n"
        "'Seriously.'\n\n"
        "I wiped my palms on my jeans, closed my eyes and counted myself in.\n\n"
        "'Over the hill and under the pale moon.'\n\n"
    )
    an, at, utts = dialogue_rules(text, nlp)
    own = {n.character for n in an.narrator if n.person == 1 and n.character}
    u = next(u for u in utts if at.text[u.start:u.end].startswith("Over the hill"))
    assert own and u.speaker in own


def test_a_colon_lead_in_bringing_on_someones_voice_names_the_speaker(nlp):
    text = (
        "Evander and I were left on the balcony with the barbecue while the others played charades "
        "indoors.\n\n"
        '"Hand me the tongs," said Evander.\n\n'
        '"Get them yourself."\n\n'
        "Through the open window floated Philippa's voice, shrill and deliberately flat, meant for us to hear:\n\n"
        '"Oh, the sausages are burning on the grill!"\n\n'
    )
    got = _rule_speakers(text, nlp)
    assert next(v for k, v in got.items() if k.startswith("Oh, the sausages")) == "Philippa"
