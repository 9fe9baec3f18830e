"""Session 12, fan fiction: service walk-ons, ..."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules


def _rule_speakers(text: str, nlp) -> dict[str, str | None]:
    an, at, utts = dialogue_rules(text, nlp)
    names = {c.id: c.name for c in an.characters}
    return {at.text[u.start:u.end]: (names.get(u.speaker) or (f"the {u.nominal}" if u.nominal else None))
            for u in utts}


def test_a_service_job_seen_in_every_scene_is_still_a_walk_on(nlp):
    # "the barista" six times: more than a novel's walk-on, but a café's barista is nobody's epithet
    text = (
        "Wilhelmina and Oskar queued at the counter while the barista steamed milk. "
        "The barista had a pencil behind one ear. Oskar waved at the barista, and the barista "
        "waved back with the jug.\n\n"
        '"You always order the same thing," said Wilhelmina.\n\n'
        '"I like the same thing," said Oskar.\n\n'
        '"Next!" the barista called. "What can I get you both?"\n\n'
        '"Two teas," said Wilhelmina.\n\n'
        "The barista wrote it on a cup.\n\n"
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if k.startswith("Next"))
    assert spk == "the barista"


def test_a_walk_on_answered_by_name_has_the_third_turn(nlp):
    text = (
        "Rosalind and Teodor were stacking chairs at the back of the village hall.\n\n"
        '"Are we nearly done?" asked Teodor.\n\n'
        '"Nearly," said Rosalind.\n\n'
        '"Locking up in five minutes," the porter said from the doorway.\n\n'
        '"We\'re going," said Rosalind.\n\n'
        '"And take the kettle with you."\n\n'
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if "kettle" in k)
    assert spk == "the porter"


def test_a_walk_on_ending_the_narration_paragraph_says_the_bare_quote_after_it(nlp):
    text = (
        "Perpetua and Lorcan sat at the long table under the bunting, arguing about the seating.\n\n"
        '"Not next to the band," said Perpetua.\n\n'
        '"Nobody wants to sit next to the band," said Lorcan.\n\n'
        "The kitchen door swung open, and the waiter put his head round it.\n\n"
        '"Soup or salad for the top table?"\n\n'
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if "top table" in k)
    assert spk == "the waiter"


def test_a_walk_on_who_looks_at_someone_hands_them_the_bare_quote(nlp):
    text = (
        "Perpetua and Lorcan sat at the long table under the bunting, arguing about the seating.\n\n"
        '"Not next to the band," said Perpetua.\n\n'
        '"Nobody wants to sit next to the band," said Lorcan.\n\n'
        "The waiter wrote it down and looked at Perpetua.\n\n"
        '"Just soup for me."\n\n'
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if "Just soup" in k)
    assert spk != "the waiter"


def test_a_quote_that_says_who_is_speaking_names_its_speaker(nlp):
    text = (
        "The bus had broken down at the top of the pass, and Fenwick and Rhiannon were the only "
        "ones still on board. Fenwick looked out at the snow. Rhiannon looked at Fenwick.\n\n"
        '"Is there a town near here?"\n\n'
        '"Three miles down."\n\n'
        "Fenwick stood up before the silence could settle. \"Sorry. I'm Fenwick, by the way.\"\n\n"
        "The woman hesitated, then put her phone away. \"Rhiannon. And I don't walk three miles in these.\"\n\n"
    )
    got = _rule_speakers(text, nlp)
    assert next(v for k, v in got.items() if "by the way" in k) == "Fenwick"
    assert next(v for k, v in got.items() if "three miles in these" in k) == "Rhiannon"


def test_a_bare_name_the_only_man_says_is_his_own(nlp):
    text = (
        "Ottoline waited at the end of the counter with her cup. The tall man beside her waited "
        "too; his name was Barnaby, she had seen it on his cup every week.\n\n"
        '"You\'re the flat white," he said.\n\n'
        '"That\'s me."\n\n'
        '"Barnaby," he said, and held up his own cup. "Apparently."\n\n'
    )
    got = _rule_speakers(text, nlp)
    assert next(v for k, v in got.items() if k.startswith("Barnaby")) == "Barnaby"


def test_the_person_a_tagged_quote_calls_by_name_answers(nlp):
    text = (
        "Clementine pinned the seating plan to the board for the ninth time. Rosamund watched "
        "from the stage with a glass of wine, and Philippa sat beside her swinging her feet.\n\n"
        '"Uncle Ambrose cannot sit near the band," said Clementine.\n\n'
        '"Nobody wants to sit near the band," Philippa said.\n\n'
        '"Exactly."\n\n'
        '"Rosamund, tell her," said Philippa.\n\n'
        '"Tell her what?"\n\n'
    )
    got = _rule_speakers(text, nlp)
    assert next(v for k, v in got.items() if k.startswith("Tell her what")) == "Rosamund"


def test_the_one_a_speaker_looks_at_answers(nlp):
    text = (
        "I waited at the end of the counter. Marguerite had gone to find a table, and the tall "
        "man called Anselm stood beside me with his cup.\n\n"
        '"I\'ve got us the window seat!" Marguerite called across the room.\n\n'
        '"You\'re the oat latte." Anselm glanced down at me.\n\n'
        '"That\'s me. I\'m a beverage."\n\n'
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if "beverage" in k)
    assert spk is not None and spk not in ("Marguerite", "Anselm")


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


def test_a_he_tag_in_a_second_person_story_is_never_the_reader(nlp):
    from fabula import analyze

    text = (
        "The parcel is not yours. You know it the second you lift it off the mat, because it is "
        "heavy and it rattles, and you have not ordered anything that rattles.\n\n"
        "You carry it down the corridor to 6F. You have seen the man behind that door twice: once "
        "with a ladder, once with a cello case. You knock.\n\n"
        "The door opens, and there he is, in a jumper with a hole in the elbow.\n\n"
        '"Oh," he says. "Hi. You\'re 6E."\n\n'
        '"I\'m 6E," you agree. You hold out the box. "And this is yours."\n\n'
        '"That\'s my grandmother\'s jam," he says. "She posts it every month."\n\n'
        '"Every month?"\n\n'
        '"Every month."\n\n'
        "Ptolemy takes the box and grins at you.\n\n"
    )
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    readers = {n.character for n in a.narrator if n.person == 2 and n.character}
    assert readers
    got = {q.text: q.speaker for q in a.quotes}
    spk = next(v for k, v in got.items() if "grandmother" in k)
    assert spk not in readers


def test_talkers_who_leave_the_room_do_not_take_the_next_turns(nlp):
    text = (
        "The four of us were snowed into the cottage for the second day. Ludovic sat at the table "
        "with the crossword while I stirred the soup.\n\n"
        '"The road is shut," Seraphina announced from the doorway.\n\n'
        '"Until when?" Barnaby asked.\n\n'
        '"Until it is not shut."\n\n'
        '"Helpful."\n\n'
        "Seraphina and Barnaby took their mugs through to the sitting room to argue about cards, "
        "which left me and Ludovic alone in the kitchen.\n\n"
        "He filled in a clue. I stirred the pot.\n\n"
        '"Six letters. Sorry, but older."\n\n'
        '"Regret."\n\n'
        '"That\'s six."\n\n'
    )
    got = _rule_speakers(text, nlp)
    assert next(v for k, v in got.items() if k.startswith("Regret")) not in ("Seraphina", "Barnaby")
    assert next(v for k, v in got.items() if k.startswith("That's six")) == "Ludovic"


def test_an_italic_thought_in_first_person_narration_is_the_narrators(nlp):
    text = (
        "I climbed the ladder to the watch platform. I was late again, and I knew it. Corvin was "
        "already there, sharpening a knife by the brazier.\n\n"
        '"You\'re late," Corvin said.\n\n'
        '"I\'m on time. You\'re early," I said.\n\n'
        "He finally looked up. The firelight did unfair things to his jaw. *Don't stare. You are a "
        "professional.*\n\n"
        '"Sit down, you\'re letting the cold in," he said.\n\n'
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
    u = next(u for u in utts if at.text[u.start:u.end].startswith("Don't stare"))
    assert u.speaker in own


def test_the_taller_one_is_a_walk_on_told_apart_by_the_comparison(nlp):
    text = (
        "Ingram and Wilhelmina were one player short, and the whistle was due in five minutes.\n\n"
        '"We could forfeit," said Ingram.\n\n'
        '"We are not forfeiting," said Wilhelmina.\n\n'
        "Two of the other team wandered over, one a full head taller than the other.\n\n"
        '"You lot short?" the taller one asked.\n\n'
        '"Temporarily," said Ingram.\n\n'
        '"We\'ve got a spare," said the shorter one. "You can borrow him."\n\n'
    )
    got = _rule_speakers(text, nlp)
    assert next(v for k, v in got.items() if "spare" in k) == "the shorter one"


def test_the_narrator_ending_a_narration_paragraph_says_the_bare_quote_after_it(nlp):
    text = (
        "There were only three of us at practice that night: me, Ottoline and Casimir.\n\n"
        "'From the top,' said Ottoline.\n\n"
        "'Again?' said Casimir.\n\n"
        "'Again.'\n\n"
        "I took a breath that went all the way down to my shoes, shut my eyes and let it out.\n\n"
        "'Down by the river where the grey geese go.'\n\n"
    )
    an, at, utts = dialogue_rules(text, nlp)
    own = {n.character for n in an.narrator if n.person == 1 and n.character}
    u = next(u for u in utts if at.text[u.start:u.end].startswith("Down by the river"))
    assert own and u.speaker in own


def test_a_colon_lead_in_bringing_on_someones_voice_names_the_speaker(nlp):
    text = (
        "Evander and I were left in the kitchen with the washing-up while the others played cards "
        "in the front room.\n\n"
        '"Pass the towel," said Evander.\n\n'
        '"Pass it yourself."\n\n'
        "From the front room came Philippa's voice, loud and very off-key, clearly for our benefit:\n\n"
        '"Oh, the cards came down on the kitchen floor!"\n\n'
    )
    got = _rule_speakers(text, nlp)
    assert next(v for k, v in got.items() if k.startswith("Oh, the cards")) == "Philippa"
