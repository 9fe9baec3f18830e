"""Session 24 (a): fan-fiction turn order, with scenes written for the tests (invented names)."""

from __future__ import annotations

from dialogue_helpers import rule_speakers, segments, speaker_of, speakers


def _walk_on_then_call(call: str) -> str:
    return ("Odile Brackett checked the tickets while Piet Varga loaded the van.\n\n"
            '"Is this the bus for the harbour?" a cyclist shouted from the kerb.\n\n'
            "Piet shoved the last crate in and slammed the doors.\n\n"
            f'"{call}" said Piet. "Do you want the front seat?"\n\n'
            '"I would rather walk, thank you."\n\n')


def test_the_one_a_tagged_question_calls_answers_not_the_walk_on(nlp):
    # the walk-on two turns back would answer a bare question put to no one; a question put to Odile
    # by name is hers to answer
    got = rule_speakers(_walk_on_then_call("Odile,"), nlp, walk_ons=True)
    assert speaker_of(got, "I would rather walk") == "Odile Brackett", got


def test_a_question_put_to_no_one_by_name_still_goes_back_to_the_walk_on(nlp):
    got = rule_speakers(_walk_on_then_call("Well,"), nlp, walk_ons=True)
    assert speaker_of(got, "I would rather walk") == "the cyclist", got


def _kitchen(leaves: str) -> str:
    return ("Mara Quint stood at the pass while Joss Harrow scrubbed the pans.\n\n"
            '"Joss, fetch the cream," said Mara.\n\n'
            f'"Going." Joss dried his hands on his apron and {leaves}\n\n'
            'Pell Otway came in with a tray. "Mara, table two wants the bill."\n\n'
            '"Already?"\n\n'
            '"They have a train."\n\n')


def test_one_who_went_is_not_the_next_turn_and_the_one_called_answers(nlp):
    # Joss "went": not the speaker two turns back any more; Pell called Mara, so Mara answers
    got = rule_speakers(_kitchen("went."), nlp)
    assert got["Already?"] == "Mara Quint", got
    assert got["They have a train."] == "Pell Otway", got


def test_going_somewhere_in_the_room_is_not_leaving(nlp):
    # (session 27: "Already?" now goes to Mara, whom Pell's beat-given line calls; the point here is
    # that Joss, who only went to the window, is still in the scene, while "went." sends him off)
    from dialogue_helpers import dialogue_rules
    from fabula.dialogue.attribute import _left_the_scene

    for leaves, gone in (("went to the window.", False), ("went.", True)):
        an, at, utts = dialogue_rules(_kitchen(leaves), nlp)
        joss = next(c.id for c in an.characters if c.name == "Joss Harrow")
        going = next(u for u in utts if at.text[u.start:u.end].strip('"').startswith("Going"))
        pell = at.text.index("Pell Otway came in")
        assert (joss in _left_the_scene(at, going.end, pell)) is gone


_RIDGE = ("Nadia Brook and Ivo Sallis were halfway up the ridge when the mist came down.\n\n"
          '"Keep to the cairns," said Ivo.\n\n'
          '"I can\'t see the cairns."\n\n'
          "Nadia stopped to get her breath, and heard the wind in the heather, and {voice} from somewhere below them.\n\n"
          '"Wait for me at the stile."\n\n'
          '"We will," said Ivo.\n\n'
          "The radio on Ivo's pack crackled.\n\n"
          '"Base to ridge." Marisol\'s voice, thin and cheerful. "Where have you got to?"\n\n')


def test_the_narration_beside_a_quote_says_whose_voice_it_is(nlp):
    got = rule_speakers(_RIDGE.format(voice="Quentin's voice"), nlp)
    assert got["Wait for me at the stile."] == "Quentin", got
    assert speaker_of(got, "Base to ridge.") == "Marisol", got


def test_a_voice_with_no_named_owner_names_no_one(nlp):
    got = rule_speakers(_RIDGE.format(voice="a voice like Quentin's"), nlp)
    assert got["Wait for me at the stile."] != "Quentin", got


def _hut(line: str, before: str = "Ivo put the kettle on.") -> str:
    return ("Nadia Brook and Ivo Sallis sat out the storm in the hut. Marisol Kent ran the base that night.\n\n"
            '"Tea?" said Ivo.\n\n'
            '"Please."\n\n'
            f"{before}\n\n"
            f'"{line}"\n\n')


def test_a_caller_who_says_who_is_calling_speaks(nlp):
    for line, before in (("Hut, hut, this is Marisol, over.", "Ivo put the kettle on."),
                         ("Nadia? It's Marisol at base. Are you both dry?", "The radio on the wall crackled."),
                         ("Hello, this is Marisol speaking.", "Ivo put the kettle on.")):
        got = rule_speakers(_hut(line, before), nlp)
        assert got[line] == "Marisol Kent", (line, got)


def test_this_is_someone_introduced_is_not_the_speaker(nlp):
    line = "Nadia, this is Marisol."
    got = rule_speakers(_hut(line), nlp)
    assert got[line] != "Marisol Kent", got


def test_one_who_pushes_back_through_the_door_is_a_newcomer_who_speaks(nlp):
    text = ("Mara Quint and Joss Harrow were plating up while Pell Otway ran the dining room.\n\n"
            '"Two more risottos," said Mara.\n\n'
            '"On it," said Joss.\n\n'
            '"And the sauce?"\n\n'
            '"Coming."\n\n'
            "The last plates went out. Pell pushed back through the door, grinning.\n\n"
            '"They loved the risotto."\n\n')
    got = rule_speakers(text, nlp)
    assert got["They loved the risotto."] == "Pell Otway", got


def _call(phone: str) -> str:
    return ("Ines Marlowe, Tobias Reade and Kit Ferrand were halfway through the card game.\n\n"
            '"Your turn," said Ines.\n\n'
            f"Tobias's {phone} buzzed on the table. He looked at it and winced.\n\n"
            '"It\'s my dad," he said. "Back in a minute."\n\n'
            'He took it out to the hall. "Hi, Dad. No, I\'m at Ines\'s. Yes, the one with the cat."\n\n'
            '"I haven\'t got a cat," said Ines.\n\n'
            '"While he\'s out, I\'m taking his cards," said Kit.\n\n'
            '"You can\'t take his cards."\n\n'
            '"No, Dad, she hasn\'t got a cat. That was Kit."\n\n')


def test_one_side_of_a_phone_call_is_the_caller_s(nlp):
    got = rule_speakers(_call("phone"), nlp)
    assert speaker_of(got, "No, Dad,") == "Tobias Reade", got
    got = speakers(_call("phone"), nlp)  # and the speaker ranker keeps it
    assert speaker_of(got, "No, Dad,") == "Tobias Reade", got


def test_without_a_phone_a_call_to_a_relative_is_an_ordinary_turn(nlp):
    got = rule_speakers(_call("pager light"), nlp)
    assert speaker_of(got, "No, Dad,") != "Tobias Reade", got


def test_a_lone_message_typed_in_an_established_chat_is_a_message():
    text = ("Orla Finch checked the group chat again.\n\n"
            "Bram: running late\n\n"
            "Bram: dont start without me\n\n"
            '"He always says that," said Orla.\n\n'
            '"Tell him we started," said Dev Kaur. He typed with one thumb.\n\n'
            "Dev: we started. bring biscuits\n\n"
            '"Cruel," said Orla.\n\n')
    t, segs = segments(text, markdown=True)
    assert ("we started. bring biscuits", "chat") in [(t[s.start:s.end], s.mark) for s in segs]


def test_whoever_has_a_voice_is_a_person_who_speaks(nlp):
    # "cox" is in no role lexicon, but a voice's owner is someone: the walk-on says the bare line
    text = ("Ada Quell and Tomas Brink were stacking crates in the hold.\n\n"
            '"That\'s the last of them," said Tomas.\n\n'
            '"Good. My back\'s gone."\n\n'
            "From the quay the cox's voice came across the water.\n\n"
            '"Brink! Are you sailing or sleeping?"\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert got["Brink! Are you sailing or sleeping?"] == "the cox", got
